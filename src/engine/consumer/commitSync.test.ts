/**
 * Issue 11 item 3 (kafka-behaviour.md §4.4, §10): commitSync() blocks the poll loop for the OffsetCommit
 * round trip and retries retriable errors until default.api.timeout.ms; commitAsync() does not block
 * (ConsumerCoordinator.commitOffsetsSync / commitOffsetsAsync).
 */
import { describe, expect, it, vi } from 'vitest';
import { apply } from '../index';
import { ofType, TestCluster } from '../testing/TestCluster';

// Tens of simulated seconds at 2,000 records/s: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 60_000 });

const run = (commitMode: 'commitSync' | 'commitAsync') => {
  const r = TestCluster.from({
    networkDelayMs: 50,
    producer: { workload: { recordsPerSec: 2000 } },
    group: {
      config: { 'max.poll.records': 10, 'enable.auto.commit': false },
      workload: { commitMode },
    },
  });
  r.advance(20_000);
  return r;
};

describe('commitSync() blocks, commitAsync() does not', () => {
  it('with 50 ms one-way delay and max.poll.records=10, commitSync consumes ~10 records per 100 ms round trip', () => {
    const sync = run('commitSync');
    const async = run('commitAsync');
    const consumedSync = sync.sim.groups[0]!.stats.consumed;
    const consumedAsync = async.sim.groups[0]!.stats.consumed;
    // A blocking commitSync: one poll of 10 records per commit round trip (2 × 50 ms) ⇒ ~100 records/s.
    expect(consumedSync).toBeGreaterThan(1_500);
    expect(consumedSync).toBeLessThan(2_200);
    // commitAsync keeps up with the producer (2,000 records/s for 20 s, less the first join).
    expect(consumedAsync).toBeGreaterThan(30_000);
    expect(consumedAsync).toBeGreaterThan(15 * consumedSync);
  });

  it('polls only after the OffsetCommit response arrived', () => {
    const r = run('commitSync');
    const commits = ofType(r.events, 'OffsetsCommitted').filter((e) => e.at > 5_000 && e.at < 6_000);
    const polls = ofType(r.events, 'RecordsPolled').filter((e) => e.at > 5_000 && e.at < 6_000);
    expect(commits.length).toBeGreaterThan(5);
    expect(polls.length).toBeLessThanOrEqual(commits.length + 1);
    // Each commit reaches the coordinator 50 ms after a poll, and the next poll comes 50 ms after that.
    for (const c of commits) {
      const next = polls.find((p) => p.at > c.at);
      if (next) expect(next.at - c.at).toBe(50);
      const before = polls.filter((p) => p.at < c.at).at(-1);
      if (before) expect(c.at - before.at).toBe(50);
    }
  });

  it('a commit whose coordinator dies waits for the new coordinator, then succeeds (no TimeoutException)', () => {
    const r = TestCluster.from({
      brokers: 3,
      partitions: 2,
      group: {
        config: { 'max.poll.records': 10, 'enable.auto.commit': false },
        workload: { commitMode: 'commitSync' },
      },
    });
    r.advance(10_000);
    const coordinator = r.sim.groups[0]!.classic.coordinator;
    apply(r.sim, { action: 'crashBroker', broker: coordinator });
    const crashedAt = r.sim.now;
    r.clearEvents();
    r.advance(40_000);
    expect(ofType(r.events, 'ConsumerError').filter((e) => e.error === 'TimeoutException')).toEqual([]);
    // ensureCoordinatorReady inside commitSync(): the application thread waits out the failover …
    const polled = ofType(r.events, 'RecordsPolled').filter((e) => e.at > crashedAt);
    const gap = Math.max(...polled.slice(1).map((e, i) => e.at - polled[i]!.at));
    expect(gap).toBeGreaterThan(5_000);
    // … then commits to the new coordinator and polls on.
    expect(r.sim.groups[0]!.classic.coordinator).not.toBe(coordinator);
    expect(polled.at(-1)!.at).toBeGreaterThan(crashedAt + 20_000);
  });

  it('with no coordinator to be found, commitSync() gives up after default.api.timeout.ms (TimeoutException)', () => {
    const r = TestCluster.from({
      brokers: 1,
      partitions: 2,
      group: {
        config: { 'max.poll.records': 10, 'enable.auto.commit': false },
        workload: { commitMode: 'commitSync', processingMsPerRecord: 20 }, // records still buffered at the crash
      },
    });
    r.advance(10_000);
    apply(r.sim, { action: 'crashBroker', broker: 0 });
    r.clearEvents();
    r.advance(70_000);
    const timeout = ofType(r.events, 'ConsumerError').find((e) => e.error === 'TimeoutException')!;
    expect(timeout.message).toMatch(/Timeout of 60000ms expired before successfully committing offsets/);
  });
});
