/** kafka-behaviour.md S14 (where a group starts; auto-commit and redelivery) and S15(a) (offset retention). */
import { describe, expect, it, vi } from 'vitest';
import { apply, snapshot } from '../index';
import { C, ofType, TestCluster } from '../testing/TestCluster';

vi.setConfig({ testTimeout: 30_000 });

describe('S14a: a new group on a topic that already holds records', () => {
  const start = (reset: string) => {
    const r = TestCluster.from({
      partitions: 2,
      producer: { workload: { recordsPerSec: 1000 } },
      group: { members: 0, config: { 'auto.offset.reset': reset } },
      timeline: [
        { atMs: 1000, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 },
        { atMs: 2000, action: 'addConsumer', group: 'g1' },
      ],
    });
    r.advanceTo(10_000);
    return r;
  };
  it('latest reads nothing of the backlog; earliest reads all of it; none throws', () => {
    const latest = start('latest');
    const backlog = snapshot(latest.sim).partitions.reduce((n, p) => n + p.logEndOffset, 0);
    expect(backlog).toBeGreaterThan(900);
    expect(snapshot(latest.sim).groups[0]!.stats.consumed).toBe(0);
    expect(snapshot(start('earliest').sim).groups[0]!.stats.consumed).toBe(backlog);
    const none = start('none');
    const error = ofType(none.events, 'ConsumerError')[0]!;
    expect(error.error).toBe('NoOffsetForPartitionException');
    expect(error.message).toMatch(
      /^Undefined offset with no reset policy for partitions: \[orders-0, orders-1\]/,
    );
  });
});

describe('S14b: crash between auto-commits ⇒ the new owner re-reads from the last commit', () => {
  const crashRun = (config: Record<string, string | number | boolean>, commitMode?: 'commitSync') => {
    const r = TestCluster.from({
      partitions: 2,
      producer: { workload: { recordsPerSec: 200 } },
      group: { members: 2, config: { 'auto.offset.reset': 'earliest', ...config }, workload: { commitMode } },
    });
    r.advanceTo(14_000);
    const g = snapshot(r.sim).groups[0]!;
    const mine = g.members[0]!.assigned.map((a) => a.partition);
    const uncommitted = g.partitions
      .filter((p) => mine.includes(p.partition))
      .reduce((n, p) => n + p.position - Math.max(0, p.committed), 0);
    apply(r.sim, { action: 'crashConsumer', group: 'g1', member: C(0) });
    r.advance(60_000);
    return { r, uncommitted, dups: snapshot(r.sim).groups[0]!.classic.duplicates };
  };

  it('auto-commit: everything returned since the last commit is consumed twice', () => {
    const { r, uncommitted, dups } = crashRun({});
    const commits = ofType(r.events, 'OffsetsCommitted').filter((e) => e.member === C(0) && e.at < 14_000);
    expect(14_000 - commits[commits.length - 1]!.at).toBeLessThanOrEqual(5_000);
    expect(uncommitted).toBeGreaterThan(100);
    expect(dups).toBe(uncommitted);
  });

  it('commitSync after each batch: at most the batch in progress is repeated', () => {
    const { dups } = crashRun({ 'enable.auto.commit': false, 'max.poll.records': 20 }, 'commitSync');
    expect(dups).toBeLessThanOrEqual(20);
  });
});

describe('S15a: offsets of an idle group expire after offsets.retention.minutes', () => {
  const idle = (reset: string) => {
    const r = TestCluster.from({
      partitions: 1,
      producer: { workload: { recordsPerSec: 0.01 } },
      group: { id: 'billing', members: 1, config: { 'auto.offset.reset': reset } },
    });
    r.advanceTo(20_000);
    // Production is very slow: 8 days hold ~7,000 records.
    apply(r.sim, { action: 'setWorkload', producer: 'p1', recordsPerSec: 0.01 });
    apply(r.sim, { action: 'stopConsumer', group: 'billing', member: C(0, 'billing') });
    r.advance(5_000);
    return r;
  };

  it('deletes the offsets 7 days (+ up to the 10-minute check) after the group became empty', () => {
    const r = idle('latest');
    const empty = snapshot(r.sim).groups[0]!.classic;
    expect(empty.phase).toBe('Empty');
    const committedBefore = snapshot(r.sim).groups[0]!.partitions[0]!.committed;
    expect(committedBefore).toBeGreaterThanOrEqual(0);
    const out = apply(r.sim, { action: 'fastForward', ms: 8 * 24 * 3600 * 1000 });
    const g = snapshot(r.sim).groups[0]!;
    expect(g.partitions[0]!.committed).toBe(-1);
    expect(g.classic.phase).toBe('Dead');
    const emptyAt = ofType(r.events, 'GroupStateChanged').find((e) => e.to === 'Empty')!.at;
    const expired = ofType(out, 'OffsetsExpired')[0]!;
    const week = 7 * 24 * 3600 * 1000;
    expect(expired.at).toBeGreaterThanOrEqual(emptyAt + week);
    expect(expired.at).toBeLessThanOrEqual(emptyAt + week + 600_000);
    expect(g.classic.expiredOffsets).toBe(1);
  });

  it('on return, latest skips the whole backlog and earliest re-reads from the log start', () => {
    for (const reset of ['latest', 'earliest']) {
      const r = idle(reset);
      apply(r.sim, { action: 'fastForward', ms: 8 * 24 * 3600 * 1000 });
      const hw = snapshot(r.sim).partitions[0]!.highWatermark;
      expect(hw).toBeGreaterThan(6_000);
      const consumedBefore = snapshot(r.sim).groups[0]!.stats.consumed;
      apply(r.sim, { action: 'addConsumer', group: 'billing' });
      r.advance(10_000);
      const g = snapshot(r.sim).groups[0]!;
      const position = g.members[1]!.assigned[0]!.position;
      if (reset === 'latest') expect(position).toBe(hw);
      else {
        expect(g.stats.consumed - consumedBefore).toBe(hw);
        expect(g.classic.duplicates).toBe(consumedBefore);
      }
    }
  });
});
