/**
 * The whole simulation state: plain, JSON-serialisable data (no classes, closures, Maps or Sets),
 * so that it can be checkpointed with structuredClone/JSON and rewound exactly. The PRNG state and
 * the event queue are part of it.
 */
import type { ConfigValue } from '../config/types';
import type { BrokerConfig } from '../config/typedConfig';
import type { RngState } from '../random/prng';
import type { QueueEntry } from '../time/queue';
import type { BrokerState } from './brokerState';
import type { GroupState } from './consumerState';
import type { TopicState } from './logState';
import type { Message } from './messages';
import type { ProducerState } from './producerState';
import type { Scenario } from './scenario';

// The per-domain model files; import from here (the barrel) to keep imports short.
export type * from './brokerState';
export type * from './logState';
export type * from './producerState';
export type * from './consumerState';
export type * from './messages';
export type { PartitionSequenceState } from './producerSequences';

export type Config = Record<string, ConfigValue>;

export interface SimState {
  now: number;
  /** Tie-breaker for events due at the same millisecond: insertion order. */
  seq: number;
  rng: RngState;
  queue: QueueEntry[];
  scenario: Scenario;
  /** Source of ids for batches, messages and parked fetches. */
  nextId: number;
  /** Bumped whenever a partition's leader changes, so per-record code can cache leader-derived views. */
  leaderVersion: number;
  /** When the controller's next preferred-leader check is scheduled (auto.leader.rebalance.enable); absent: none. */
  leaderBalanceCheckAt?: number;
  brokers: BrokerState[];
  topics: TopicState[];
  producers: ProducerState[];
  groups: GroupState[];
  /** Requests and responses travelling between clients and brokers (views interpolate their position). */
  messages: Message[];
  /** Network jitter's PRNG and per-connection order (core/network.ts); absent until jitter is first on. */
  network?: NetworkState;
  /** When KRaft's next periodic unclean-election check is scheduled (broker/uncleanCheck.ts); absent: none. */
  uncleanCheckAt?: number;
  /** Broker-level settings (replica.lag.time.max.ms, …): Kafka defaults plus the scenario's cluster.config. */
  clusterConfig: BrokerConfig;
}

/** What the network remembers when jitter is on (core/network.ts). */
export interface NetworkState {
  /** Its own PRNG stream, so jitter leaves the scenario's other draws (member ids, partitioner) alone. */
  rng: RngState;
  /** Last arrival time per connection direction; bounded by the number of client–broker pairs. */
  lastArrival: Record<string, number>;
}
