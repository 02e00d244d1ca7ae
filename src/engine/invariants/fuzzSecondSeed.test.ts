/** The engine fuzzer's second 1,000 sequences (see fuzz.test.ts), in a file of its own to use a second worker. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzProperty } from '../testing/fuzz/fuzzProperty';
import { FAST } from '../testing/fuzz/scenarioArb';

describe('engine fuzzer, second seed', () => {
  it('1000 generated sequences (seed 14142135) keep every invariant', () => {
    fc.assert(fuzzProperty(FAST), { numRuns: 1000, seed: 14142135 });
  }, 600_000);
});
