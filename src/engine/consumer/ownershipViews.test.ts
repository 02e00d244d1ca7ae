/**
 * One truth per fact (issue 11.8): after a consumer crashes, the read model says who the coordinator still
 * assigns its partitions to (as --describe lists the dead member until session.timeout.ms), even though no
 * live member consumes them.
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../index';
import { snapshot } from '../snapshot';
import { C, TestCluster } from '../testing/TestCluster';

describe('ownership after a crash', () => {
  it('the crashed member keeps its assignment in the read model until session.timeout.ms', () => {
    const g = TestCluster.from({ partitions: 4, group: { members: 2 } });
    g.advance(10_000);
    const before = snapshot(g.sim).groups[0]!;
    const victimPartitions = before.partitions.filter((p) => p.assignedTo === C(1)).map((p) => p.partition);
    expect(victimPartitions.length).toBeGreaterThan(0);
    const victim = before.members.find((m) => m.clientId === C(1))!;
    apply(g.sim, { action: 'crashConsumer', group: 'g1', member: victim.clientId });
    g.advance(5_000);
    const during = snapshot(g.sim).groups[0]!;
    for (const p of during.partitions.filter((x) => victimPartitions.includes(x.partition))) {
      expect(p.owner).toBeNull(); // nobody consumes it …
      expect(p.assignedTo).toBe(C(1)); // … but the coordinator (and --describe) still name the dead member
    }
    g.advance(50_000); // past session.timeout.ms (45 s): the partitions move to the survivor
    const after = snapshot(g.sim).groups[0]!;
    for (const p of after.partitions) expect(p.assignedTo).toBe(C(0));
  });
});
