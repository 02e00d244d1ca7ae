/** Test helpers: run a test scenario and read what happened from its events. */
import { advance, createSimulation } from '../../index';
import type { SimEvent } from '../../events/types';
import { testScenario, type TestScenarioOptions } from '../../testing/scenarios';

export function run(options: TestScenarioOptions, ms: number) {
  const sim = createSimulation(testScenario(options));
  const events = advance(sim, ms);
  return { sim, events };
}

/** The partition of every record in append order (RecordAppended is aggregated per partition per burst). */
export function partitionSequence(events: SimEvent[]): number[] {
  const seq: number[] = [];
  for (const e of events)
    if (e.type === 'RecordAppended') for (let i = 0; i < e.count; i++) seq.push(e.partition);
  return seq;
}

/** Consecutive runs of the same partition: [partition, length]. */
export function runsOf(seq: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of seq) {
    const last = runs[runs.length - 1];
    if (last && last[0] === p) last[1]++;
    else runs.push([p, 1]);
  }
  return runs;
}

/** Records per partition in the logs. */
export function logEnds(sim: ReturnType<typeof createSimulation>): number[] {
  return sim.topics[0]!.partitions.map((tp) => tp.logEndOffset);
}

export function ofType<T extends SimEvent['type']>(events: SimEvent[], type: T) {
  return events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
}
