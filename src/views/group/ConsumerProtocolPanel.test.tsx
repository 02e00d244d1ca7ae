/** What a learner sees of a KIP-848 group, and the group.protocol control (component tests). */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test-utils/renderWithStore';
import { GroupsWithControls as GroupsPanel } from '../../app/GroupsWithControls';

describe('a consumer-protocol group in the group panel', () => {
  it('shows group and target epochs, member epochs and states in words, and --describe --verbose', () => {
    const { store } = renderWithStore(<GroupsPanel />, { scenarioId: 'kip848-consumer-join' });
    act(() => store.getState().advanceBy(10_000));
    expect(screen.getByTestId('group-state')).toHaveTextContent('Stable');
    expect(screen.getByTestId('group-epoch')).toHaveTextContent('group epoch 3');
    expect(screen.getByTestId('target-epoch')).toHaveTextContent('target assignment epoch 3');
    expect(screen.getAllByTestId('member-state').map((c) => c.textContent)).toEqual([
      'stable',
      'stable',
      'stable',
    ]);
    const state = screen.getByTestId('describe-state-orders-app');
    expect(
      within(state)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'GROUP',
      'COORDINATOR (ID)',
      'ASSIGNMENT-STRATEGY',
      'STATE',
      'GROUP-EPOCH',
      'TARGET-ASSIGNMENT-EPOCH',
      '#MEMBERS',
    ]);
    const members = screen.getByTestId('describe-members-orders-app');
    expect(
      within(members)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain('CURRENT-EPOCH');
  });

  it('a join: one member must revoke, the newcomer waits (unreleased), then the epochs advance', () => {
    const { store } = renderWithStore(<GroupsPanel />, { scenarioId: 'kip848-consumer-join' });
    act(() => store.getState().advanceBy(15_035));
    const rows = screen.getByTestId('kip848-members').querySelectorAll('tbody tr');
    const states = [...rows].map((r) => r.getAttribute('data-state'));
    expect(states).toContain('UNRELEASED_PARTITIONS');
    expect(screen.getByText(/unreleased partitions \(waits for the previous owner\)/)).toBeInTheDocument();
    act(() => store.getState().advanceBy(5_000));
    expect(screen.getByTestId('group-epoch')).toHaveTextContent('group epoch 4');
    expect(screen.getAllByTestId('member-epoch').map((c) => c.textContent?.trim())).toEqual([
      '4',
      '4',
      '4',
      '4',
    ]);
    const log = within(screen.getByTestId('reconciliation-log'));
    expect(log.getByText(/told to revoke P5/)).toBeInTheDocument();
    expect(log.getByText(/acknowledged revoking P5/)).toBeInTheDocument();
    expect(log.getByText(/consumer 4 received P5|4 received P5/)).toBeInTheDocument();
  });

  it('the protocol track names ConsumerGroupHeartbeat with its epoch, never JoinGroup', () => {
    const { store } = renderWithStore(<GroupsPanel />, { scenarioId: 'kip848-consumer-join' });
    let seen = '';
    for (let i = 0; i < 60; i++) {
      act(() => store.getState().advanceBy(5));
      seen += screen
        .getAllByTestId('protocol-track')
        .map((e) => e.textContent)
        .join(' ');
    }
    expect(seen).toMatch(/ConsumerGroupHeartbeat e\d/);
    expect(seen).not.toContain('JoinGroup');
  });

  it('greys out the classic-only settings with the reason as their description', () => {
    renderWithStore(<GroupsPanel />, { scenarioId: 'kip848-consumer-join' });
    const session = screen.getByRole('slider', { name: 'session.timeout.ms' });
    expect(session).toBeDisabled();
    expect(session).toHaveAccessibleDescription(/Not used with group.protocol=consumer/);
    expect(screen.getByRole('combobox', { name: 'partition.assignment.strategy' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'group.remote.assignor' })).toHaveValue('uniform');
  });

  it('switching group.protocol restarts the scenario with the group on the consumer protocol, and says so', () => {
    const { store } = renderWithStore(<GroupsPanel />, { scenarioId: 's11-eager-join' });
    expect(screen.getByRole('slider', { name: 'session.timeout.ms' })).toBeEnabled();
    fireEvent.change(screen.getByRole('combobox', { name: 'group.protocol' }), {
      target: { value: 'consumer' },
    });
    expect(store.getState().scenario.consumerGroups[0]!.protocol).toBe('consumer');
    expect(store.getState().notices.at(-1)?.text).toMatch(
      /restarted with group orders-app on the consumer protocol/,
    );
    expect(screen.getByRole('slider', { name: 'session.timeout.ms' })).toBeDisabled();
  });

  it('a profile without the consumer protocol keeps the control locked and says why (Korean too)', () => {
    const { store } = renderWithStore(<GroupsPanel />, { scenarioId: 's11-eager-join', lang: 'ko' });
    act(() =>
      store.getState().loadScenario('s11-eager-join', { ...store.getState().scenario, kafkaVersion: '3.x' }),
    );
    const select = screen.getByRole('combobox', { name: 'group.protocol' });
    expect(select).toBeDisabled();
    expect(select).toHaveAccessibleDescription(/얼리 액세스\/프리뷰/);
  });
});
