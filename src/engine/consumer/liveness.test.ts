/** kafka-behaviour.md S13 (close vs crash vs slow processing) and the liveness timers of §4.5. */
import { describe, expect, it, vi } from 'vitest';
import { apply, snapshot } from '../index';
import { C, ofType, TestCluster } from '../testing/TestCluster';

// Minutes of simulated traffic per test: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000 });

const threeMembers = (config: Record<string, string | number | boolean> = {}, extra = {}, rate = 100) => ({
  partitions: 6,
  producer: { workload: { recordsPerSec: rate } },
  group: { members: 3, config, ...extra },
});

describe('S13a: close() ⇒ LeaveGroup ⇒ immediate rebalance', () => {
  it('moves C1’s partitions within a few seconds, with no duplicates (close committed)', () => {
    const r = TestCluster.from(threeMembers());
    r.advanceTo(20_000);
    r.clearEvents();
    apply(r.sim, { action: 'stopConsumer', group: 'g1', member: C(1) });
    r.advance(10_000);
    const removed = ofType(r.events, 'MemberRemoved');
    expect(removed).toHaveLength(1);
    expect(removed[0]!.reason).toMatch(/LeaveGroup/);
    expect(removed[0]!.at - 20_000).toBeLessThan(100);
    const done = ofType(r.events, 'RebalanceCompleted')[0]!;
    expect(done.at - 20_000).toBeLessThanOrEqual(3_200); // others learn it from their next heartbeat (≤ 3 s)
    expect(r.assignment()).toEqual({ [C(0)]: [0, 1, 2], [C(2)]: [3, 4, 5] });
    expect(snapshot(r.sim).groups[0]!.classic.duplicates).toBe(0);
  });
});

describe('S13b: kill -9 ⇒ partitions idle until session.timeout.ms', () => {
  it('removes the member 45 s after its last heartbeat, and the new owners re-read records', () => {
    const r = TestCluster.from(threeMembers());
    r.advanceTo(20_000);
    const lastBeat = snapshot(r.sim).groups[0]!.members[1]!.group.lastHeartbeatAt;
    r.clearEvents();
    apply(r.sim, { action: 'crashConsumer', group: 'g1', member: C(1) });
    r.advance(60_000);
    const removed = ofType(r.events, 'MemberRemoved')[0]!;
    expect(removed.reason).toMatch(/session timeout/);
    // The coordinator heard the last heartbeat one network delay (1 ms) after it was sent.
    expect(removed.at).toBe(lastBeat + 1 + 45_000);
    expect(snapshot(r.sim).groups[0]!.classic.duplicates).toBeGreaterThan(0);
    // C1's partitions 2 and 3 were not consumed between the crash and the rebalance.
    const polled = ofType(r.events, 'RecordsPolled').filter(
      (e) => e.at < removed.at && e.ranges.some((x) => x.partition === 2 || x.partition === 3),
    );
    expect(polled).toHaveLength(0);
  });
});

describe('S13c: slow processing > max.poll.interval.ms', () => {
  it('leaves at 300 s while still heartbeating; its later commitSync fails; the batch is re-processed', () => {
    const r = TestCluster.from(
      threeMembers(
        { 'enable.auto.commit': false, 'max.poll.records': 50 },
        { workload: { commitMode: 'commitSync' } },
        30,
      ),
    );
    r.advanceTo(20_000);
    r.clearEvents();
    // From now on C1 needs 8 s per record: a 50-record batch takes 400 s (> 300 s).
    apply(r.sim, { action: 'slowConsumer', group: 'g1', member: C(1), processingMsPerRecord: 8_000 });
    r.advance(500_000);
    const left = ofType(r.events, 'ConsumerError').find((e) => e.error === 'PollTimeoutExpired')!;
    const c1Polls = ofType(r.events, 'RecordsPolled').filter((e) => e.member === C(1) && e.at < left.at);
    const slowPoll = c1Polls[c1Polls.length - 1]!;
    const batch = slowPoll.ranges.reduce((n, x) => n + x.count, 0);
    expect(batch * 8_000).toBeGreaterThan(300_000);
    // Heartbeats kept the member in the group until the poll interval ran out (strictly more than 300 s).
    expect(left.at).toBe(slowPoll.at + 300_001);
    const removed = ofType(r.events, 'MemberRemoved')[0]!;
    expect(removed.reason).toMatch(/LeaveGroup/);
    expect(removed.at).toBe(left.at + 1);
    const failed = ofType(r.events, 'ConsumerError').find((e) => e.error === 'CommitFailedException')!;
    expect(failed.member).toBe(C(1));
    expect(failed.at).toBe(slowPoll.at + batch * 8_000);
    expect(snapshot(r.sim).groups[0]!.classic.duplicates).toBeGreaterThan(0);
  }, 30_000);

  it('a static member sends no LeaveGroup: its partitions move only after session.timeout.ms', () => {
    const r = TestCluster.from(threeMembers({}, { groupInstanceIds: ['a', 'b', 'c'] }));
    r.advanceTo(20_000);
    r.clearEvents();
    apply(r.sim, { action: 'stopConsumer', group: 'g1', member: C(1) });
    r.advance(60_000);
    const removed = ofType(r.events, 'MemberRemoved')[0]!;
    expect(removed.reason).toMatch(/session timeout/);
    expect(removed.at - 20_000).toBeGreaterThan(42_000);
  });
});

describe('heartbeats', () => {
  it('a stable member sends one Heartbeat every heartbeat.interval.ms', () => {
    const r = TestCluster.from(threeMembers({ 'heartbeat.interval.ms': 1000 }));
    r.advanceTo(10_000);
    const times: number[] = [];
    for (let t = 10_000; t < 15_000; t += 1) {
      r.advance(1);
      const beat = snapshot(r.sim).groups[0]!.members[0]!.group.lastHeartbeatAt;
      if (times[times.length - 1] !== beat) times.push(beat);
    }
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.every((g) => g === 1000)).toBe(true);
  });
});
