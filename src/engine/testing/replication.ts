/** The scenario builder for replication tests (read them through TestCluster): topic `orders` with RF 3 on brokers 0–2. */
import type { Scenario, TimelineEntry } from '../model/scenario';
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
