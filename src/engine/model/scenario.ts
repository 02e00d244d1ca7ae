/**
 * A scenario is data: the cluster, topics, clients, their Kafka configs and a timeline of actions.
 * The same scenario runs in the UI, in a shared URL, in an embed and in the CLI.
 * (Validated from JSON by src/scenarios/schema.ts; the engine trusts what it is given.)
 */
import type { Action } from '../actions/types';
import type { ClusterMode } from '../config/clusterMode';
import type { ConfigValue, KafkaVersion } from '../config/types';

/** How a workload picks record keys. */
export type KeySpec =
  | { type: 'none' }
  /** Cycle through these keys in order. */
  | { type: 'list'; values: string[] }
  /** `${prefix}0`, `${prefix}1`, … `${prefix}(count-1)`, then round again. */
  | { type: 'sequence'; prefix: string; count: number }
  /** `${prefix}r` for rank r in 0…count-1, drawn with probability ∝ 1/(r+1)^exponent (seeded). */
  | { type: 'zipf'; prefix: string; count: number; exponent: number }
  /** `hotKey` for sharePercent % of records, else a uniformly drawn `${prefix}0…count-1` (seeded). */
  | { type: 'hot'; hotKey: string; sharePercent: number; prefix: string; count: number };

export interface ProducerWorkload {
  recordsPerSec: number;
  valueBytes: number;
  keys: KeySpec;
}

export interface ProducerSpec {
  id: string;
  topic: string;
  config: Record<string, ConfigValue>;
  workload: ProducerWorkload;
}

export interface ConsumerWorkload {
  /** Simulated processing time per record, in ms: the application's work between polls. */
  processingMsPerRecord: number;
  /** The Duration the application passes to poll(). */
  pollTimeoutMs: number;
  /** With enable.auto.commit=false: what the application calls after processing each batch. */
  commitMode?: 'none' | 'commitSync' | 'commitAsync';
}

export interface ConsumerGroupSpec {
  id: string;
  topics: string[];
  members: number;
  config: Record<string, ConfigValue>;
  workload: ConsumerWorkload;
  /** group.instance.id of the first members (static membership, KIP-345); absent: dynamic members. */
  groupInstanceIds?: string[];
  /** `group.protocol`: `classic` (default) or `consumer` (KIP-848, Kafka 4.0). */
  protocol?: 'classic' | 'consumer';
  /** `group.remote.assignor` for the consumer protocol: `uniform` (default) or `range`. */
  remoteAssignor?: 'uniform' | 'range';
}

export interface TopicSpec {
  name: string;
  partitions: number;
  replicationFactor: number;
  config: Record<string, ConfigValue>;
}

export type TimelineEntry = { atMs: number } & Action;

export interface Scenario {
  version: 1;
  name: string;
  /** The name shown in the app, per language (falls back to `name`). */
  title?: { en?: string; ko?: string };
  description?: { en?: string; ko?: string };
  seed: number;
  durationMs: number;
  kafkaVersion: KafkaVersion;
  cluster: {
    brokers: number;
    /** One-way network delay between any client and broker, in ms (a simulation parameter, not a Kafka key). */
    networkDelayMs: number;
    /** Broker settings, spelled as in server.properties (replica.lag.time.max.ms, …). */
    config?: Record<string, ConfigValue>;
    /** ZooKeeper or KRaft controller (config/clusterMode.ts); absent: the version's default. */
    mode?: ClusterMode;
  };
  topics: TopicSpec[];
  producers: ProducerSpec[];
  consumerGroups: ConsumerGroupSpec[];
  timeline: TimelineEntry[];
  /** The app's panels that matter for this scenario (ids from src/scenarios/panels.ts); the rest collapse. */
  panels?: string[];
}
