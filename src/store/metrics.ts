/**
 * Live metrics over simulated time: every SAMPLE_MS the cumulative counters of the snapshot are
 * differenced into rates for the charts. A bounded window keeps memory flat.
 */
import type { SimSnapshot } from '../engine';

export const SAMPLE_MS = 250;
export const WINDOW_SAMPLES = 160;

export interface MetricsSample {
  t: number;
  recordsPerSec: number;
  batchesPerSec: number;
  /** Average records per batch sent in this interval (null when no batch left). */
  recordsPerBatch: number | null;
  /** Average send()→ack latency of records acknowledged in this interval, in ms. */
  latencyMs: number | null;
  consumedPerSec: number;
  /** Summed --describe lag; null while no group has committed anything (lag is "-" there too). */
  totalLag: number | null;
  /** Lag per group and partition, keyed `group/topic-partition` (null while the group has committed nothing). */
  lag: Record<string, number | null>;
}

export interface Counters {
  t: number;
  acked: number;
  batches: number;
  recordsInBatches: number;
  latencySum: number;
  consumed: number;
}

export function countersOf(snap: SimSnapshot): Counters {
  let acked = 0;
  let batches = 0;
  let recordsInBatches = 0;
  let latencySum = 0;
  for (const p of snap.producers) {
    acked += p.stats.acked;
    batches += p.stats.batchesSent;
    recordsInBatches += p.stats.recordsInSentBatches;
    latencySum += p.stats.latencySum;
  }
  const consumed = snap.groups.reduce((n, g) => n + g.stats.consumed, 0);
  return { t: snap.now, acked, batches, recordsInBatches, latencySum, consumed };
}

export function sampleBetween(prev: Counters, next: Counters, snap: SimSnapshot): MetricsSample {
  const seconds = Math.max(1, next.t - prev.t) / 1000;
  const batches = next.batches - prev.batches;
  const acked = next.acked - prev.acked;
  return {
    t: next.t,
    recordsPerSec: acked / seconds,
    batchesPerSec: batches / seconds,
    recordsPerBatch: batches > 0 ? (next.recordsInBatches - prev.recordsInBatches) / batches : null,
    latencyMs: acked > 0 ? (next.latencySum - prev.latencySum) / acked : null,
    consumedPerSec: (next.consumed - prev.consumed) / seconds,
    totalLag: snap.groups.some((g) => g.partitions.some((p) => p.lag !== null))
      ? snap.groups.reduce((n, g) => n + g.stats.totalLag, 0)
      : null,
    lag: lagByPartition(snap),
  };
}

export const lagKey = (group: string, topic: string, partition: number) => `${group}/${topic}-${partition}`;

function lagByPartition(snap: SimSnapshot): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const g of snap.groups) for (const p of g.partitions) out[lagKey(g.id, p.topic, p.partition)] = p.lag;
  return out;
}
