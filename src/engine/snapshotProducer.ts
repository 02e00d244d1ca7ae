/** The producer parts of the read model that this issue adds: partitioner, lifecycle, compression, inspector. */
import type { ProducerLifecycle, ProducerState, RecordSample, SentBatchDetail } from './model/state';
import type { AccumulatorBatchView } from './snapshot';
import { compressedBatchBytes } from './producer/compression';
import type { PartitionerKind } from './producer/partitioning/types';
import { compressibility, valueSerializerOf } from './producer/recordContent';
import { configValue } from './config/typedConfig';
import { cachedViews } from './core/viewCache';

export interface ProducerExtrasView {
  lifecycle: ProducerLifecycle;
  flushing: boolean;
  partitioner: { kind: PartitionerKind; stickyPartition: number | null };
  /** The last few batches sent per partition (flattened), for the record inspector. */
  recentSent: SentBatchDetail[];
}

export function producerExtrasView(p: ProducerState): ProducerExtrasView {
  const kind = p.partitionerConfig.kind;
  return {
    lifecycle: p.lifecycle,
    flushing: p.flushing,
    partitioner: {
      kind,
      stickyPartition:
        kind === 'builtin'
          ? p.partitioner.stickyPartition
          : kind === 'sticky-kip480'
            ? p.partitioner.kip480Partition
            : null,
    },
    recentSent: p.recentSent.flat().map(sentDetailView),
  };
}

/**
 * A sent batch's details as the inspector shows them: written once when the batch leaves, so each keeps
 * its view object (as the log's batches do, snapshotBatches.ts) and structural sharing stops at `===`
 * instead of comparing ~70 batches and their record samples every frame. Checked field by field all the
 * same, so a detail changed in place would get a fresh view.
 */
const sentDetailView = cachedViews(
  (d: SentBatchDetail): SentBatchDetail => ({ ...d, samples: d.samples.map((s) => ({ ...s })) }),
  (v, d) =>
    v.samples.length === d.samples.length &&
    v.batch === d.batch &&
    v.partition === d.partition &&
    v.baseSequence === d.baseSequence &&
    v.count === d.count &&
    v.uncompressedBytes === d.uncompressedBytes &&
    v.bytes === d.bytes &&
    v.codec === d.codec &&
    v.cpuMicros === d.cpuMicros,
);

/** Inspector fields of an open batch: its sampled records and what it would weigh on the wire if sent now. */
export function openBatchExtras(
  p: ProducerState,
  batch: { bytes: number; samples: RecordSample[] },
): { samples: RecordSample[]; estimatedWireBytes: number } {
  const codec = configValue(p.config, 'compression.type') ?? 'none';
  return {
    samples: batch.samples.map((s) => ({ ...s })),
    estimatedWireBytes: compressedBatchBytes(
      codec,
      batch.bytes,
      compressibility(valueSerializerOf(p.config)),
    ),
  };
}

/** The batches open in a producer's accumulator, oldest first per partition (snapshot and live view). */
export function accumulatorBatchViews(p: ProducerState): AccumulatorBatchView[] {
  const linger = configValue(p.config, 'linger.ms');
  return p.deques.flat().map((b) => ({
    id: b.id,
    partition: b.partition,
    count: b.count,
    bytes: b.bytes,
    writeLimit: b.writeLimit,
    createdAt: b.createdAt,
    lingerDeadline: b.createdAt + linger,
    full: b.full,
    baseSequence: b.baseSequence,
    retryAttempts: b.retry?.attempts ?? 0,
    ...openBatchExtras(p, b),
  }));
}
