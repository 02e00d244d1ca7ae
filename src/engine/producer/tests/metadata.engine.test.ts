/**
 * Issue 11 item 5 (kafka-behaviour.md §10): the producer learns of added partitions at its next metadata
 * refresh — metadata.max.age.ms (5 min) after its last one — or sooner when an error forces a refresh
 * (the client's `Metadata` / `ProducerMetadata`; `Sender` asks for an update after NOT_LEADER_OR_FOLLOWER,
 * `NetworkClient` after a disconnect). Until then keyed records keep their old partition.
 */
import { describe, expect, it, vi } from 'vitest';
import { advance, apply, createSimulation } from '../../index';
import type { SimEvent } from '../../events/types';
import { testScenario } from '../../testing/scenarios';
import { ofType } from '../../testing/TestCluster';
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
    const sim = createSimulation(
      testScenario({ partitions: 3, group: null, producer: { workload: { recordsPerSec: 30, keys } } }),
    );
    advance(sim, 10_000);
    apply(sim, { action: 'addPartitions', topic: 'orders', partitions: 4 });
    // user-1, user-2, user-3 all hash to partition 2 of 3; nothing moves for the rest of the 5 minutes.
    const before = advance(sim, 290_000 - 1);
    const old = counts(before);
    expect(old[2]).toBeGreaterThan(8000);
    expect(old[0]! + old[1]! + old[3]!).toBe(0);
    expect(ofType(before, 'ProducerMetadataUpdated')).toEqual([]);
    const after = advance(sim, 10_001);
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
    const sim = createSimulation(
      testScenario({
        partitions: 3,
        brokers: 3,
        group: null,
        producer: { workload: { recordsPerSec: 100, keys } },
      }),
    );
    advance(sim, 5_000);
    apply(sim, { action: 'addPartitions', topic: 'orders', partitions: 4 });
    advance(sim, 5_000);
    // Partition 2's leader crashes: the in-flight request fails (NetworkException) and the producer
    // asks for fresh metadata, which now lists 4 partitions.
    const leader = sim.topics[0]!.partitions[2]!.leader;
    apply(sim, { action: 'crashBroker', broker: leader });
    const events = advance(sim, 20_000);
    const updated = ofType(events, 'ProducerMetadataUpdated');
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ partitions: 4, reason: 'error' });
    expect(updated[0]!.at).toBeLessThan(40_000);
  });
});
