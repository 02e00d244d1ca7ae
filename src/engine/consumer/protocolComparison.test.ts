/**
 * The three-way comparison on the `rebalance-protocols-compared` workload cut to its first change (a
 * join at 10 s). Expected shapes come from kafka-behaviour.md §4 (S11: an eager join revokes every
 * partition; S12: a cooperative join moves only the partitions that change owner, in two rebalances;
 * §4.10: under KIP-848 only the moved partitions pause, each member reconciling at its own heartbeat).
 */
import { describe, expect, it } from 'vitest';
import { findExample } from '../../scenarios';
import { compareRebalanceProtocols, runProtocol, scenarioFor, startProtocolRun } from './protocolComparison';

const joinOnly = () => ({ ...findExample('rebalance-protocols-compared')!.scenario, durationMs: 20_000 });

describe('compareRebalanceProtocols', () => {
  const [eager, cooperative, consumer] = compareRebalanceProtocols(joinOnly(), 'orders-app');

  it('runs eager, cooperative and consumer in that order, each with the one join of the window', () => {
    expect([eager!.protocol, cooperative!.protocol, consumer!.protocol]).toEqual([
      'eager',
      'cooperative',
      'consumer',
    ]);
    for (const r of [eager!, cooperative!, consumer!]) {
      expect(r.changes.map((c) => c.action)).toEqual(['addConsumer']);
      expect(r.changes[0]!.balancedAfterMs).not.toBeNull();
    }
  });

  it('an eager join pauses every partition; cooperative and KIP-848 pause only what moves', () => {
    expect(eager!.pausedPartitions).toHaveLength(6);
    // 6 partitions over 3 → 4 members: two partitions change owner (uniform/sticky keep the rest).
    expect(cooperative!.pausedPartitions.length).toBeGreaterThan(0);
    expect(cooperative!.pausedPartitions.length).toBeLessThanOrEqual(2);
    expect(consumer!.pausedPartitions.length).toBeGreaterThan(0);
    expect(consumer!.pausedPartitions.length).toBeLessThanOrEqual(2);
  });

  it('a join reads nothing twice under any protocol (auto-commit runs before revocation)', () => {
    expect([eager!, cooperative!, consumer!].map((r) => r.recordsReadTwice)).toEqual([0, 0, 0]);
  });

  it('scenarioFor changes only the chosen group’s protocol and strategy', () => {
    const s = joinOnly();
    expect(scenarioFor(s, 'orders-app', 'consumer').consumerGroups[0]!.protocol).toBe('consumer');
    expect(
      scenarioFor(s, 'orders-app', 'eager').consumerGroups[0]!.config['partition.assignment.strategy'],
    ).toBe('range');
    expect(
      scenarioFor(s, 'orders-app', 'cooperative').consumerGroups[0]!.config['partition.assignment.strategy'],
    ).toBe('cooperative-sticky');
    expect(s.consumerGroups[0]!.protocol).toBeUndefined();
  });

  it('a run advanced in small slices gives the same figures as one run straight through', () => {
    const run = startProtocolRun(joinOnly(), 'orders-app', 'consumer');
    let slices = 0;
    while (!run.advance(50)) {
      slices++;
      expect(run.progress()).toBeLessThanOrEqual(1);
    }
    expect(slices).toBeGreaterThan(1);
    expect(run.figures()).toEqual(runProtocol(joinOnly(), 'orders-app', 'consumer'));
  });

  it('the ownership timelines show each paused partition as a gap, and only those', () => {
    for (const r of [eager!, cooperative!, consumer!]) {
      expect(r.ownership.map((row) => row.partition)).toEqual([0, 1, 2, 3, 4, 5].map((p) => `orders-${p}`));
      const gapped = r.ownership
        .filter((row) => {
          const covered = row.owners.reduce((n, o) => n + (o.to - o.from), 0);
          return covered < r.endMs - r.countedFromMs;
        })
        .map((row) => row.partition);
      expect(gapped).toEqual(r.pausedPartitions);
      const gaps = r.ownership.reduce(
        (n, row) => n + (r.endMs - r.countedFromMs) - row.owners.reduce((m, o) => m + (o.to - o.from), 0),
        0,
      );
      expect(gaps).toBe(r.pauseMs);
    }
  });
});
