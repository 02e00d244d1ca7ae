/** Scenario builders and log readers for replication tests: topic `orders` with RF 3 on brokers 0–2. */
import type { Scenario, TimelineEntry } from '../model/scenario';
import type { SimState } from '../model/state';
import type { ConfigValue } from '../config/types';

export interface ReplicatedOptions {
  seed?: number;
  brokers?: number;
  partitions?: number;
  replicationFactor?: number;
  topicConfig?: Record<string, ConfigValue>;
  clusterConfig?: Record<string, ConfigValue>;
  producerConfig?: Record<string, ConfigValue>;
  recordsPerSec?: number;
  /** A consumer group that keeps the whole log readable (and in memory) for assertions. */
  consumer?: boolean;
  timeline?: TimelineEntry[];
  networkDelayMs?: number;
  kafkaVersion?: Scenario['kafkaVersion'];
}

export function replicatedScenario(o: ReplicatedOptions = {}): Scenario {
  return {
    version: 1,
    name: 'replication test',
    seed: o.seed ?? 1,
    durationMs: 600000,
    kafkaVersion: o.kafkaVersion ?? '4.0',
    cluster: {
      brokers: o.brokers ?? 3,
      networkDelayMs: o.networkDelayMs ?? 2,
      config: o.clusterConfig ?? {},
    },
    topics: [
      {
        name: 'orders',
        partitions: o.partitions ?? 1,
        replicationFactor: o.replicationFactor ?? 3,
        config: o.topicConfig ?? {},
      },
    ],
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        config: o.producerConfig ?? {},
        workload: { recordsPerSec: o.recordsPerSec ?? 100, valueBytes: 100, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [
      {
        id: 'g1',
        topics: ['orders'],
        members: o.consumer === false ? 0 : 1,
        config: { 'auto.offset.reset': 'earliest' },
        workload: { processingMsPerRecord: 0, pollTimeoutMs: 100 },
      },
    ],
    timeline: o.timeline ?? [],
  };
}

/** The producer sequences the partition's log holds, in offset order (one entry per record). */
export function logSequences(sim: SimState, partition = 0): number[] {
  const out: number[] = [];
  for (const b of sim.topics[0]!.partitions[partition]!.batches)
    for (let i = 0; i < b.count; i++) out.push(b.baseSequence + i);
  return out;
}

export function partition0(sim: SimState) {
  return sim.topics[0]!.partitions[0]!;
}
