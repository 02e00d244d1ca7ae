/**
 * batchIndexAt looks at the last few batches before its binary search (engine throughput, #12): the
 * answer must stay the first batch ending after the offset, wherever in the log the offset lies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartitionState, StoredBatch } from '../model/state';
import { batchIndexAt } from './log';

function logOf(counts: number[], start: number): PartitionState {
  let offset = start;
  const batches = counts.map((count) => {
    const b = { baseOffset: offset, count } as StoredBatch;
    offset += count;
    return b;
  });
  return { batches } as PartitionState;
}

/** The definition, by a linear scan: index of the first batch whose end lies past `offset`. */
function reference(tp: PartitionState, offset: number): number {
  const i = tp.batches.findIndex((b) => b.baseOffset + b.count > offset);
  return i < 0 ? tp.batches.length : i;
}

describe('batchIndexAt', () => {
  it('finds the batch holding the offset (or the next one) anywhere in the log', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: -5, max: 260 }),
        (counts, start, offset) => {
          const tp = logOf(counts, start);
          expect(batchIndexAt(tp, offset)).toBe(reference(tp, offset));
        },
      ),
      { seed: 12, numRuns: 500 },
    );
  });

  it('answers at the log end, just before it, and far behind it', () => {
    const tp = logOf([3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 0); // offsets 0…29
    expect(batchIndexAt(tp, 30)).toBe(10);
    expect(batchIndexAt(tp, 29)).toBe(9);
    expect(batchIndexAt(tp, 18)).toBe(6);
    expect(batchIndexAt(tp, 4)).toBe(1);
    expect(batchIndexAt(tp, 0)).toBe(0);
    expect(batchIndexAt(logOf([], 7), 7)).toBe(0);
  });
});
