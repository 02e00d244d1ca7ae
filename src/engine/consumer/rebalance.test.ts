/** kafka-behaviour.md S11 and S12: eager Range vs cooperative-sticky when a 4th consumer joins. */
import { describe, expect, it, vi } from 'vitest';
import { apply, snapshot } from '../index';
import { C, ofType, TestCluster } from '../testing/TestCluster';

// Minutes of simulated traffic per test: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000 });

const group = (config: Record<string, string | number | boolean> = {}) => ({
  partitions: 6,
  producer: { workload: { recordsPerSec: 600 } },
  group: { members: 3, config },
});

describe('S11: eager rebalance when a 4th consumer joins (default strategy ⇒ EAGER Range)', () => {
  it('starts Range, moves only partition 5, yet pauses all six partitions, generation +1', () => {
    const r = TestCluster.from(group());
    r.advanceTo(10_000);
    const before = snapshot(r.sim).groups[0]!.classic;
    expect(before.phase).toBe('Stable');
    expect(before.protocol).toBe('EAGER');
    expect(before.assignor).toBe('range');
    expect(r.assignment()).toEqual({ [C(0)]: [0, 1], [C(1)]: [2, 3], [C(2)]: [4, 5] });
    const gen = before.generation;
    r.clearEvents();
    apply(r.sim, { action: 'addConsumer', group: 'g1' });
    r.advance(15_000);
    const after = snapshot(r.sim).groups[0]!.classic;
    expect(r.assignment()).toEqual({ [C(0)]: [0, 1], [C(1)]: [2, 3], [C(2)]: [4], [C(3)]: [5] });
    expect(after.generation).toBe(gen + 1);
    // Every member revoked everything before rejoining: all six partitions paused.
    const revoked = ofType(r.events, 'PartitionsRevoked').flatMap((e) => e.partitions);
    expect(new Set(revoked)).toEqual(new Set([0, 1, 2, 3, 4, 5].map((p) => `orders-${p}`)));
    const paused = new Set(after.segments.filter((s) => s.to >= 0).map((s) => s.partition));
    expect(paused.size).toBe(6);
  });
});

describe('S12: cooperative rebalance — the two-step dance', () => {
  it('only the moving partition pauses (partition 5 with the reference ids); two generation bumps', () => {
    const r = TestCluster.from(group({ 'partition.assignment.strategy': 'cooperative-sticky' }));
    r.advanceTo(10_000);
    expect(snapshot(r.sim).groups[0]!.classic.protocol).toBe('COOPERATIVE');
    expect(r.assignment()).toEqual({ [C(0)]: [0, 3], [C(1)]: [1, 4], [C(2)]: [2, 5] });
    const gen = snapshot(r.sim).groups[0]!.classic.generation;
    r.clearEvents();
    apply(r.sim, { action: 'addConsumer', group: 'g1' });
    r.advance(15_000);
    const completed = ofType(r.events, 'RebalanceCompleted');
    expect(completed).toHaveLength(2);
    // Which member gives one up depends on Java's HashMap order of the (random) member ids; the
    // reference's C0…C3 ids make it C2/partition 5. Whatever moves, exactly one partition does.
    const revoked = ofType(r.events, 'PartitionsRevoked');
    expect(revoked).toHaveLength(1);
    const moved = revoked[0]!.partitions;
    expect(moved).toHaveLength(1);
    // Rebalance 1: nobody owns the moving partition and the newcomer gets nothing yet.
    expect(completed[0]!.assignment[C(3)]).toEqual([]);
    expect(Object.values(completed[0]!.assignment).flat().sort()).toEqual(
      ['orders-0', 'orders-1', 'orders-2', 'orders-3', 'orders-4', 'orders-5'].filter((k) => k !== moved[0]),
    );
    // Rebalance 2: the freed partition goes to the newcomer; sizes 2, 2, 1, 1.
    expect(completed[1]!.assignment[C(3)]).toEqual(moved);
    expect(
      Object.values(r.assignment())
        .map((l) => l.length)
        .sort(),
    ).toEqual([1, 1, 2, 2]);
    expect(snapshot(r.sim).groups[0]!.classic.generation).toBe(gen + 2);
    // Only the moving partition ever stopped being consumed.
    const closed = snapshot(r.sim).groups[0]!.classic.segments.filter((s) => s.to >= 0);
    expect(closed.map((s) => s.partition)).toEqual(moved);
  });

  it('a member that leaves frees its partitions at once: one rebalance is enough', () => {
    const r = TestCluster.from(group({ 'partition.assignment.strategy': 'cooperative-sticky' }));
    r.advanceTo(10_000);
    r.clearEvents();
    apply(r.sim, { action: 'stopConsumer', group: 'g1', member: C(1) });
    r.advance(10_000);
    expect(ofType(r.events, 'RebalanceCompleted')).toHaveLength(1);
    expect(r.assignment()).toEqual({ [C(0)]: [0, 1, 3], [C(2)]: [2, 4, 5] });
  });
});

describe('group.initial.rebalance.delay.ms', () => {
  it('a lone first member waits 3 s; members arriving during the delay extend it once more', () => {
    const one = TestCluster.from({ partitions: 2, group: { members: 1 } });
    one.advanceTo(8000);
    const stable1 = ofType(one.events, 'RebalanceCompleted')[0]!;
    expect(stable1.at).toBeGreaterThanOrEqual(3000);
    expect(stable1.at).toBeLessThan(3100);
    const three = TestCluster.from({ partitions: 2, group: { members: 3 } });
    three.advanceTo(8000);
    const stable3 = ofType(three.events, 'RebalanceCompleted')[0]!;
    expect(stable3.at).toBeGreaterThanOrEqual(6000);
    expect(stable3.at).toBeLessThan(6100);
  });
});
