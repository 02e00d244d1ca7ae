/**
 * Checks every timeline action against the engine's own rules when a scenario is loaded, so a file or
 * link never holds an action the run would refuse (an unknown member, fewer partitions than the topic
 * already has, a producer config Kafka refuses …). The actions are applied in time order to a fresh
 * simulation that never advances: members added earlier in the timeline exist for later actions, and
 * each check is the one `apply` makes at run time (one source of truth). A refused action leaves the
 * state unchanged, so the following ones are still checked.
 */
import { ActionError, apply, createSimulation, type Action, type Scenario } from '../engine';

export function timelineDryRunErrors(s: Scenario): string[] {
  if (s.timeline.length === 0) return [];
  const errors: string[] = [];
  const sim = createSimulation({ ...s, timeline: [] });
  const inTimeOrder = s.timeline.map((a, i) => ({ a, i })).sort((x, y) => x.a.atMs - y.a.atMs || x.i - y.i);
  for (const { a, i } of inTimeOrder) {
    // fastForward moves the clock; its range is the schema's business, and skipping it keeps this quick.
    if (a.action === 'fastForward') continue;
    const { atMs: _atMs, ...action } = a;
    try {
      apply(sim, action as Action);
    } catch (e) {
      const message = e instanceof ActionError ? e.message : `cannot be applied (${String(e)})`;
      errors.push(`timeline[${i}] (${a.action} at ${a.atMs} ms): ${message}`);
    }
  }
  return errors;
}
