/** Readers for record placement, over a run's events (kept with `keepRecordEvents`) or its logs. */
import type { SimEvent } from '../events/types';
import type { SimState } from '../model/state';

/** The partition of every record in append order (RecordAppended is aggregated per partition per burst). */
export function partitionSequence(events: readonly SimEvent[]): number[] {
  const seq: number[] = [];
  for (const e of events)
    if (e.type === 'RecordAppended') for (let i = 0; i < e.count; i++) seq.push(e.partition);
  return seq;
}

/** Consecutive runs of the same partition: [partition, length]. */
export function runsOf(seq: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of seq) {
    const last = runs[runs.length - 1];
    if (last && last[0] === p) last[1]++;
    else runs.push([p, 1]);
  }
  return runs;
}

/** Records per partition in the logs of the first topic. */
export function logEnds(sim: SimState): number[] {
  return sim.topics[0]!.partitions.map((tp) => tp.logEndOffset);
}
