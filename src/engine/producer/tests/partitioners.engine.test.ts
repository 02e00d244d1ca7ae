/**
 * The real partitioners inside the engine's accumulator (kafka-behaviour.md §2.4). Expected values come
 * from Kafka's documented behaviour and the v2 record format, not from the engine: a 100-byte unkeyed
 * record takes about 108–110 bytes in a batch, so batch.size=16384 holds about 150 of them.
 */
import { describe, expect, it } from 'vitest';
import { partitionerReadyPass, placeRecord } from '../partitionChoice';
import { TestCluster } from '../../testing/TestCluster';
import { logEnds, partitionSequence, runsOf } from '../../testing/records';

const MIN_PER_16K = Math.floor(16384 / 112);
const MAX_PER_16K = Math.ceil(16384 / 106) + 1;

/** Records per partition, counted where send() put them. */
function appendedPerPartition(events: Parameters<typeof partitionSequence>[0], partitions: number): number[] {
  const counts = new Array<number>(partitions).fill(0);
  for (const p of partitionSequence(events)) counts[p]!++;
  return counts;
}

describe('built-in sticky partitioner (KIP-794, Kafka 3.3+/4.0)', () => {
  it('stays on one partition until batch.size bytes went there, then moves on', () => {
    // linger.ms=5 at 1000 records/s: batches leave every 5 ms, so the switch is never deferred.
    const { events } = TestCluster.recording({
      partitions: 6,
      producer: { config: { 'linger.ms': 5 }, workload: { recordsPerSec: 1000 } },
    }).advance(3000);
    const runs = runsOf(partitionSequence(events));
    expect(runs.length).toBeGreaterThan(10);
    // The produced bytes include each new batch's 61-byte header: ~5 records per batch ⇒ ~120 B per record.
    // A switch that falls while the partition's last batch is still open waits for it (at most 2 × batch.size).
    const lengths = runs.slice(0, -1).map(([, length]) => length);
    for (const length of lengths) {
      expect(length).toBeGreaterThanOrEqual(Math.floor(16384 / 125));
      expect(length).toBeLessThanOrEqual(2 * MAX_PER_16K);
    }
    expect(lengths.filter((n) => n <= MAX_PER_16K).length).toBeGreaterThan(lengths.length / 2);
  });

  it('with a long linger.ms defers the switch to the batch boundary: between 1× and 2× batch.size', () => {
    const { events } = TestCluster.recording({
      partitions: 6,
      producer: { config: { 'linger.ms': 1000 }, workload: { recordsPerSec: 1000 } },
    }).advance(3000);
    const runs = runsOf(partitionSequence(events));
    for (const [, length] of runs.slice(0, -1)) {
      expect(length).toBeGreaterThan(MAX_PER_16K);
      expect(length).toBeLessThanOrEqual(2 * MAX_PER_16K);
    }
  });

  it('ends up spreading unkeyed records over every partition', () => {
    const { sim } = TestCluster.recording({
      partitions: 4,
      producer: { config: { 'linger.ms': 5 }, workload: { recordsPerSec: 2000 } },
    }).advance(20000);
    const ends = logEnds(sim);
    for (const n of ends) expect(n).toBeGreaterThan(0.1 * 40000);
  });

  it('adaptive partitioning picks partitions with long queues less often (weight = max + 1 − queue)', () => {
    const sim = TestCluster.from({ partitions: 4, producer: { config: { 'linger.ms': 60000 } } }).sim;
    const p = sim.producers[0]!;
    // Queue lengths 9, 1, 1, 1 ⇒ Java's weights 1, 9, 9, 9: partition 0 gets 1/28 of the switches.
    const fake = (partition: number) => ({
      id: -1,
      partition,
      createdAt: 0,
      count: 1,
      bytes: 100,
      capacity: 0,
      writeLimit: 16384,
      baseSequence: 0,
      sumAppendAt: 0,
      full: true,
      samples: [],
    });
    p.deques = [Array.from({ length: 9 }, () => fake(0)), [fake(1)], [fake(2)], [fake(3)]];
    partitionerReadyPass(sim, p);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 28000; i++) {
      // Force a switch: the sticky partition has had 2 × batch.size bytes.
      p.partitioner.stickyPartition = null;
      placeRecord({ sim, out: [] }, p, null, 1, { key: null, recordNo: i });
      counts[p.partitioner.stickyPartition ?? 0]!++;
      for (const d of p.deques) while (d.length > (d[0]?.partition === 0 ? 9 : 1)) d.pop();
    }
    expect(counts[0]! / 28000).toBeCloseTo(1 / 28, 1);
    for (const n of counts.slice(1)) expect(n / 28000).toBeCloseTo(9 / 28, 1);
  });
});

