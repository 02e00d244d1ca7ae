/** ILLEGAL_GENERATION / UNKNOWN_MEMBER_ID fencing of zombie commits (kafka-behaviour.md §4.4, §4.7 step 7). */
import { describe, expect, it } from 'vitest';
import { sendMessage } from '../core/step';
import { apply, snapshot } from '../index';
import { C, ofType, TestCluster } from '../testing/TestCluster';

describe('zombie commits are fenced by the generation', () => {
  it('a commit from an old generation gets ILLEGAL_GENERATION ⇒ CommitFailedException, offsets unchanged', () => {
    const r = TestCluster.from({ partitions: 2, group: { members: 2 } });
    r.advanceTo(10_000);
    const oldGeneration = r.sim.groups[0]!.classic.generation;
    apply(r.sim, { action: 'addConsumer', group: 'g1' });
    r.advance(10_000);
    expect(r.sim.groups[0]!.classic.generation).toBe(oldGeneration + 1);
    const zombie = r.sim.groups[0]!.members[0]!;
    const committedBefore = snapshot(r.sim).groups[0]!.partitions.map((p) => p.committed);
    r.clearEvents();
    // A commit written before the rebalance, arriving after it (e.g. stuck in a long GC pause).
    sendMessage(r.sim, {
      kind: 'commitRequest',
      group: 0,
      member: 0,
      broker: r.sim.groups[0]!.classic.coordinator,
      offsets: [{ topic: 'orders', partition: 0, offset: 0 }],
      auto: false,
      memberId: zombie.id,
      generation: oldGeneration,
      sync: true,
    });
    r.advance(5);
    const error = ofType(r.events, 'ConsumerError').find((e) => e.member === C(0))!;
    expect(error.error).toBe('CommitFailedException');
    expect(snapshot(r.sim).groups[0]!.partitions[0]!.committed).toBeGreaterThanOrEqual(committedBefore[0]!);
    expect(snapshot(r.sim).groups[0]!.classic.fencedCommits).toBe(1);
  });

  it('a commit while the group is in CompletingRebalance gets RebalanceInProgressException', () => {
    const r = TestCluster.from({ partitions: 2, group: { members: 1 } });
    r.advanceTo(10_000);
    const g = r.sim.groups[0]!;
    g.classic.phase = 'CompletingRebalance';
    sendMessage(r.sim, {
      kind: 'commitRequest',
      group: 0,
      member: 0,
      broker: g.classic.coordinator,
      offsets: [{ topic: 'orders', partition: 0, offset: 0 }],
      auto: false,
      memberId: g.members[0]!.id,
      generation: g.classic.generation,
      sync: true,
    });
    r.clearEvents();
    r.advance(5);
    expect(ofType(r.events, 'ConsumerError')[0]!.error).toBe('RebalanceInProgressException');
  });
});
