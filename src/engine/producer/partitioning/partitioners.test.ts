import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/prng';
import fixture from './fixtures/murmur2-vectors.json';
import { createFakeAccumulator, send, sendUnkeyed } from '../../testing/fakeAccumulator';
import {
  abortsOnNewBatch,
  choosePartition,
  createPartitionerState,
  defaultPartitionerConfig,
  onNewBatch,
  unkeyedStrategyForVersion,
  type PartitionerConfig,
  type PartitionerKind,
} from './partitioners';

// Expected sequences are worked out by hand from the Java sources (RoundRobinPartitioner, 2.3 and 3.2
// DefaultPartitioner, StickyPartitionCache, KafkaProducer.doSend) and kafka-python's DefaultPartitioner.
const config = (kind: PartitionerKind, over: Partial<PartitionerConfig> = {}): PartitionerConfig => ({
  kind,
  batchSize: 100,
  adaptive: true,
  availabilityTimeoutMs: 0,
  ignoreKeys: false,
  kafka9965Bug: false,
  ...over,
});

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const keyedVectors = (fixture.vectors as { key?: string; partitions?: Record<string, number> }[]).filter(
  (v) => v.key !== undefined && v.partitions !== undefined,
);

describe('round-robin (RoundRobinPartitioner)', () => {
  it('cycles over every partition, one record each (Kafka 4.0 behaviour)', () => {
    // batch.size 100 and 100-byte records: every record needs a new batch.
    const acc = createFakeAccumulator(config('round-robin'), 4, 1);
    expect(sendUnkeyed(acc, 8, 100)).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
  });

  it('ignores keys', () => {
    const acc = createFakeAccumulator(config('round-robin'), 3, 1);
    const placed = Array.from({ length: 6 }, () => send(acc, { keyBytes: utf8('user-1') }, 10));
    expect(placed).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('skips partitions without a leader', () => {
    const acc = createFakeAccumulator(config('round-robin'), 4, 1, [true, false, true, true]);
    expect(sendUnkeyed(acc, 6, 100)).toEqual([0, 2, 3, 0, 2, 3]);
  });

  it('KAFKA-9965: with 4 partitions and a new batch every record, only 1 and 3 get data', () => {
    const acc = createFakeAccumulator(config('round-robin', { kafka9965Bug: true }), 4, 1);
    // Counter 0 → p0 needs a batch → abort, partition() again → counter 1 → p1; then 2 → 3, 4 → 5 …
    expect(sendUnkeyed(acc, 8, 100)).toEqual([1, 3, 1, 3, 1, 3, 1, 3]);
  });

  it('KAFKA-9965: still only odd partitions when batches have room (p0 and p2 never get a batch)', () => {
    const acc = createFakeAccumulator(config('round-robin', { kafka9965Bug: true, batchSize: 1000 }), 4, 1);
    expect(sendUnkeyed(acc, 8, 100)).toEqual([1, 3, 1, 3, 1, 3, 1, 3]);
  });

  it('KAFKA-9965 with an odd count skips one step each time but still reaches every partition', () => {
    const acc = createFakeAccumulator(config('round-robin', { kafka9965Bug: true }), 3, 1);
    expect(sendUnkeyed(acc, 6, 100)).toEqual([1, 0, 2, 1, 0, 2]);
  });

  it('only the buggy round robin and KIP-480 abort on a new batch', () => {
    expect(abortsOnNewBatch(config('round-robin', { kafka9965Bug: true }))).toBe(true);
    expect(abortsOnNewBatch(config('sticky-kip480'))).toBe(true);
    for (const kind of ['round-robin', 'builtin', 'legacy-round-robin', 'kafka-python-default'] as const) {
      expect(abortsOnNewBatch(config(kind))).toBe(false);
    }
  });
});

describe('sticky-kip480 (2.4–3.2 DefaultPartitioner)', () => {
  it('switches to a different partition on every new batch', () => {
    // batch.size 300, 100-byte records: 3 records per batch, then a new batch → a new partition.
    const acc = createFakeAccumulator(config('sticky-kip480', { batchSize: 300 }), 4, 5);
    const placed = sendUnkeyed(acc, 30, 100);
    for (let i = 0; i < placed.length; i++) {
      if (i % 3 !== 0) expect(placed[i]).toBe(placed[i - 1]);
      else if (i > 0) expect(placed[i]).not.toBe(placed[i - 1]);
    }
    expect(new Set(placed).size).toBeGreaterThan(1);
  });

  it('alternates between two partitions', () => {
    const acc = createFakeAccumulator(config('sticky-kip480'), 2, 6);
    const placed = sendUnkeyed(acc, 6, 100);
    const first = placed[0]!;
    expect(placed).toEqual([first, 1 - first, first, 1 - first, first, 1 - first]);
  });

  it('onNewBatch only moves the sticky partition when the new batch is on it', () => {
    const cfg = config('sticky-kip480');
    const view = { numPartitions: 4, available: [true, true, true, true], allBatchesFull: [] };
    const state = { ...createPartitionerState(), kip480Partition: 2 };
    const rng = createRng(9);
    onNewBatch(state, cfg, view, 1, rng);
    expect(state.kip480Partition).toBe(2);
    onNewBatch(state, cfg, view, 2, rng);
    expect(state.kip480Partition).not.toBe(2);
  });

  it('a keyed record opening a new batch on the sticky partition moves it too', () => {
    const acc = createFakeAccumulator(config('sticky-kip480', { batchSize: 300 }), 3, 7);
    const sticky = send(acc, { keyBytes: null }, 100);
    const key = keyedVectors.find((v) => v.partitions!['3'] === sticky)!.key!;
    expect(send(acc, { keyBytes: utf8(key) }, 300)).toBe(sticky); // does not fit: new batch on `sticky`
    expect(acc.state.kip480Partition).not.toBe(sticky);
  });

  it('stays on the only available partition', () => {
    const acc = createFakeAccumulator(config('sticky-kip480'), 3, 8, [false, true, false]);
    expect(sendUnkeyed(acc, 5, 100)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('legacy-round-robin (≤ 2.3 DefaultPartitioner)', () => {
  it('cycles over available partitions from a random starting point', () => {
    const acc = createFakeAccumulator(config('legacy-round-robin'), 4, 10, [true, true, false, true]);
    const placed = sendUnkeyed(acc, 9, 100);
    const cycle = [0, 1, 3];
    const start = cycle.indexOf(placed[0]!);
    expect(placed).toEqual(Array.from({ length: 9 }, (_, i) => cycle[(start + i) % 3]));
  });

  it('hashes keyed records', () => {
    const acc = createFakeAccumulator(config('legacy-round-robin'), 3, 10);
    expect(send(acc, { keyBytes: utf8('user-1') }, 10)).toBe(2); // §2.4 table
  });
});

describe('kafka-python-default', () => {
  it('places unkeyed records at random, record by record (no stickiness)', () => {
    const acc = createFakeAccumulator(config('kafka-python-default', { batchSize: 16384 }), 3, 12);
    const placed = sendUnkeyed(acc, 6000, 100);
    const counts = [0, 1, 2].map((p) => placed.filter((x) => x === p).length);
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(200);
    const changes = placed.filter((p, i) => i > 0 && p !== placed[i - 1]).length;
    expect(changes).toBeGreaterThan(3600); // about 2/3 of 5999 for a fresh draw each time
  });

  it('skips unavailable partitions, and uses all when none is available', () => {
    const some = createFakeAccumulator(config('kafka-python-default'), 4, 13, [false, true, false, true]);
    expect(new Set(sendUnkeyed(some, 200, 10))).toEqual(new Set([1, 3]));
    const none = createFakeAccumulator(config('kafka-python-default'), 3, 13, [false, false, false]);
    expect(new Set(sendUnkeyed(none, 200, 10))).toEqual(new Set([0, 1, 2]));
  });

  it('places keyed records exactly where Java does (fixture partitions from kafka-python)', () => {
    const view = { numPartitions: 1, available: [], allBatchesFull: [] };
    for (const v of keyedVectors) {
      for (const [n, expected] of Object.entries(v.partitions!)) {
        const record = { keyBytes: utf8(v.key!) };
        const sized = { ...view, numPartitions: Number(n) };
        const python = choosePartition(
          createPartitionerState(),
          config('kafka-python-default'),
          sized,
          record,
          createRng(1),
        );
        const java = choosePartition(
          createPartitionerState(),
          config('builtin'),
          sized,
          record,
          createRng(1),
        );
        expect(python.partition).toBe(expected);
        expect(java.partition).toBe(expected);
      }
    }
  });
});

describe('version profiles', () => {
  it('maps Java client versions to their default unkeyed strategy', () => {
    expect(unkeyedStrategyForVersion('2.3')).toBe('legacy-round-robin');
    expect(unkeyedStrategyForVersion('3.2')).toBe('sticky-kip480');
    expect(unkeyedStrategyForVersion('3.x')).toBe('builtin');
    expect(unkeyedStrategyForVersion('4.0')).toBe('builtin');
  });

  it("uses Kafka's defaults (batch.size 16384, adaptive on, availability timeout 0, keys not ignored)", () => {
    expect(defaultPartitionerConfig('4.0')).toEqual({
      kind: 'builtin',
      batchSize: 16384,
      adaptive: true,
      availabilityTimeoutMs: 0,
      ignoreKeys: false,
      kafka9965Bug: false,
    });
    expect(defaultPartitionerConfig('3.2').kafka9965Bug).toBe(true);
  });

  it('rejects a topic without partitions', () => {
    const view = { numPartitions: 0, available: [], allBatchesFull: [] };
    expect(() =>
      choosePartition(createPartitionerState(), config('builtin'), view, { keyBytes: null }, createRng(1)),
    ).toThrow(RangeError);
  });
});
