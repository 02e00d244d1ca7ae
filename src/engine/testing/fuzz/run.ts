/**
 * Runs one fuzz scenario and checks every invariant (src/engine/invariants) after every step. The run stops
 * at each timeline action and every `stepMs`, so the conditions of each promise are seen exactly; a second
 * run of the same scenario in other time slices must give a byte-identical report.
 */
import { ActionError } from '../../actions/apply';
import { advance, createSimulation } from '../../simulation';
import { buildReport } from '../../report';
import type { SimEvent } from '../../events/types';
import type { Scenario } from '../../model/scenario';
import type { SimState } from '../../model/state';
import { checkFinite, createInvariantMonitor, type Violation } from '../../invariants';

export interface FuzzOutcome {
  violations: Violation[];
  /** Timeline actions the engine refused with an ActionError (allowed: the state is unchanged). */
  refused: number;
  report: string;
}

/** Advances to an absolute time, treating a refused timeline action as harmless and anything else as a finding. */
function advanceTo(sim: SimState, target: number, events: SimEvent[], outcome: FuzzOutcome): boolean {
  while (sim.now < target) {
    try {
      events.push(...advance(sim, target - sim.now));
    } catch (e) {
      if (e instanceof ActionError) {
        outcome.refused++;
        continue;
      }
      const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      outcome.violations.push({
        invariant: 'exceptionEscaped',
        at: sim.now,
        detail: error.split('\n').slice(0, 4).join(' | '),
      });
      return false;
    }
  }
  return true;
}

function stops(scenario: Scenario, stepMs: number): number[] {
  const at = new Set<number>([scenario.durationMs]);
  for (let t = stepMs; t < scenario.durationMs; t += stepMs) at.add(t);
  for (const e of scenario.timeline) at.add(e.atMs);
  return [...at].sort((a, b) => a - b);
}

/** The checked run: invariants after every stop. */
export function runChecked(scenario: Scenario, stepMs = 500): FuzzOutcome {
  const outcome: FuzzOutcome = { violations: [], refused: 0, report: '' };
  const sim = createSimulation(scenario);
  const monitor = createInvariantMonitor(sim);
  for (const t of stops(scenario, stepMs)) {
    const events: SimEvent[] = [];
    if (!advanceTo(sim, t, events, outcome)) return outcome;
    // The read model is walked for NaN/Infinity at the end only: it costs as much as the step itself.
    outcome.violations.push(...monitor.observe(events, t === scenario.durationMs));
    if (outcome.violations.length > 0) return outcome;
  }
  const report = buildReport(sim);
  outcome.violations.push(...checkFinite('report', report, sim.now));
  outcome.report = JSON.stringify(report);
  return outcome;
}

/** The same scenario in the given slice lengths (cycled), for the determinism check; returns the report. */
export function runSliced(scenario: Scenario, slices: readonly number[]): string {
  const outcome: FuzzOutcome = { violations: [], refused: 0, report: '' };
  const sim = createSimulation(scenario);
  let i = 0;
  while (sim.now < scenario.durationMs) {
    const target = Math.min(scenario.durationMs, sim.now + Math.max(1, slices[i++ % slices.length]!));
    if (!advanceTo(sim, target, [], outcome)) return `exception: ${outcome.violations[0]!.detail}`;
  }
  return JSON.stringify(buildReport(sim));
}

/** Both runs and the comparison: every violation found for this scenario. */
export function fuzzOne(scenario: Scenario, slices: readonly number[]): FuzzOutcome {
  let outcome: FuzzOutcome;
  try {
    outcome = runChecked(scenario);
  } catch (e) {
    const detail =
      e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e);
    return { violations: [{ invariant: 'exceptionEscaped', at: -1, detail }], refused: 0, report: '' };
  }
  if (outcome.violations.length > 0) return outcome;
  const again = runSliced(scenario, slices);
  if (again !== outcome.report)
    outcome.violations.push({
      invariant: 'reportDependsOnSlicing',
      at: scenario.durationMs,
      detail: `slices ${JSON.stringify(slices)} gave a different report`,
    });
  return outcome;
}
