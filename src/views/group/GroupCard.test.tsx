import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test-utils/renderWithStore';
// The card with its controls, as the app composes it (views do not import controls).
import { GroupsWithControls as GroupsPanel } from '../../app/GroupsWithControls';

describe('GroupsPanel', () => {
  it('shows the coordinator state with its explanation, and a --describe table with "-" before any commit', () => {
    renderWithStore(<GroupsPanel />);
    expect(screen.getByTestId('group-state')).toHaveTextContent('Empty');
    expect(screen.getByText(/No members\. Committed offsets are kept/)).toBeInTheDocument();
    expect(screen.getByText('$ kafka-consumer-groups --describe --group orders-app')).toBeInTheDocument();
    const table = screen.getByTestId('describe-orders-app');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'GROUP',
      'TOPIC',
      'PARTITION',
      'CURRENT-OFFSET',
      'LOG-END-OFFSET',
      'LAG',
      'CONSUMER-ID',
      'HOST',
      'CLIENT-ID',
    ]);
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(
      within(firstRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['orders-app', 'orders', '0', '-', '0', '-', '-', '-', '-']);
  });

  it('after the join the member owns every partition and --describe names it', () => {
    const { store } = renderWithStore(<GroupsPanel />);
    act(() => store.getState().advanceBy(5000));
    expect(screen.getByTestId('group-state')).toHaveTextContent('Stable');
    expect(screen.getByTestId('group-generation')).toHaveTextContent('generation 1');
    const table = screen.getByTestId('describe-orders-app');
    const clients = within(table)
      .getAllByTestId('describe-client')
      .map((c) => c.textContent);
    expect(clients).toEqual(Array(6).fill('consumer-orders-app-1'));
  });

  it('the Add consumer button and the member actions go through the store', () => {
    const { store } = renderWithStore(<GroupsPanel />);
    act(() => store.getState().advanceBy(5000));
    fireEvent.click(screen.getByRole('button', { name: 'Add consumer' }));
    expect(store.getState().snap.groups[0]!.members).toHaveLength(2);
    const row = document.querySelector<HTMLElement>('tr[data-member="consumer-orders-app-1"]')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Crash' }));
    expect(store.getState().snap.groups[0]!.members[0]!.group.status).toBe('crashed');
    fireEvent.change(screen.getByLabelText('partition.assignment.strategy'), {
      target: { value: 'cooperative-sticky' },
    });
    expect(store.getState().snap.groups[0]!.classic.protocol).toBe('COOPERATIVE');
  });

  it('group settings are live controls named by their Kafka keys', () => {
    const { store } = renderWithStore(<GroupsPanel />);
    expect(screen.getByRole('slider', { name: 'session.timeout.ms' })).toHaveAttribute(
      'aria-valuetext',
      '45,000 ms',
    );
    expect(screen.getByRole('slider', { name: 'max.poll.interval.ms' })).toHaveAttribute(
      'aria-valuetext',
      '300,000 ms',
    );
    fireEvent.change(screen.getByLabelText('auto.offset.reset'), { target: { value: 'earliest' } });
    expect(store.getState().snap.groups[0]!.config['auto.offset.reset']).toBe('earliest');
    fireEvent.change(screen.getByLabelText('enable.auto.commit'), { target: { value: 'false' } });
    expect(store.getState().snap.groups[0]!.config['enable.auto.commit']).toBe(false);
  });

  it('charts lag per partition over time, each line labelled with its partition and current lag', () => {
    const { store } = renderWithStore(<GroupsPanel />);
    act(() => store.getState().advanceBy(15000));
    const chart = screen.getByTestId('lag-chart-orders-app');
    const describe = within(screen.getByTestId('describe-orders-app')).getAllByRole('row').slice(1);
    // The chart's end labels agree with the LAG column of the --describe table.
    describe.forEach((row, i) => {
      const lag = within(row).getAllByRole('cell')[5]!.textContent;
      expect(chart).toHaveTextContent(`P${i} · ${lag}`);
    });
    expect(within(chart).getByRole('img')).toHaveAccessibleName(/^Lag per partition over time; now: P0 /);
  });

  it('draws each member’s protocol phase: ✓ while in the generation', () => {
    const { store } = renderWithStore(<GroupsPanel />);
    act(() => store.getState().advanceBy(8000));
    expect(screen.getAllByText('Members: group protocol phase').length).toBeGreaterThan(0);
    const row = document.querySelector('.phases [data-member]')!;
    expect(row.textContent).toContain('✓');
    expect(row.querySelector('.phase--joining title')?.textContent).toBe('JoinGroup sent, waiting');
  });

  it('commit mode and subscription are live, recorded controls', () => {
    const { store } = renderWithStore(<GroupsPanel />);
    fireEvent.change(screen.getByLabelText('after each poll() batch the app calls'), {
      target: { value: 'commitSync' },
    });
    expect(store.getState().snap.groups[0]!.workload.commitMode).toBe('commitSync');
    const topic = within(screen.getByRole('group', { name: 'subscribe() to' })).getByRole('checkbox', {
      name: 'orders',
    });
    expect(topic).toBeChecked();
    expect(topic).toBeDisabled(); // subscribe() needs at least one topic
  });
});
