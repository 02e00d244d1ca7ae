/** S9 (key skew, repartitioning), serializers' effect on partitions, workload key generators, version profiles. */
import { describe, expect, it } from 'vitest';
import { defaultsFor } from '../../config/catalogue';
import { zipfRank } from '../workloadKeys';
import { ofType, TestCluster } from '../../testing/TestCluster';
import { partitionSequence } from '../../testing/records';

const list = (values: string[]) => ({ type: 'list' as const, values });

function perPartition(events: Parameters<typeof partitionSequence>[0], n: number) {
  const counts = new Array<number>(n).fill(0);
  for (const p of partitionSequence(events)) counts[p]!++;
  return counts;
}

describe('S9: key skew and repartitioning (StringSerializer, murmur2)', () => {
  it('user-1, user-2, user-3 all land on partition 2 of 3', () => {
    const { events } = TestCluster.recording({
      partitions: 3,
      producer: { workload: { keys: list(['user-1', 'user-2', 'user-3']) } },
    }).advance(3000);
    expect(perPartition(events, 3)).toEqual([0, 0, 300]);
  });

  it('A, B, C all land on partition 1 of 3', () => {
    const { events } = TestCluster.recording({
      partitions: 3,
      producer: { workload: { keys: list(['A', 'B', 'C']) } },
    }).advance(3000);
    expect(perPartition(events, 3)).toEqual([0, 300, 0]);
  });

  it('growing the topic to 4 partitions remaps, once the producer refreshes its metadata: user-1→0, user-2→0, user-3→3', () => {
    const { events } = TestCluster.recording({
      partitions: 3,
      producer: {
        config: { 'metadata.max.age.ms': 5000 },
        workload: { recordsPerSec: 300, keys: list(['user-1', 'user-2', 'user-3']) },
      },
      timeline: [{ atMs: 1000, action: 'addPartitions', topic: 'orders', partitions: 4 }],
    }).advance(7000);
    const after = events.filter((e) => e.at > 5000);
    expect(perPartition(after, 4)).toEqual([400, 0, 0, 200]);
  });

  it('IntegerSerializer cannot take "user-1": send() throws SerializationException', () => {
    const { events, sim } = TestCluster.recording({
      partitions: 3,
      producer: { config: { 'key.serializer': 'IntegerSerializer' }, workload: { keys: list(['user-1']) } },
    }).advance(1000);
    expect(ofType(events, 'SendFailed')[0]!.error).toBe('SerializationException');
    expect(sim.producers[0]!.stats.sent).toBe(0);
  });

  it('ByteArraySerializer of the UTF-8 bytes partitions exactly like StringSerializer', () => {
    const { events } = TestCluster.recording({
      partitions: 3,
      producer: {
        config: { 'key.serializer': 'ByteArraySerializer' },
        workload: { keys: list(['user-1', 'user-2', 'user-3']) },
      },
    }).advance(1000);
    expect(perPartition(events, 3)).toEqual([0, 0, 100]);
  });
});

describe('workload key generators (seeded)', () => {
  it('"hot key with share 80 %" sends about 80 % of the records with that key', () => {
    const { events } = TestCluster.recording({
      partitions: 6,
      producer: {
        workload: {
          recordsPerSec: 2000,
          keys: { type: 'hot', hotKey: 'user-1', sharePercent: 80, prefix: 'user-', count: 1000 },
        },
      },
    }).advance(5000);
    const counts = perPartition(events, 6);
    const total = counts.reduce((a, b) => a + b, 0);
    // user-1 → partition 2 of 6 (§2.4 table: positive murmur2 1404122828 % 6 = 2); 1000 other keys spread out.
    expect(counts[2]! / total).toBeGreaterThan(0.8);
    expect(counts[2]! / total).toBeLessThan(0.86);
  });

  it('Zipf with exponent 1: rank 0 is twice as frequent as rank 1, three times rank 2', () => {
    // Evenly spaced u in [0, 1) stand in for the PRNG, so the frequencies are exact.
    const counts = [0, 0, 0];
    const n = 200000;
    for (let i = 0; i < n; i++) {
      const r = zipfRank((i + 0.5) / n, 100, 1);
      if (r < 3) counts[r]!++;
    }
    expect(counts[0]! / counts[1]!).toBeCloseTo(2, 1);
    expect(counts[0]! / counts[2]!).toBeCloseTo(3, 1);
  });
});

describe('Kafka version profiles (kafka-behaviour.md §1)', () => {
  it('have each version’s producer defaults', () => {
    expect(defaultsFor('producer', '4.0')).toMatchObject({
      'linger.ms': 5,
      acks: 'all',
      'enable.idempotence': true,
    });
    expect(defaultsFor('producer', '3.x')).toMatchObject({ 'linger.ms': 0, acks: 'all' });
    expect(defaultsFor('producer', '3.2')).toMatchObject({
      'linger.ms': 0,
      acks: 'all',
      'enable.idempotence': true,
    });
    expect(defaultsFor('producer', '2.3')).toMatchObject({
      'linger.ms': 0,
      acks: '1',
      'enable.idempotence': false,
    });
    expect(defaultsFor('consumer', '2.3')).toMatchObject({ 'session.timeout.ms': 10000 });
    expect(defaultsFor('consumer', '3.2')).toMatchObject({ 'session.timeout.ms': 45000 });
  });

  it('KAFKA-9965 is on by default only for 2.4–3.x clients', () => {
    expect(defaultsFor('producer', '2.3')['kafkascope.kafka9965.bug']).toBe(false);
    expect(defaultsFor('producer', '3.2')['kafkascope.kafka9965.bug']).toBe(true);
    expect(defaultsFor('producer', '3.x')['kafkascope.kafka9965.bug']).toBe(true);
    expect(defaultsFor('producer', '4.0')['kafkascope.kafka9965.bug']).toBe(false);
  });
});
