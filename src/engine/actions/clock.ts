import type { SimEvent } from '../events/types';
import type { SimState } from '../model/state';

/**
 * The simulation's clock (simulation.ts `advance`), passed in rather than imported: the clock runs
 * recorded actions and a fastForward action runs the clock, so importing it would close a cycle.
 */
export type AdvanceClock = (sim: SimState, ms: number) => SimEvent[];
