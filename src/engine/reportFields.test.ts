/**
 * The run report's consumer-group and producer-accounting fields, asserted from real runs of the
 * example scenarios (kafka-behaviour.md §4.7–4.8 for eager vs cooperative revocation; §2.1 for what
 * send() refuses before the accumulator).
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from './index';
import { findExample } from '../scenarios';
import { replicatedScenario } from './testing/replication';
import { TestCluster } from './testing/TestCluster';

function runExample(id: string, ms: number) {
  const cluster = TestCluster.from(findExample(id)!.scenario);
  cluster.advance(ms);
  return buildReport(cluster.sim);
}

describe('run report: revocations and pauses per rebalance', () => {
  it('eager (S11): the join revokes every partition from every member, and all six pause', () => {
    const g = runExample('s11-eager-join', 30_000).groups['orders-app']!;
    const join = g.rebalanceHistory.find((r) => r.reason.includes('consumer-orders-app-4'))!;
    expect(join.protocol).toBe('EAGER');
    expect(join.revoked).toEqual({
      'consumer-orders-app-1': ['orders-0', 'orders-1'],
      'consumer-orders-app-2': ['orders-2', 'orders-3'],
      'consumer-orders-app-3': ['orders-4', 'orders-5'],
    });
    expect(Object.keys(join.paused).sort()).toEqual([0, 1, 2, 3, 4, 5].map((p) => `orders-${p}`));
    for (const ms of Object.values(join.paused)) expect(ms).toBeGreaterThan(0);
  });

  it('cooperative (S12): only the moved partition is revoked, and only it pauses', () => {
    const g = runExample('s12-cooperative-join', 30_000).groups['orders-app']!;
    const revokedAll = g.rebalanceHistory.flatMap((r) => Object.values(r.revoked).flat());
    expect(revokedAll).toHaveLength(1);
    const [moved] = revokedAll;
    const paused = g.rebalanceHistory.flatMap((r) => Object.keys(r.paused));
    expect(paused).toEqual([moved]);
    // The second rebalance (the new owner's) ends the pause that the first one's revocation began.
    const second = g.rebalanceHistory.find((r) => Object.keys(r.paused).length > 0)!;
    expect(second.reason).toContain('rejoined');
  });

  it('pause times per rebalance add up to the group total (S13b, a crashed member)', () => {
    const g = runExample('s13b-crash', 70_000).groups['orders-app']!;
    const sum = g.rebalanceHistory.reduce(
      (n, r) => n + Object.values(r.paused).reduce((a, b) => a + b, 0),
      Object.values(g.pausedNow).reduce((a, b) => a + b, 0),
    );
    expect(sum).toBe(g.totalPauseMs);
    // The crashed member's partitions pause for about session.timeout.ms (45 s); it never revoked them.
    const timeout = g.rebalanceHistory.find((r) => r.reason.includes('session timeout'))!;
    expect(Object.keys(timeout.revoked)).not.toContain('consumer-orders-app-2');
    expect(timeout.paused['orders-2']).toBeGreaterThan(40_000);
  });
});

describe('run report: per-member records, skipped records, consumer errors', () => {
  it('records consumed per member add up to the group total', () => {
    const g = runExample('s11-eager-join', 30_000).groups['orders-app']!;
    expect(Object.keys(g.consumedByMember)).toHaveLength(4);
    expect(Object.values(g.consumedByMember).reduce((a, b) => a + b, 0)).toBe(g.consumed);
  });

  it('counts what auto.offset.reset=latest skipped (steady-stream: the records before the group formed)', () => {
    const cluster = TestCluster.from(findExample('steady-stream')!.scenario);
    cluster.advance(20_000);
    const g = buildReport(cluster.sim).groups['orders-app']!;
    // 300 records/s and the first rebalance waits group.initial.rebalance.delay.ms (3 s): ~900 skipped.
    expect(g.skippedByLatestReset).toBeGreaterThan(800);
    expect(g.skippedByLatestReset).toBeLessThan(1100);
    // One member, logs from offset 0: its positions are exactly what it skipped plus what it read.
    const positions = cluster.sim.groups[0]!.members[0]!.assigned.reduce((n, a) => n + a.position, 0);
    expect(g.skippedByLatestReset + g.consumed).toBe(positions);
  });

  it('counts a fenced commit as CommitFailedException (S13c, a slow member)', () => {
    const g = runExample('s13c-slow', 120_000).groups['orders-app']!;
    expect(g.errors['CommitFailedException']).toBeGreaterThan(0);
  });

  it('counts NoOffsetForPartitionException when auto.offset.reset=none finds no committed offset', () => {
    const scenario = replicatedScenario({ consumer: true });
    scenario.consumerGroups[0]!.config = { 'auto.offset.reset': 'none' };
    const cluster = TestCluster.from(scenario);
    cluster.advance(10_000);
    expect(buildReport(cluster.sim).groups.g1!.errors).toEqual({ NoOffsetForPartitionException: 1 });
  });
});

describe('run report: sent = appended + rejected, so failed never exceeds sent', () => {
  it('an offline partition: batches expire unsent and send() refuses records once memory is full', () => {
    const cluster = TestCluster.replicated({
      brokers: 1,
      replicationFactor: 1,
      recordsPerSec: 2000,
      producerConfig: {
        'buffer.memory': 65536,
        'max.block.ms': 0,
        'linger.ms': 0,
        'request.timeout.ms': 1000,
        'delivery.timeout.ms': 3000,
      },
      timeline: [{ atMs: 0, action: 'crashBroker', broker: 0 }],
    });
    cluster.advance(20_000);
    const p = buildReport(cluster.sim).producers['p1']!;
    expect(p.rejected).toBeGreaterThan(0);
    expect(p.errors['BufferExhaustedException']).toBe(p.rejected);
    expect(p.errors['TimeoutException']).toBeGreaterThan(0); // batches that expired in the accumulator
    expect(p.sent).toBe(p.appended + p.rejected);
    expect(p.failed).toBeLessThanOrEqual(p.sent);
    // Only appended records can be acknowledged, fail later or be lost.
    expect(p.acked + (p.failed - p.rejected) + p.lost).toBeLessThanOrEqual(p.appended);
    // Before the split, `sent` was today's `appended`: fewer than the failures.
    expect(p.failed).toBeGreaterThan(p.appended);
  });
});
