/**
 * Fetch errors on the consumer side (kafka-behaviour.md §3.4, §4.3, §8 S15b): after an unclean election
 * the group's position lies past the new leader's log end; the broker answers OFFSET_OUT_OF_RANGE and
 * auto.offset.reset decides where the consumer goes. A fetch sent to a broker that no longer leads is
 * refused with NOT_LEADER_OR_FOLLOWER and the consumer moves to the new leader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sendMessage } from '../core/step';
import { replicatedScenario } from '../testing/replication';
import { ofType as of, TestCluster } from '../testing/TestCluster';

/** S15(b) with unclean election on: followers stall, leave the ISR, then leader 0 crashes at 30 s. */
function uncleanRun(reset: 'earliest' | 'latest' | 'none') {
  const scenario = replicatedScenario({
    recordsPerSec: 50,
    clusterConfig: { 'replica.lag.time.max.ms': 10000 },
    topicConfig: { 'min.insync.replicas': 1, 'unclean.leader.election.enable': true },
    timeline: [
      { atMs: 1000, action: 'slowFollower', broker: 1, fetchDelayMs: 60000 },
      { atMs: 1000, action: 'slowFollower', broker: 2, fetchDelayMs: 60000 },
      { atMs: 30000, action: 'crashBroker', broker: 0 },
    ],
  });
  // The group starts with "earliest" (a new group needs a reset policy) and switches before the crash.
  scenario.timeline.push({
    atMs: 20000,
    action: 'setConsumerConfig',
    group: 'g1',
    key: 'auto.offset.reset',
    value: reset,
  });
  const cluster = TestCluster.from(scenario).advance(29999);
  const before = [...cluster.events];
  const position = cluster.sim.groups[0]!.members[0]!.assigned[0]!.position;
  const events = cluster.clearEvents().advance(20001).events;
  return { cluster, sim: cluster.sim, before, position, events };
}

describe('OFFSET_OUT_OF_RANGE after an unclean election', () => {
  it('earliest: the position past the shorter log is reset to the log start', () => {
    const { cluster, sim, position, events } = uncleanRun('earliest');
    const tp = cluster.partition('orders-0');
    expect(of(events, 'LeaderElected').some((e) => e.unclean)).toBe(true);
    const resets = of(events, 'OffsetReset');
    expect(resets.length).toBeGreaterThan(0);
    expect(resets[0]!.fromOffset).toBe(position);
    expect(resets[0]!.toOffset).toBe(tp.logStartOffset);
    expect(sim.groups[0]!.stats.errors['OffsetOutOfRangeException']).toBeGreaterThan(0);
    // The consumer reads again from the new leader's log: its position is inside that log.
    const a = sim.groups[0]!.members[0]!.assigned[0]!;
    expect(a.position).toBeLessThanOrEqual(tp.logEndOffset);
  });

  it('latest: the consumer jumps to the new leader’s high watermark, and lag is never negative once it commits', () => {
    const { cluster, events } = uncleanRun('latest');
    const resets = of(events, 'OffsetReset');
    expect(resets.length).toBeGreaterThan(0);
    expect(resets[0]!.toOffset).toBeLessThan(resets[0]!.fromOffset);
    cluster.advance(10000); // an auto-commit interval later
    for (const p of cluster.snapshot().groups[0]!.partitions) expect(p.lag ?? 0).toBeGreaterThanOrEqual(0);
  });

  it('none: poll() throws OffsetOutOfRangeException and the member stops', () => {
    const { sim, events } = uncleanRun('none');
    const errors = of(events, 'ConsumerError');
    expect(errors.map((e) => e.error)).toContain('OffsetOutOfRangeException');
    expect(sim.groups[0]!.members[0]!.error).toBe('OffsetOutOfRangeException');
  });
});

