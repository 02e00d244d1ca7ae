/** Test helpers: run a test scenario and read what happened from its events. */
import type { createSimulation } from '../../index';
import type { SimEvent } from '../../events/types';
import type { TestScenarioOptions } from '../../testing/scenarios';
import { TestCluster } from '../../testing/TestCluster';

export { ofType } from '../../testing/TestCluster';

/** Runs the scenario for `ms`; `events` are all of them, record-level ones included (TestCluster). */
export function run(options: TestScenarioOptions, ms: number) {
  const c = TestCluster.from(options, { keepRecordEvents: true }).advance(ms);
  return { sim: c.sim, events: c.last };
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
