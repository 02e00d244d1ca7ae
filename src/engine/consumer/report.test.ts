import { describe, expect, it } from 'vitest';
import { buildReport } from '../index';
import { findExample } from '../../scenarios';
import { TestCluster } from '../testing/TestCluster';

describe('run report: consumer groups', () => {
  it('reports state, generation, protocol, assignment, rebalances and pause time (S11 preset)', () => {
    const cluster = TestCluster.from(findExample('s11-eager-join')!.scenario);
    cluster.advance(30_000);
    const g = buildReport(cluster.sim).groups['orders-app']!;
    expect(g.state).toBe('Stable');
    expect(g.generation).toBe(2);
    expect(g.protocol).toBe('EAGER');
    expect(g.assignor).toBe('range');
    expect(g.assignment).toEqual({
      'consumer-orders-app-1': ['orders-0', 'orders-1'],
      'consumer-orders-app-2': ['orders-2', 'orders-3'],
      'consumer-orders-app-3': ['orders-4'],
      'consumer-orders-app-4': ['orders-5'],
    });
    expect(g.rebalances).toBe(2);
    expect(g.totalPauseMs).toBeGreaterThan(0);
    expect(Object.keys(g.committed)).toHaveLength(6);
  });
});

describe('S15a preset: the timeline skips 8 days', () => {
  it('expires the offsets and the returning consumer starts at the log end (latest)', () => {
    const cluster = TestCluster.from(findExample('s15a-offset-retention')!.scenario);
    cluster.advance(25_000);
    expect(cluster.sim.now).toBeGreaterThan(8 * 86_400_000);
    cluster.advance(15_000);
    const g = buildReport(cluster.sim).groups.billing!;
    expect(g.state).toBe('Stable');
    expect(g.duplicates).toBe(0);
    expect(cluster.sim.groups[0]!.classic.expiredOffsets).toBe(3);
    const backlog = cluster.sim.topics[0]!.partitions.reduce((n, p) => n + p.logEndOffset, 0);
    // Only records produced after the return are read: the ~7,000-record backlog is skipped.
    expect(g.consumed).toBeLessThan(backlog - 5_000);
  });
});
