/**
 * Issue 11 item 5 (kafka-behaviour.md §10): the producer learns of added partitions at its next metadata
 * refresh — metadata.max.age.ms (5 min) after its last one — or sooner when an error forces a refresh
 * (the client's `Metadata` / `ProducerMetadata`; `Sender` asks for an update after NOT_LEADER_OR_FOLLOWER,
 * `NetworkClient` after a disconnect). Until then keyed records keep their old partition.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SimEvent } from '../../events/types';
import { ofType, TestCluster } from '../../testing/TestCluster';
import { partitionSequence } from '../../testing/records';

// Five simulated minutes of traffic: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 60_000 });

const keys = { type: 'list' as const, values: ['user-1', 'user-2', 'user-3'] };
const counts = (events: SimEvent[]) => {
  const out = [0, 0, 0, 0];
  for (const p of partitionSequence(events)) out[p]!++;
  return out;
};

describe('the producer sees added partitions at its next metadata refresh', () => {
  it('keeps every key on its old partition until metadata.max.age.ms (5 min) has passed', () => {
    // Record-level events are read from each step's `last`, so the cluster need not keep them all.
    const cluster = TestCluster.from({
      partitions: 3,
      group: null,
      producer: { workload: { recordsPerSec: 30, keys } },
    })
      .advance(10_000)
      .apply({ action: 'addPartitions', topic: 'orders', partitions: 4 });
    // user-1, user-2, user-3 all hash to partition 2 of 3; nothing moves for the rest of the 5 minutes.
    const before = cluster.advance(290_000 - 1).last;
    const old = counts(before);
    expect(old[2]).toBeGreaterThan(8000);
    expect(old[0]! + old[1]! + old[3]!).toBe(0);
    expect(ofType(before, 'ProducerMetadataUpdated')).toEqual([]);
    const after = cluster.advance(10_001).last;
    const updated = ofType(after, 'ProducerMetadataUpdated');
    expect(updated).toEqual([
      {
        type: 'ProducerMetadataUpdated',
        at: 300_000,
        producer: 'p1',
        topic: 'orders',
        partitions: 4,
        reason: 'periodic',
      },
    ]);
    // From the refresh on, murmur2 mod 4: user-1 and user-2 → 0, user-3 → 3.
    const remapped = counts(after.filter((e) => e.at > 300_000));
    expect(remapped[0]).toBeGreaterThan(0);
    expect(remapped[3]).toBeGreaterThan(0);
    expect(remapped[1]! + remapped[2]!).toBe(0);
  });

  it('an error that forces a refresh (a leader’s broker dies) makes it learn them sooner', () => {
    const cluster = TestCluster.from({
      partitions: 3,
      brokers: 3,
      group: null,
      producer: { workload: { recordsPerSec: 100, keys } },
    })
      .advance(5_000)
      .apply({ action: 'addPartitions', topic: 'orders', partitions: 4 })
      .advance(5_000);
    // Partition 2's leader crashes: the in-flight request fails (NetworkException) and the producer
    // asks for fresh metadata, which now lists 4 partitions.
    const leader = cluster.partition('orders-2').leader;
    const events = cluster.crashBroker(leader).advance(20_000).last;
    const updated = ofType(events, 'ProducerMetadataUpdated');
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ partitions: 4, reason: 'error' });
    expect(updated[0]!.at).toBeLessThan(40_000);
  });
});
