import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { popEntry, pushEntry, removeEntry, type QueueEntry } from './queue';

const task = { kind: 'senderWake', producer: 0 } as const;

describe('event queue', () => {
  it('pops in time order and keeps insertion order for equal times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
        const heap: QueueEntry[] = [];
        times.forEach((at, seq) => pushEntry(heap, { at, seq, task }));
        const out: QueueEntry[] = [];
        for (let e = popEntry(heap); e; e = popEntry(heap)) out.push(e);
        const expected = times.map((at, seq) => ({ at, seq })).sort((a, b) => a.at - b.at || a.seq - b.seq);
        expect(out.map(({ at, seq }) => ({ at, seq }))).toEqual(expected);
      }),
      { seed: 20261124 },
    );
  });

  it('removing any entries leaves the others to pop in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 20 }), drop: fc.boolean() }), { maxLength: 200 }),
        (entries) => {
          const heap: QueueEntry[] = [];
          entries.forEach(({ at }, seq) => pushEntry(heap, { at, seq, task }));
          entries.forEach(({ drop }, seq) => {
            if (drop) expect(removeEntry(heap, (e) => e.seq === seq)).toBe(true);
          });
          expect(removeEntry(heap, (e) => e.seq === -1)).toBe(false);
          const out: number[] = [];
          for (let e = popEntry(heap); e; e = popEntry(heap)) out.push(e.seq);
          const expected = entries
            .map(({ at, drop }, seq) => ({ at, seq, drop }))
            .filter((e) => !e.drop)
            .sort((a, b) => a.at - b.at || a.seq - b.seq)
            .map((e) => e.seq);
          expect(out).toEqual(expected);
        },
      ),
      { seed: 20261130 },
    );
  });
});
