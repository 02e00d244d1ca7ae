/**
 * Group changes beyond join/leave (kafka-behaviour.md §4.5–4.8, §8 S13): static members
 * (group.instance.id) come back without a rebalance and are not removed on close(); a new
 * subscription and new partitions trigger a rebalance; the commit mode can change while running.
 */
import { describe, expect, it, vi } from 'vitest';
import { ofType, TestCluster } from '../testing/TestCluster';
import { testScenario } from '../testing/scenarios';

vi.setConfig({ testTimeout: 30_000 });

const staticGroup = () =>
  TestCluster.from({
    partitions: 4,
    producer: { workload: { recordsPerSec: 100 } },
    group: { members: 0, config: { 'auto.offset.reset': 'earliest' } },
    timeline: [
      { atMs: 0, action: 'addConsumer', group: 'g1', groupInstanceId: 'static-a' },
      { atMs: 0, action: 'addConsumer', group: 'g1', groupInstanceId: 'static-b' },
    ],
  });

const generation = (r: TestCluster) => r.snapshot().groups[0]!.classic.generation;

describe('static membership (group.instance.id)', () => {
  it('a crashed static member that restarts within session.timeout.ms gets its partitions back with no rebalance', () => {
    const r = staticGroup();
    r.advanceTo(10_000);
    const gen = generation(r);
    const before = r.assignment();
    const crashed = Object.keys(before)[0]!;
    const crashedPartitions = before[crashed]!;
    r.apply({ action: 'crashConsumer', group: 'g1', member: crashed });
    r.advance(10_000); // well inside the 45 s session timeout
    r.apply({ action: 'addConsumer', group: 'g1', groupInstanceId: 'static-a' });
    const events = r.advance(10_000).last;
    expect(generation(r)).toBe(gen);
    expect(ofType(events, 'GroupStateChanged').filter((e) => e.to === 'PreparingRebalance')).toHaveLength(0);
    // The restarted client (a new client id) holds exactly what the crashed one held.
    const after = r.assignment();
    const restarted = Object.keys(after).find((id) => !(id in before))!;
    expect(restarted).toBeDefined();
    expect(after[restarted]).toEqual(crashedPartitions);
  });

  it('close() of a static member sends no LeaveGroup: its partitions move only after session.timeout.ms', () => {
    const r = staticGroup();
    r.advanceTo(10_000);
    const gen = generation(r);
    const member = Object.keys(r.assignment())[0]!;
    r.apply({ action: 'stopConsumer', group: 'g1', member });
    r.advance(40_000); // 50 s: still inside 45 s after the last heartbeat
    expect(generation(r)).toBe(gen);
    r.advance(15_000); // 65 s: the session expired ⇒ rebalance
    expect(generation(r)).toBeGreaterThan(gen);
    expect(Object.keys(r.assignment())).not.toContain(member);
  });
});

describe('subscription and partition changes', () => {
  it('changeSubscription: members rejoin and the second topic’s partitions are assigned', () => {
    const scenario = testScenario({
      partitions: 2,
      producer: { workload: { recordsPerSec: 50 } },
      group: { members: 2, config: { 'auto.offset.reset': 'earliest' } },
    });
    scenario.topics.push({ name: 'audit', partitions: 2, replicationFactor: 1, config: {} });
    const cluster = TestCluster.from(scenario);
    cluster.advance(10_000);
    const gen = cluster.snapshot().groups[0]!.classic.generation;
    cluster.apply({ action: 'changeSubscription', group: 'g1', topics: ['orders', 'audit'] });
    cluster.advance(10_000);
    const g = cluster.snapshot().groups[0]!;
    expect(g.classic.generation).toBeGreaterThan(gen);
    const owned = g.classic.coordinatorMembers.flatMap((m) => m.assignment).sort();
    expect(owned).toEqual(['audit-0', 'audit-1', 'orders-0', 'orders-1']);
  });

  it('addPartitions: the leader notices at its next metadata refresh (metadata.max.age.ms), then the new partition gets an owner', () => {
    const r = TestCluster.from({
      partitions: 2,
      producer: { workload: { recordsPerSec: 50 } },
      group: { members: 2, config: { 'auto.offset.reset': 'earliest' } },
    });
    r.advanceTo(10_000);
    const gen = generation(r);
    r.apply({ action: 'addPartitions', topic: 'orders', partitions: 3 });
    // The consumers started at 0 s, so their metadata refreshes fall at 300 s, 600 s …
    r.advanceTo(299_000);
    expect(generation(r)).toBe(gen);
    expect(Object.values(r.assignment()).flat().sort()).toEqual([0, 1]);
    r.advanceTo(310_000);
    expect(generation(r)).toBeGreaterThan(gen);
    expect(Object.values(r.assignment()).flat().sort()).toEqual([0, 1, 2]);
  });

  it('addPartitions with metadata.max.age.ms = 10 s: noticed within 10 s', () => {
    const r = TestCluster.from({
      partitions: 2,
      producer: { workload: { recordsPerSec: 50 } },
      group: { members: 2, config: { 'auto.offset.reset': 'earliest', 'metadata.max.age.ms': 10_000 } },
    });
    r.advanceTo(12_000);
    const gen = generation(r);
    r.apply({ action: 'addPartitions', topic: 'orders', partitions: 4 });
    r.advanceTo(19_000);
    expect(generation(r)).toBe(gen);
    r.advanceTo(25_000);
    expect(generation(r)).toBeGreaterThan(gen);
    expect(Object.values(r.assignment()).flat().sort()).toEqual([0, 1, 2, 3]);
  });

  it('setCommitMode: switching to commitSync makes every processed batch commit', () => {
    const r = TestCluster.from({
      partitions: 1,
      producer: { workload: { recordsPerSec: 100 } },
      group: {
        members: 1,
        config: { 'auto.offset.reset': 'earliest', 'enable.auto.commit': false },
      },
    });
    r.advanceTo(10_000);
    expect(ofType(r.events, 'OffsetsCommitted')).toHaveLength(0);
    r.apply({ action: 'setCommitMode', group: 'g1', mode: 'commitSync' });
    const events = r.advance(5_000).last;
    const polled = ofType(events, 'RecordsPolled').length;
    const commits = ofType(events, 'OffsetsCommitted').length;
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeGreaterThanOrEqual(polled - 1);
    expect(() => r.apply({ action: 'setCommitMode', group: 'g1', mode: 'often' as 'none' })).toThrow(
      /mode: expected none, commitSync or commitAsync/,
    );
  });
});
