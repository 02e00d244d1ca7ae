import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { useKafka } from '../store/StoreContext';
import { StaticMemberControl } from './StaticMemberControl';

function Control() {
  const group = useKafka((s) => s.snap.groups[0]!);
  return <StaticMemberControl group={group} />;
}

const ui = () => renderWithStore(<Control />, { scenarioId: 's11-eager-join' });
const members = (store: ReturnType<typeof ui>['store']) => store.getState().snap.groups[0]!.members;

describe('group.instance.id control', () => {
  it('is named by its key, marks the default (none) and says a change restarts the consumer', () => {
    ui();
    expect(screen.getByLabelText('group.instance.id')).toHaveValue('');
    expect(screen.getByText(/default \(none\)/)).toBeInTheDocument();
    expect(screen.getByText(/changing it restarts that consumer/)).toBeInTheDocument();
  });

  it('restarts the chosen consumer with the new id', () => {
    const { store } = ui();
    const first = members(store)[0]!.clientId;
    fireEvent.change(screen.getByLabelText('Consumer'), { target: { value: first } });
    fireEvent.change(screen.getByLabelText('group.instance.id'), { target: { value: 'billing-a' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restart with this id' }));
    const after = members(store);
    expect(after.find((m) => m.clientId === first)!.group.status).toBe('stopped');
    expect(after.some((m) => m.group.groupInstanceId === 'billing-a' && m.clientId !== first)).toBe(true);
  });

  it("refuses an empty id with Kafka's message, and a running member's id (no restart)", () => {
    const { store } = ui();
    const before = members(store).length;
    fireEvent.click(screen.getByRole('button', { name: 'Restart with this id' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Group instance id must be non-empty string');
    const input = screen.getByLabelText('group.instance.id');
    fireEvent.change(input, { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restart with this id' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const holder = members(store).find((m) => m.group.groupInstanceId === 'x')!;
    const other = members(store).find((m) => m.group.status !== 'stopped' && m !== holder)!;
    fireEvent.change(screen.getByLabelText('Consumer'), { target: { value: other.clientId } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('alert')).toHaveTextContent('FencedInstanceIdException');
    expect(members(store)).toHaveLength(before + 1);
  });
});
