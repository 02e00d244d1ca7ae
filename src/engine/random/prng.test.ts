import { describe, expect, it } from 'vitest';
import { createRng, nextFloat, nextInt, nextU32 } from './prng';

describe('seeded PRNG', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => nextU32(a));
    const seqB = Array.from({ length: 20 }, () => nextU32(b));
    const seqC = Array.from({ length: 20 }, () => nextU32(c));
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('resumes exactly from a copied (checkpointed) state', () => {
    const rng = createRng(7);
    for (let i = 0; i < 5; i++) nextU32(rng);
    const checkpoint = JSON.parse(JSON.stringify(rng));
    const after = [nextU32(rng), nextU32(rng)];
    expect([nextU32(checkpoint), nextU32(checkpoint)]).toEqual(after);
  });

  it('spreads nextInt roughly uniformly and keeps floats in [0,1)', () => {
    const rng = createRng(1);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60000; i++) counts[nextInt(rng, 6)]!++;
    for (const n of counts) expect(Math.abs(n - 10000)).toBeLessThan(500);
    for (let i = 0; i < 1000; i++) {
      const f = nextFloat(rng);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });
});
