/**
 * The group coordinator is the leader of the group's __consumer_offsets partition (kafka-behaviour.md
 * §10; Kafka's GroupCoordinatorService.partitionFor, GroupMetadataManager.onLoaded, and the consumer's
 * AbstractCoordinator.markCoordinatorUnknown / FindCoordinator). When its broker crashes, the group
 * moves to the next replica once the controller fences the broker; committed offsets survive, the
 * members find the new coordinator and carry on, and commits in the gap fail with retriable errors.
 */
import { describe, expect, it } from 'vitest';
import { ofType as of, TestCluster } from '../testing/TestCluster';
import { replicatedScenario } from '../testing/replication';
import { offsetsPartitionFor, offsetsReplicasFor } from './coordinatorLocation';

describe('group coordinator placement', () => {
  it('is abs(String.hashCode) % 50, with Utils.abs(Integer.MIN_VALUE) = 0', () => {
    expect(offsetsPartitionFor('g1')).toBe(3242 % 50); // "g1".hashCode() = 103·31 + 49
    expect(offsetsPartitionFor('polygenelubricants')).toBe(0); // hashCode is Integer.MIN_VALUE
    expect(offsetsPartitionFor('orders-app')).toBe(5);
    // Replicated with offsets.topic.replication.factor 3, capped by the brokers.
    expect(offsetsReplicasFor(3, 42)).toEqual([0, 1, 2]);
    expect(offsetsReplicasFor(1, 42)).toEqual([0]);
  });
});

describe('coordinator failover', () => {
  function crashCoordinator() {
    const scenario = replicatedScenario({ partitions: 3, recordsPerSec: 20 });
    scenario.consumerGroups[0]!.members = 2;
    scenario.timeline = [{ atMs: 20000, action: 'crashBroker', broker: 0 }];
    const cluster = TestCluster.from(scenario);
    cluster.advance(19999);
    const g = cluster.sim.groups[0]!;
    expect(g.classic.coordinator).toBe(0); // "g1" → __consumer_offsets-42, replicas [0, 1, 2]
    const committedBefore = structuredClone(g.committed);
    const generation = g.classic.generation;
    const consumedBefore = g.stats.consumed;
    const events = cluster.advance(25001).last;
    return { cluster, g, events, committedBefore, generation, consumedBefore };
  }

  it('moves the group to the next replica once the broker is fenced, keeping offsets and members', () => {
    const { cluster, g, events, committedBefore, generation, consumedBefore } = crashCoordinator();
    const moved = of(events, 'CoordinatorMoved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ from: 0, to: 1 });
    // The controller fences broker 0 after broker.session.timeout.ms (9 s), not before.
    expect(moved[0]!.at).toBeGreaterThan(20000 + 8000);
    expect(moved[0]!.at).toBeLessThan(20000 + 9001);
    const view = cluster.snapshot().groups[0]!;
    expect(view.classic.coordinator).toBe(1);
    expect(view.members.every((m) => m.group.coordinator === 1)).toBe(true);
    // The new coordinator loaded the stored group: same generation, no member expired, no rebalance.
    expect(g.classic.generation).toBe(generation);
    expect(of(events, 'MemberRemoved')).toHaveLength(0);
    expect(g.classic.phase).toBe('Stable');
    // Committed offsets survived and moved on; nothing was reset by auto.offset.reset.
    expect(of(events, 'OffsetReset')).toHaveLength(0);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    for (let p = 0; p < 3; p++) {
      expect(committedBefore['orders']![p]).toBeGreaterThan(0);
      expect(g.committed['orders']![p]).toBeGreaterThanOrEqual(committedBefore['orders']![p]!);
    }
    expect(sum(g.committed['orders']!)).toBeGreaterThan(sum(committedBefore['orders']!) + 20 * 10);
    // Consumption went on (fetches go to partition leaders, not to the coordinator).
    expect(g.stats.consumed - consumedBefore).toBeGreaterThan(20 * 20);
  });

  it('fails commits in the gap with retriable errors, counted by name', () => {
    const { g, events } = crashCoordinator();
    const errors = of(events, 'ConsumerError').filter((e) => e.error === 'RetriableCommitFailedException');
    expect(errors.length).toBeGreaterThan(0);
    // From the crash until the members have found the new coordinator (fenced at 29 s).
    expect(errors.every((e) => e.at > 20000 && e.at < 31000)).toBe(true);
    expect(g.stats.errors['RetriableCommitFailedException']).toBe(errors.length);
    expect(g.stats.errors['DisconnectException']).toBeGreaterThan(0);
    // After the failover commits succeed again.
    const commits = of(events, 'OffsetsCommitted');
    expect(commits.some((c) => c.at > 31000)).toBe(true);
    expect(commits.some((c) => c.at > 20010 && c.at < 28000)).toBe(false);
  });

  it('a crashed coordinator expires nobody: the new one times the dead member out after its own session', () => {
    const scenario = replicatedScenario({ partitions: 3, recordsPerSec: 20 });
    scenario.consumerGroups[0]!.members = 2;
    scenario.timeline = [
      { atMs: 20000, action: 'crashConsumer', group: 'g1', member: 'consumer-g1-2' },
      { atMs: 20000, action: 'crashBroker', broker: 0 },
    ];
    const cluster = TestCluster.from(scenario);
    const events = cluster.advance(80000).last;
    const moved = of(events, 'CoordinatorMoved')[0]!;
    const removed = of(events, 'MemberRemoved');
    expect(removed).toHaveLength(1);
    // session.timeout.ms (45 s) counted from when the new coordinator loaded the group.
    expect(removed[0]!.at).toBeGreaterThanOrEqual(moved.at + 45000);
    expect(cluster.sim.groups[0]!.classic.phase).toBe('Stable');
    expect(cluster.sim.groups[0]!.classic.members).toHaveLength(1);
  });
});
