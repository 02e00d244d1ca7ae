/**
 * The cumulative figures the live charts turn into rates, read straight from the state. A chart sample
 * is due every 250 simulated ms; building a whole snapshot for it cost a frame its budget at 1× (one
 * frame in fifteen), so this reads only the counters and the lag, with the snapshot's own definitions.
 * The shape is a subset of `SimSnapshot`'s, so a snapshot can stand in wherever readings are expected.
 */
import type { SimState } from './model/state';
import type { ProducerStats } from './model/producerState';
import { committedOffset, describedLag, totalLagOf } from './snapshotGroups';

export interface MetricReadings {
  now: number;
  producers: { id: string; stats: ProducerStats }[];
  groups: {
    id: string;
    stats: { consumed: number; totalLag: number };
    partitions: { topic: string; partition: number; lag: number | null }[];
  }[];
}

export function metricReadings(sim: SimState): MetricReadings {
  return {
    now: sim.now,
    producers: sim.producers.map((p) => ({ id: p.id, stats: p.stats })),
    groups: sim.groups.map((g) => {
      const partitions = sim.topics
        .filter((t) => g.topics.includes(t.name))
        .flatMap((t) =>
          t.partitions.map((tp) => ({
            topic: tp.topic,
            partition: tp.partition,
            lag: describedLag(committedOffset(g, tp.topic, tp.partition), tp.highWatermark),
          })),
        );
      return {
        id: g.id,
        stats: { consumed: g.stats.consumed, totalLag: totalLagOf(partitions) },
        partitions,
      };
    }),
  };
}