describe('NOT_LEADER_OR_FOLLOWER', () => {
  it('a follower refuses a consumer fetch; the consumer counts the error and keeps fetching from the leader', () => {
    const cluster = TestCluster.replicated({ recordsPerSec: 50 }).advance(5000);
    const sim = cluster.sim;
    // A fetch that reaches broker 2, which only follows orders-0 (as after a stale metadata read).
    const m = sim.groups[0]!.members[0]!;
    sendMessage(sim, {
      kind: 'fetchRequest',
      group: 0,
      member: 0,
      broker: 2,
      partitions: [{ topic: 'orders', partition: 0, offset: m.assigned[0]!.position }],
    });
    const events = cluster.clearEvents().advance(5000).events;
    const refused = of(events, 'FetchError');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ broker: 2, error: 'NotLeaderOrFollowerException' });
    expect(sim.groups[0]!.stats.errors).toEqual({ NotLeaderOrFollowerException: 1 });
    expect(of(events, 'FetchSent').every((e) => e.broker === 0)).toBe(true);
    expect(of(events, 'RecordsPolled').filter((e) => e.at > refused[0]!.at).length).toBeGreaterThan(0);
  });

  it('after a failover the consumer fetches only from the new leader and keeps consuming', () => {
    const cluster = TestCluster.replicated({
      recordsPerSec: 50,
      timeline: [{ atMs: 5000, action: 'crashBroker', broker: 0 }],
    }).advance(30000);
    const events = cluster.events;
    const tp = cluster.partition('orders-0');
    expect(tp.leader).toBe(1);
    expect(of(events, 'RecordsPolled').filter((e) => e.at > 15000).length).toBeGreaterThan(0);
    expect(
      of(events, 'FetchSent')
        .filter((e) => e.at > 15000)
        .every((e) => e.broker === 1),
    ).toBe(true);
  });
});

describe('property: positions come back inside the log', () => {
  it('with unclean election on and any crashes/restarts, no position stays past the log end and, healed, lag is ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(
          fc.record({
            waitMs: fc.integer({ min: 500, max: 20000 }),
            broker: fc.integer({ min: 0, max: 2 }),
            stall: fc.boolean(),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (seed, steps) => {
          const cluster = TestCluster.replicated({
            seed,
            recordsPerSec: 40,
            clusterConfig: { 'replica.lag.time.max.ms': 4000 },
            topicConfig: { 'min.insync.replicas': 1, 'unclean.leader.election.enable': true },
          });
          const sim = cluster.sim;
          // A position past the end of a led log must be reset within one fetch round trip or so,
          // never left waiting for new writes to reuse the lost offsets.
          let pastEndSince = -1;
          const watch = (ms: number) => {
            for (let t = 0; t < ms; t += 100) {
              const tp = cluster.advance(100).partition('orders-0');
              const past =
                tp.leader >= 0 &&
                sim.groups[0]!.members.some((m) => m.assigned.some((a) => a.position > tp.logEndOffset));
              if (!past) pastEndSince = -1;
              else if (pastEndSince < 0) pastEndSince = sim.now;
              expect(
                sim.now - (pastEndSince < 0 ? sim.now : pastEndSince),
                `seed ${seed}: position past the log end at ${sim.now} ms`,
              ).toBeLessThanOrEqual(3000);
            }
          };
          for (const s of steps) {
            watch(s.waitMs);
            const b = sim.brokers[s.broker]!.replication;
            // Either toggle a stalled follower (it falls out of the ISR) or crash/restart the broker.
            if (s.stall && b.alive)
              cluster.apply({
                action: 'slowFollower',
                broker: s.broker,
                fetchDelayMs: b.fetchDelayMs ? 0 : 60000,
              });
            else cluster.apply({ action: b.alive ? 'crashBroker' : 'restartBroker', broker: s.broker });
          }
          for (const b of sim.brokers) if (!b.replication.alive) cluster.restartBroker(b.id);
          watch(60000);
          const tp = cluster.partition('orders-0');
          for (const m of sim.groups[0]!.members)
            for (const a of m.assigned) {
              if (a.position < 0) continue;
              expect(a.position, `seed ${seed}: position past the log end`).toBeLessThanOrEqual(
                tp.logEndOffset,
              );
              expect(a.position, `seed ${seed}: position before the log start`).toBeGreaterThanOrEqual(
                tp.logStartOffset,
              );
            }
          for (const p of cluster.snapshot().groups[0]!.partitions)
            expect(p.lag ?? 0, `seed ${seed}: negative lag`).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 15, seed: 20261124 },
    );
  });
});
