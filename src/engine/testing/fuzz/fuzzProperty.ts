/** The fuzzer as one fast-check property: shared by the unit test and `npm run fuzz`. */
import fc from 'fast-check';
import type { Scenario } from '../../model/scenario';
import { fuzzOne, type FuzzOutcome } from './run';
import { scenarioArb, type FuzzSize } from './scenarioArb';

export interface FuzzCase {
  scenario: Scenario;
  slices: number[];
}

export function fuzzCaseArb(size: FuzzSize): fc.Arbitrary<FuzzCase> {
  return fc.record({
    scenario: scenarioArb(size),
    slices: fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 6 }),
  });
}

/** A property that fails with the violations as its message; `onRun` sees every case (for progress). */
export function fuzzProperty(size: FuzzSize, onRun?: (c: FuzzCase, o: FuzzOutcome) => void) {
  return fc.property(fuzzCaseArb(size), (c) => {
    const outcome = fuzzOne(c.scenario, c.slices);
    onRun?.(c, outcome);
    if (outcome.violations.length > 0)
      throw new Error(outcome.violations.map((v) => `${v.invariant} at ${v.at} ms: ${v.detail}`).join('\n'));
  });
}
