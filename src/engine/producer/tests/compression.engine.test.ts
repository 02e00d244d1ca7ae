/**
 * compression.type per batch (kafka-behaviour.md §2.8). The expected orderings come from the lzbench
 * figures in the facebook/zstd README (Silesia): ratio zstd 2.896 > zlib 2.743 > lz4 2.101 > snappy 2.089,
 * compression speed lz4 675 > snappy 520 ≈ zstd 510 > zlib 105 MB/s.
 */
import { describe, expect, it } from 'vitest';
import { compressedBatchBytes, compressionCpuMicros, type Codec } from '../compression';
import { ofType, TestCluster } from '../../testing/TestCluster';

const CODECS: Codec[] = ['zstd', 'gzip', 'lz4', 'snappy', 'none'];

function wireRatio(codec: Codec, lingerMs: number, valueSerializer = 'JsonSerializer') {
  const { sim } = TestCluster.recording({
    partitions: 3,
    producer: {
      config: { 'compression.type': codec, 'linger.ms': lingerMs, 'value.serializer': valueSerializer },
      workload: { recordsPerSec: 1000, valueBytes: 200 },
    },
  }).advance(5000);
  const s = sim.producers[0]!.stats;
  return { ratio: s.bytesBeforeCompression / s.bytesAfterCompression, cpu: s.compressionCpuMicros, stats: s };
}

describe('compression.type at the producer', () => {
  it('orders codecs by ratio as the benchmark does: zstd > gzip > lz4 > snappy > none', () => {
    const ratios = CODECS.map((c) => wireRatio(c, 50).ratio);
    for (let i = 1; i < ratios.length; i++) expect(ratios[i - 1]).toBeGreaterThan(ratios[i]!);
    expect(ratios[ratios.length - 1]).toBe(1);
  });

  it('bigger batches compress better (linger.ms 200 vs 0)', () => {
    for (const codec of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
      expect(wireRatio(codec, 200).ratio).toBeGreaterThan(wireRatio(codec, 0).ratio * 1.3);
    }
  });

  it('a single small record barely compresses; a full 16 KiB batch of JSON compresses severalfold', () => {
    expect(compressedBatchBytes('zstd', 61 + 200, 1)).toBeGreaterThan(61 + 200 / 2);
    expect((16384 - 61) / (compressedBatchBytes('zstd', 16384, 1) - 61)).toBeGreaterThan(3);
  });

  it('random bytes (ByteArraySerializer here) do not compress', () => {
    expect(wireRatio('zstd', 50, 'ByteArraySerializer').ratio).toBeCloseTo(1, 5);
  });

  it('CPU per byte: gzip costliest, lz4 cheapest, none free', () => {
    const cpu = (c: Codec) => compressionCpuMicros(c, 16384);
    expect(cpu('none')).toBe(0);
    expect(cpu('gzip')).toBeGreaterThan(cpu('zstd'));
    expect(cpu('zstd')).toBeGreaterThanOrEqual(cpu('snappy'));
    expect(cpu('snappy')).toBeGreaterThan(cpu('lz4'));
  });

  it('batches on the wire are the compressed size; the log stores them as sent', () => {
    const { sim, events } = TestCluster.recording({
      partitions: 1,
      producer: { config: { 'compression.type': 'zstd', 'linger.ms': 100 } },
    }).advance(2000);
    const sent = ofType(events, 'BatchSent');
    const s = sim.producers[0]!.stats;
    expect(sent.reduce((n, b) => n + b.bytes, 0)).toBe(s.bytesAfterCompression);
    expect(s.bytesAfterCompression).toBeLessThan(s.bytesBeforeCompression);
    const tp = sim.topics[0]!.partitions[0]!;
    expect(tp.bytesAppended).toBeLessThanOrEqual(s.bytesAfterCompression);
  });
});
