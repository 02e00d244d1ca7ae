/** The producer parts of the read model that this issue adds: partitioner, lifecycle, compression, inspector. */
import type { ProducerLifecycle, ProducerState, RecordSample, SentBatchDetail } from './model/state';
import { compressedBatchBytes } from './producer/compression';
import type { PartitionerKind } from './producer/partitioning/types';
import { compressibility, valueSerializerOf } from './producer/recordContent';
import { configValue } from './config/typedConfig';

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
    recentSent: p.recentSent.flat().map((d) => ({ ...d, samples: d.samples.map((s) => ({ ...s })) })),
  };
}

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
