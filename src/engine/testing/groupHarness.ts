/**
 * The older group-test helpers, kept as thin wrappers over TestCluster for the files not yet migrated
 * (new tests use TestCluster directly).
 */
import type { SimEvent } from '../events/types';
import type { SimState } from '../model/state';
import type { TestScenarioOptions } from './scenarios';
import { TestCluster } from './TestCluster';

export { C, ofType } from './TestCluster';

export interface GroupRun {
  sim: SimState;
  events: SimEvent[];
  run(ms: number): SimEvent[];
  runUntil(at: number): SimEvent[];
}

/** One topic `orders`, producer `p1`, group `g1`; events are collected as time advances. */
export function groupRun(o: TestScenarioOptions): GroupRun {
  const c = TestCluster.from(o);
  return {
    sim: c.sim,
    events: c.events,
    run: (ms) => c.advance(ms).last,
    runUntil: (at) => c.advanceTo(at).last,
  };
}

/** The coordinator's current assignment: client id → partition numbers of `orders`. */
export function assignmentOf(sim: SimState, group = 'g1'): Record<string, number[]> {
  return TestCluster.of(sim).assignment(group);
}
