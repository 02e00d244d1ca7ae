/** Helpers for consumer-group engine tests: build a group scenario, run it, read assignments. */
import { advance, createSimulation } from '../index';
import type { SimEvent } from '../events/types';
import type { SimState } from '../model/state';
import { snapshot } from '../snapshot';
import { testScenario, type TestScenarioOptions } from './scenarios';

export interface GroupRun {
  sim: SimState;
  events: SimEvent[];
  run(ms: number): SimEvent[];
  runUntil(at: number): SimEvent[];
}

/** One topic `orders`, producer `p1`, group `g1`; events are collected as time advances. */
export function groupRun(o: TestScenarioOptions): GroupRun {
  const sim = createSimulation(testScenario(o));
  const events: SimEvent[] = [];
  const run = (ms: number) => {
    const out = advance(sim, ms);
    for (const e of out) if (e.type !== 'RecordAppended' && e.type !== 'BatchCreated') events.push(e);
    return out;
  };
  return { sim, events, run, runUntil: (at: number) => run(Math.max(0, at - sim.now)) };
}

/** The coordinator's current assignment: client id → partition numbers of `orders`. */
export function assignmentOf(sim: SimState, group = 'g1'): Record<string, number[]> {
  const g = snapshot(sim).groups.find((x) => x.id === group)!;
  return Object.fromEntries(
    g.classic.coordinatorMembers.map((m) => [
      m.clientId,
      m.assignment.map((k) => Number(k.slice(k.lastIndexOf('-') + 1))).sort((a, b) => a - b),
    ]),
  );
}

/** Client ids as the reference names them: C0 = consumer-g1-1, C1 = consumer-g1-2 … */
export const C = (i: number, group = 'g1') => `consumer-${group}-${i + 1}`;

export function ofType<T extends SimEvent['type']>(events: SimEvent[], type: T) {
  return events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
}
