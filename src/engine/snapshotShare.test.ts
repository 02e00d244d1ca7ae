import { describe, expect, it } from 'vitest';
import { advance, createSimulation } from './index';
import { snapshot } from './snapshot';
import { shareStructure } from './snapshotShare';
import { testScenario } from './testing/scenarios';

/** One key, so every record goes to the same partition of four and the other three stay still. */
function oneHotPartition() {
  const sim = createSimulation(
    testScenario({
      partitions: 4,
      producer: { workload: { recordsPerSec: 200, keys: { type: 'list', values: ['k'] } } },
      group: { members: 2 },
    }),
  );
  advance(sim, 3000);
  return sim;
}

describe('snapshot(sim, previous) shares unchanged parts', () => {
  it('returns the previous snapshot itself when nothing changed', () => {
    const sim = oneHotPartition();
    const first = snapshot(sim);
    expect(snapshot(sim, first)).toBe(first);
  });

  it('keeps the identity of partitions, replicas and batch lists that did not change, and only those', () => {
    const sim = oneHotPartition();
    const before = snapshot(sim);
    const busy = before.partitions.findIndex((p) => p.logEndOffset > 0);
    expect(busy).toBeGreaterThanOrEqual(0);
    advance(sim, 500);
    const after = snapshot(sim, before);
    expect(after).not.toBe(before);
    after.partitions.forEach((p, i) => {
      if (i === busy) {
        expect(p).not.toBe(before.partitions[i]);
        expect(p.recentBatches).not.toBe(before.partitions[i]!.recentBatches);
      } else {
        expect(p).toBe(before.partitions[i]);
        expect(p.replication.replicaViews[0]).toBe(before.partitions[i]!.replication.replicaViews[0]);
      }
    });
    // Values are exactly what a fresh snapshot says.
    expect(after).toEqual(snapshot(sim));
  });

  it('keeps members and config objects whose values are unchanged', () => {
    const sim = oneHotPartition();
    const before = snapshot(sim);
    advance(sim, 500);
    const after = snapshot(sim, before);
    expect(after.groups[0]!.config).toBe(before.groups[0]!.config);
    expect(after.producers[0]!.config).toBe(before.producers[0]!.config);
    expect(after.topicConfigs).toBe(before.topicConfigs);
    const idle = after.groups[0]!.members.find((m) => m.assigned.every((a) => a.position === 0));
    if (idle) expect(before.groups[0]!.members).toContain(idle);
  });
});

describe('cached views of written-once details', () => {
  it('a sent batch keeps its inspector view across snapshots, equal to a fresh copy', () => {
    const sim = oneHotPartition();
    const before = snapshot(sim);
    advance(sim, 12); // a batch or two more: the older details are still listed
    const after = snapshot(sim, before);
    const earlier = new Map(before.producers[0]!.recentSent.map((d) => [d.batch, d]));
    const kept = after.producers[0]!.recentSent.filter((d) => earlier.has(d.batch));
    expect(kept.length).toBeGreaterThan(0);
    for (const d of kept) expect(d).toBe(earlier.get(d.batch));
    expect(after.producers[0]!.recentSent).toEqual(snapshot(sim).producers[0]!.recentSent);
  });
});

describe('shareStructure', () => {
  it('keeps batches of a sliding window by their base offset', () => {
    const prev = [{ baseOffset: 0 }, { baseOffset: 5 }, { baseOffset: 9 }];
    const next = [{ baseOffset: 5 }, { baseOffset: 9 }, { baseOffset: 12 }];
    const shared = shareStructure(prev, next);
    expect(shared[0]).toBe(prev[1]);
    expect(shared[1]).toBe(prev[2]);
    expect(shared[2]).toBe(next[2]);
  });

  it('keeps a window of the same objects shifted along, and says the list changed', () => {
    const a = { baseOffset: 0 };
    const b = { baseOffset: 5 };
    const c = { baseOffset: 9 };
    const prev = [a, b, c];
    const shared = shareStructure(prev, [b, c, { baseOffset: 12 }]);
    expect(shared).not.toBe(prev);
    expect(shared[0]).toBe(b);
    expect(shared[1]).toBe(c);
    expect(shareStructure(prev, [a, b, c])).toBe(prev);
  });

  it('does not reuse an object whose keys differ', () => {
    const prev = { a: 1, b: 2 } as Record<string, number>;
    expect(shareStructure(prev, { a: 1 })).not.toBe(prev);
    expect(shareStructure<Record<string, number | undefined>>({ a: 1 }, { a: 1, b: undefined })).toEqual({
      a: 1,
      b: undefined,
    });
  });
});
