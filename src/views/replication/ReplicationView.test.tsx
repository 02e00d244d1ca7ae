import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findExample } from '../../scenarios';
import { createKafkaStore } from '../../store/kafkaStore';
import { KafkaStoreProvider } from '../../store/StoreContext';
import { ReplicationView } from './ReplicationView';

function setup(id: string) {
  const example = findExample(id)!;
  const store = createKafkaStore({ scenarioId: id, scenario: example.scenario, lang: 'en' });
  render(
    <KafkaStoreProvider store={store}>
      <ReplicationView />
    </KafkaStoreProvider>,
  );
  return store;
}

describe('ReplicationView', () => {
  it('shows each broker as a labelled button; clicking crashes it, pressing Enter restarts it', async () => {
    const store = setup('acks-all-survives');
    const user = userEvent.setup();
    const crash = screen.getByRole('button', { name: 'Broker 0 is running: crash it' });
    await user.click(crash);
    expect(store.getState().snap.brokers[0]!.alive).toBe(false);
    const restart = screen.getByRole('button', { name: 'Broker 0 is down: restart it' });
    restart.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().snap.brokers[0]!.alive).toBe(true);
  });

  it('offers the other failures per broker: slow follower, cut off, lost ack', async () => {
    const store = setup('acks-all-survives');
    const user = userEvent.setup();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Broker 1: extra delay before each follower fetch' }),
      '1000',
    );
    expect(store.getState().snap.brokers[1]!.fetchDelayMs).toBe(1000);
    expect(
      within(screen.getByTestId('broker-1')).getByText(/slow follower \(\+1000 ms per fetch\)/),
    ).toBeInTheDocument();
    const cut = screen.getByRole('button', { name: /Broker 2: cut off from the other brokers/ });
    expect(cut).toHaveAttribute('aria-pressed', 'false');
    await user.click(cut);
    expect(store.getState().snap.brokers[2]!.isolated).toBe(true);
    expect(cut).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /Broker 0: lose its next produce response/ }));
    expect(store.getState().snap.brokers[0]!.dropResponses).toBe(1);
    expect(
      screen.getByRole('button', { name: /Broker 0: lose its next produce response/ }),
    ).toHaveTextContent('1 pending');
  });

  it('lets the learner pick the brokers’ Kafka version and says which high-watermark rule applies', async () => {
    const store = setup('acks-all-too-few-replicas');
    expect(screen.getByTestId('hw-rule')).toHaveTextContent('Kafka 3.7+');
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Brokers run' }), '3.6');
    expect(store.getState().scenario.kafkaVersion).toBe('3.6');
    expect(screen.getByTestId('hw-rule')).toHaveTextContent('Before Kafka 3.7');
  });

  it('marks the leader and ISR membership with words, and counts what happened to records', () => {
    const store = setup('acks-1-loses-acked-data');
    act(() => store.getState().advanceBy(30000));
    expect(within(screen.getByTestId('replica-1-0')).getByText('★ leader')).toBeInTheDocument();
    expect(within(screen.getByTestId('replica-2-0')).getByText('● in ISR')).toBeInTheDocument();
    const lost = within(screen.getByTestId('ledger-lostAfterAck')).getByRole('definition');
    expect(Number(lost.textContent)).toBeGreaterThan(0);
  });

  it('names errors by exception', () => {
    const store = setup('acks-all-too-few-replicas');
    act(() => store.getState().advanceBy(12000));
    expect(screen.getAllByTestId('error-badge')[0]).toHaveTextContent('NotEnoughReplicasException');
  });

  it('explains what happened to a record', async () => {
    const store = setup('acks-all-survives');
    act(() => store.getState().advanceBy(2000));
    await userEvent.setup().click(screen.getByRole('button', { name: 'What happened to record #n?' }));
    expect(screen.getByTestId('record-story')).toHaveTextContent('In the leader’s log.');
  });

  it('marks duplicated and reordered batches on the partition strip', () => {
    const store = setup('retries-duplicate-and-reorder');
    // The ISR dip at 2 s reorders a batch; the lost response at 6 s is re-sent after request.timeout.ms (5 s).
    act(() => store.getState().advanceBy(2300));
    expect(screen.getByTestId('strip-0')).toHaveTextContent('↺');
    act(() => store.getState().advanceBy(8800));
    expect(screen.getByTestId('strip-0')).toHaveTextContent('×2');
  });
});
