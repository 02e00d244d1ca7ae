/**
 * compression.type at the producer (kafka-behaviour.md §2.8): each batch's records section is compressed
 * when the batch leaves; the 61-byte batch header stays uncompressed. The ratio grows with the bytes in
 * the batch (a codec finds more repetition in more data) and with how repetitive the payload is; the CPU
 * cost is per uncompressed byte. The constants are illustrative, derived in docs/compression.md from
 * lzbench figures on the Silesia corpus (facebook/zstd README).
 */
import type { OpenBatch, ProducerState, SentBatchDetail } from '../model/state';
import { compressibility, valueSerializerOf } from './recordContent';
import { RECORD_BATCH_OVERHEAD } from './recordSize';
import { configValue } from '../config/typedConfig';

export type Codec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

/** Per codec: best ratio on repetitive JSON-like text, and compression CPU in nanoseconds per input byte. */
export const CODECS: Record<Codec, { ratio: number; nsPerByte: number }> = {
  none: { ratio: 1, nsPerByte: 0 },
  gzip: { ratio: 4.0, nsPerByte: 19.2 },
  snappy: { ratio: 2.5, nsPerByte: 1.92 },
  lz4: { ratio: 2.6, nsPerByte: 1.54 },
  zstd: { ratio: 4.2, nsPerByte: 2.5 },
};

/** Record bytes at which a codec reaches half of its best ratio: tiny batches barely compress. */
export const HALF_RATIO_BYTES = 1024;

/** Compression ratio for `recordBytes` of records whose payload has the given compressibility (0…1). */
export function compressionRatio(codec: Codec, recordBytes: number, payloadCompressibility: number): number {
  const best = CODECS[codec].ratio;
  const warmUp = recordBytes / (recordBytes + HALF_RATIO_BYTES);
  return 1 + (best - 1) * payloadCompressibility * warmUp;
}

/** Size of the batch on the wire: uncompressed header + compressed records. */
export function compressedBatchBytes(
  codec: Codec,
  batchBytes: number,
  payloadCompressibility: number,
): number {
  const records = Math.max(0, batchBytes - RECORD_BATCH_OVERHEAD);
  if (codec === 'none' || records === 0) return batchBytes;
  const ratio = compressionRatio(codec, records, payloadCompressibility);
  return RECORD_BATCH_OVERHEAD + Math.ceil(records / ratio);
}

/** CPU time (µs) the producer's I/O thread spends compressing `batchBytes`. */
export function compressionCpuMicros(codec: Codec, batchBytes: number): number {
  return (Math.max(0, batchBytes - RECORD_BATCH_OVERHEAD) * CODECS[codec].nsPerByte) / 1000;
}

/** How many sent batches per partition the record inspector can still look at. */
export const DETAILS_PER_PARTITION = 6;

/**
 * Compresses a batch as it leaves the accumulator: returns its wire size, and records the before/after
 * bytes, the CPU, and a small inspector entry.
 */
export function compressForWire(
  p: ProducerState,
  batch: OpenBatch,
): { bytes: number; uncompressedBytes: number } {
  const codec = configValue(p.config, 'compression.type') ?? 'none';
  const bytes = compressedBatchBytes(codec, batch.bytes, compressibility(valueSerializerOf(p.config)));
  const cpuMicros = compressionCpuMicros(codec, batch.bytes);
  p.stats.bytesBeforeCompression += batch.bytes;
  p.stats.bytesAfterCompression += bytes;
  p.stats.compressionCpuMicros += cpuMicros;
  const detail: SentBatchDetail = {
    batch: batch.id,
    partition: batch.partition,
    baseSequence: batch.baseSequence,
    count: batch.count,
    uncompressedBytes: batch.bytes,
    bytes,
    codec,
    cpuMicros,
    samples: batch.samples,
  };
  const recent = p.recentSent[batch.partition];
  if (recent) {
    recent.push(detail);
    if (recent.length > DETAILS_PER_PARTITION) recent.shift();
  }
  return { bytes, uncompressedBytes: batch.bytes };
}
