/**
 * The ledger's "replicated" and the followers' LEO are two different numbers: the first is what the
 * leader has learned from the followers' fetch requests (ReplicaState.leaderKnownEnd, Kafka's
 * Partition.updateFollowerFetchState), the second the followers' own logs. Both views read one source,
 * the read model, and each number's definition is one hover away.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findExample } from '../../scenarios';
import { createKafkaStore } from '../../store/kafkaStore';
import { KafkaStoreProvider } from '../../store/StoreContext';
import { ReplicationView } from './ReplicationView';

const number = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''));

function setup() {
  const id = 'acks-all-survives';
  const store = createKafkaStore({ scenarioId: id, scenario: findExample(id)!.scenario, lang: 'en' });
  render(
    <KafkaStoreProvider store={store}>
      <ReplicationView />
    </KafkaStoreProvider>,
  );
  return store;
}

/** Advances until some follower's own log is ahead of what its leader knows (normal between fetches). */
function untilFollowerAhead(store: ReturnType<typeof setup>) {
  for (let i = 0; i < 200; i++) {
    act(() => store.getState().advanceBy(7));
    const ahead = store
      .getState()
      .snap.partitions.some((p) =>
        p.replication.replicaViews.some(
          (r) => !r.isLeader && r.leaderKnownEnd >= 0 && r.leaderKnownEnd < r.logEndOffset,
        ),
      );
    if (ahead) return;
  }
  throw new Error('no follower ahead of its leader’s knowledge');
}

describe('record ledger vs follower LEO', () => {
  it('shows "leader knows N" beside a follower’s LEO, says why the ledger trails, from the same read model', () => {
    const store = setup();
    act(() => store.getState().advanceBy(3000));
    untilFollowerAhead(store);
    expect(screen.getByTestId('ledger-why')).toHaveTextContent(
      'The leader counts a follower’s records only when',
    );
    const snap = store.getState().snap;
    // The ledger's total is the sum over partitions of the largest end the leader knows a follower holds.
    const known = snap.partitions.reduce(
      (n, p) =>
        n +
        Math.max(0, ...p.replication.replicaViews.filter((r) => !r.isLeader).map((r) => r.leaderKnownEnd)),
      0,
    );
    expect(number(screen.getByTestId('ledger-replicated').querySelector('dd')!.textContent)).toBe(known);
    // A follower's row shows both numbers, each with its definition on hover.
    const label = screen.getAllByText(/^leader knows \d/)[0]!;
    const row = label.closest('li')!;
    const leo = number(row.querySelector('.replica-log__leo-label')!.textContent);
    expect(number(label.textContent)).toBeLessThan(leo);
    fireEvent.mouseEnter(label);
    expect(document.getElementById(label.getAttribute('aria-describedby')!)).toHaveTextContent(
      'The high watermark and ISR follow this number',
    );
    const replicated = screen.getByTestId('ledger-replicated').querySelector('.term')!;
    expect(document.getElementById(replicated.getAttribute('aria-describedby')!)).toHaveTextContent(
      'trails the followers’ own LEO by one fetch',
    );
  });
});