describe('partitioner.availability.timeout.ms', () => {
  it('leaves out partitions whose broker had data ready but could not take it for longer than the timeout', () => {
    const sim = TestCluster.from({
      partitions: 4,
      brokers: 2,
      producer: { config: { 'partitioner.availability.timeout.ms': 1000, 'linger.ms': 60000 } },
    }).sim;
    const p = sim.producers[0]!;
    // Partitions 0 and 2 are led by broker 0, which has been unable to drain for 5 s; broker 1 is fine.
    p.nodeReadyAt = [6000, 6000];
    p.nodeDrainAt = [1000, 6000];
    p.deques = [[], [], [], []].map((d, partition) => [
      {
        id: -1,
        partition,
        createdAt: 0,
        count: 1,
        bytes: 100,
        capacity: 0,
        writeLimit: 16384,
        baseSequence: 0,
        sumAppendAt: 0,
        full: true,
        samples: [],
      },
    ]);
    partitionerReadyPass(sim, p);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      p.partitioner.stickyPartition = null;
      placeRecord({ sim, out: [] }, p, null, 1, { key: null, recordNo: i });
      seen.add(p.partitioner.stickyPartition!);
      for (const d of p.deques) d.length = 1;
    }
    expect([...seen].sort()).toEqual([1, 3]);
  });
});

describe('older and opt-in partitioners', () => {
  it('Kafka ≤ 2.3: unkeyed records round-robin, one record per partition in turn', () => {
    const { events } = TestCluster.recording({
      kafkaVersion: '2.3',
      partitions: 3,
      producer: { workload: { recordsPerSec: 200 } },
    }).advance(1000);
    const seq = partitionSequence(events);
    for (let i = 1; i < seq.length; i++) expect(seq[i]).toBe((seq[i - 1]! + 1) % 3);
  });

  it('Kafka 2.4–3.2 (KIP-480): switches to a different partition exactly when a new batch is needed', () => {
    const { events } = TestCluster.recording({
      kafkaVersion: '3.2',
      partitions: 6,
      producer: { config: { 'linger.ms': 1000 }, workload: { recordsPerSec: 1000 } },
    }).advance(3000);
    const runs = runsOf(partitionSequence(events));
    // A full batch closes ⇒ onNewBatch ⇒ another partition. With one broker, the sender then drains the
    // new partition's one-record batch along with the full one (batches ride along, as in Java's drain),
    // so the next record needs a new batch again: one-record runs between the full ones.
    const full = runs.slice(0, -1).filter(([, length]) => length > 1);
    expect(full.length).toBeGreaterThan(10);
    for (const [, length] of full) {
      expect(length).toBeGreaterThanOrEqual(MIN_PER_16K);
      expect(length).toBeLessThanOrEqual(MAX_PER_16K);
    }
    for (let i = 1; i < runs.length; i++) expect(runs[i]![0]).not.toBe(runs[i - 1]![0]);
  });

  it('RoundRobinPartitioner (4.0) cycles every record over all partitions, keyed or not', () => {
    const { events } = TestCluster.recording({
      partitions: 4,
      producer: {
        config: { 'partitioner.class': 'RoundRobinPartitioner', 'linger.ms': 0 },
        workload: { recordsPerSec: 200, keys: { type: 'list', values: ['user-1'] } },
      },
    }).advance(2000);
    const seq = partitionSequence(events);
    for (let i = 1; i < seq.length; i++) expect(seq[i]).toBe((seq[i - 1]! + 1) % 4);
    expect(appendedPerPartition(events, 4)).toEqual([100, 100, 100, 100]);
  });

  it('KAFKA-9965: the pre-fix RoundRobinPartitioner skips every other partition of an even count', () => {
    // linger.ms=0 and a fast broker: every record opens a new batch, so partition() runs twice per record.
    const { events } = TestCluster.recording({
      partitions: 4,
      producer: {
        config: {
          'partitioner.class': 'RoundRobinPartitioner',
          'kafkascope.kafka9965.bug': true,
          'linger.ms': 0,
        },
      },
    }).advance(2000);
    const counts = appendedPerPartition(events, 4);
    expect(counts.filter((n) => n === 0)).toHaveLength(2);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200);
  });

  it('kafka-python DefaultPartitioner: unkeyed records land on random partitions, keys as Java', () => {
    const { events } = TestCluster.recording({
      partitions: 3,
      producer: {
        config: { 'kafkascope.client': 'kafka-python', 'linger.ms': 5 },
        workload: { recordsPerSec: 1000 },
      },
    }).advance(3000);
    const runs = runsOf(partitionSequence(events));
    // Random per record: runs are short (mean 1.5 for 3 partitions), never sticky-long.
    expect(Math.max(...runs.map(([, n]) => n))).toBeLessThan(20);
    const keyed = TestCluster.recording({
      partitions: 3,
      producer: {
        config: { 'kafkascope.client': 'kafka-python' },
        workload: { keys: { type: 'list', values: ['user-1', 'user-2', 'user-3'] } },
      },
    }).advance(1000);
    // user-1..3 all hash to partition 2 of 3 (kafka-behaviour.md §2.4 vectors).
    expect(appendedPerPartition(keyed.events, 3)).toEqual([0, 0, 100]);
  });

  it('partitioner.ignore.keys=true makes keyed records sticky like unkeyed ones', () => {
    const { sim } = TestCluster.recording({
      partitions: 3,
      producer: {
        config: { 'partitioner.ignore.keys': true, 'linger.ms': 5 },
        workload: { recordsPerSec: 2000, keys: { type: 'list', values: ['user-1', 'user-2', 'user-3'] } },
      },
    }).advance(10000);
    expect(logEnds(sim).filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});
