/** Render counts: a replica's log redraws only when that replica (or the shared bar scale) changed. */
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplicaView } from '../../engine';
import { testScenario } from '../../engine/testing/scenarios';
import { createKafkaStore, type KafkaStore } from '../../store/kafkaStore';
import { KafkaStoreProvider } from '../../store/StoreContext';
import { logScaleEnd, shownLogScaleEnd } from './replicationSelection';
import { ReplicationView } from './ReplicationView';

const drawn: ReplicaView[] = [];

vi.mock('./ReplicaLog', async (importOriginal) => {
  const real = await importOriginal<typeof import('./ReplicaLog')>();
  return {
    ReplicaLog: (props: Parameters<typeof real.ReplicaLog>[0]) => {
      drawn.push(props.replica);
      return real.ReplicaLog(props);
    },
  };
});

beforeEach(() => {
  drawn.length = 0;
});

function setup(): KafkaStore {
  // One key: every record goes to one partition of two; three brokers hold a replica of each.
  const base = testScenario({
    brokers: 3,
    partitions: 2,
    producer: { workload: { recordsPerSec: 120, keys: { type: 'list', values: ['k'] } } },
    group: null,
  });
  const scenario = { ...base, topics: base.topics.map((t) => ({ ...t, replicationFactor: 3 })) };
  const store = createKafkaStore({ scenarioId: 'custom', scenario, lang: 'en' });
  render(
    <KafkaStoreProvider store={store}>
      <ReplicationView />
    </KafkaStoreProvider>,
  );
  return store;
}

describe('ReplicationView render counts', () => {
  it('does not redraw the replicas of a partition nothing was written to', () => {
    const store = setup();
    act(() => store.getState().advanceBy(5000));
    const partitions = () => store.getState().snap.partitions;
    const busy = partitions().find((p) => p.logEndOffset > 0)!.partition;
    const idle = partitions().find((p) => p.partition !== busy)!.partition;
    // Start just after the scale stepped up, so the next 20 frames (~24 records) stay on it.
    const scaleNow = () => shownLogScaleEnd(store.getState(), 'orders');
    const before = scaleNow();
    while (scaleNow() === before) act(() => store.getState().advanceBy(16));
    const scale = scaleNow();
    drawn.length = 0;
    for (let i = 0; i < 20; i++) act(() => store.getState().advanceBy(16));
    // The precondition of the claim: the bars' common scale did not move (a move redraws every bar).
    expect(shownLogScaleEnd(store.getState(), 'orders')).toBe(scale);
    const idleReplicas = new Set(partitions()[idle]!.replication.replicaViews);
    const busyReplicas = new Set(partitions()[busy]!.replication.replicaViews);
    expect(drawn.some((r) => busyReplicas.has(r))).toBe(true);
    expect(drawn.filter((r) => idleReplicas.has(r))).toEqual([]);
  });
});

describe('logScaleEnd', () => {
  it('rounds the longest log up to the next half power of ten, at least 10', () => {
    expect([0, 7, 10, 11, 305, 1000, 1001, 1234, 98_765].map(logScaleEnd)).toEqual([
      10, 10, 10, 15, 350, 1000, 1500, 1500, 100_000,
    ]);
  });
});
