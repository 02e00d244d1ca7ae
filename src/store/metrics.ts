/**
 * Live metrics over simulated time: every SAMPLE_MS the cumulative counters (the engine's
 * `metricReadings`, or a snapshot, which has the same fields) are differenced into rates for the
 * charts. A bounded window keeps memory flat.
 */
import type { MetricReadings } from '../engine';

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
  /** compression.type at work per producer id: wire bytes/s, before/after ratio, compression CPU ms/s. */
  compression: Record<string, CompressionSample>;
}

export interface CompressionSample {
  wireBytesPerSec: number;
  /** Bytes before ÷ bytes on the wire in this interval (null when nothing was sent). */
  ratio: number | null;
  cpuMsPerSec: number;
}

export interface Counters {
  t: number;
  acked: number;
  batches: number;
  recordsInBatches: number;
  latencySum: number;
  consumed: number;
  /** Per producer id: cumulative bytes before and after compression, and compression CPU (µs). */
  compression: Record<string, { before: number; after: number; cpuUs: number }>;
}

export function countersOf(snap: MetricReadings): Counters {
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
  const compression: Counters['compression'] = {};
  for (const p of snap.producers)
    compression[p.id] = {
      before: p.stats.bytesBeforeCompression,
      after: p.stats.bytesAfterCompression,
      cpuUs: p.stats.compressionCpuMicros,
    };
  return { t: snap.now, acked, batches, recordsInBatches, latencySum, consumed, compression };
}

export function sampleBetween(prev: Counters, next: Counters, snap: MetricReadings): MetricsSample {
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
    compression: compressionBetween(prev, next, seconds),
  };
}

function compressionBetween(
  prev: Counters,
  next: Counters,
  seconds: number,
): Record<string, CompressionSample> {
  const out: Record<string, CompressionSample> = {};
  for (const [id, now] of Object.entries(next.compression)) {
    const was = prev.compression[id] ?? { before: 0, after: 0, cpuUs: 0 };
    const before = now.before - was.before;
    const after = now.after - was.after;
    out[id] = {
      wireBytesPerSec: after / seconds,
      ratio: after > 0 ? before / after : null,
      cpuMsPerSec: (now.cpuUs - was.cpuUs) / 1000 / seconds,
    };
  }
  return out;
}

export const lagKey = (group: string, topic: string, partition: number) => `${group}/${topic}-${partition}`;

function lagByPartition(snap: MetricReadings): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const g of snap.groups) for (const p of g.partitions) out[lagKey(g.id, p.topic, p.partition)] = p.lag;
  return out;
}
