import type { ConfigValue } from '../config/types';
import type { KeySpec } from '../model/scenario';
import type { GroupAction } from './groupActionTypes';

/**
 * Interventions: the one table of things a user, a lesson timeline, or a test can do to a running
 * simulation. Every path applies them through `apply(sim, action)`.
 */
export type Action =
  | { action: 'setProducerConfig'; producer: string; key: string; value: ConfigValue }
  | { action: 'setConsumerConfig'; group: string; key: string; value: ConfigValue }
  | { action: 'setWorkload'; producer: string; recordsPerSec?: number; valueBytes?: number; keys?: KeySpec }
  /** `kafka-configs --alter --entity-type topics`: a topic setting (min.insync.replicas, unclean.leader.election.enable …). */
  | { action: 'setTopicConfig'; topic: string; key: string; value: ConfigValue }
  /** `kafka-configs --alter --entity-type brokers --entity-default`: a setting of every broker (replica.lag.time.max.ms …). */
  | { action: 'setBrokerConfig'; key: string; value: ConfigValue }
  /** `kafka-topics --alter --partitions N`: Kafka can only add partitions, never remove them. */
  | { action: 'addPartitions'; topic: string; partitions: number }
  /** Failures (broker/failures.ts): a broker process dies, comes back, slows down, is cut off, loses acks. */
  | { action: 'crashBroker'; broker: number }
  | { action: 'restartBroker'; broker: number }
  /** Each follower fetch of this broker waits `fetchDelayMs` first (0 = healthy again). */
  | { action: 'slowFollower'; broker: number; fetchDelayMs: number }
  /** Cut the broker off from the other brokers (true) or heal the network (false); clients still reach it. */
  | { action: 'isolateBroker'; broker: number; isolated: boolean }
  /** The next `count` produce responses this broker sends are lost on the way (default 1). */
  | { action: 'dropProduceResponse'; broker: number; count?: number }
  /** The next `count` acks=all batches this leader receives see its ISR momentarily below min.insync.replicas (default 1). */
  | { action: 'isrDip'; broker: number; count?: number }
  /** producer.flush(): send everything buffered now and wait for the acks. */
  | { action: 'flushProducer'; producer: string }
  /** producer.close() (no timeoutMs: wait until everything is acknowledged) or close(Duration.ofMillis(timeoutMs)). */
  | { action: 'closeProducer'; producer: string; timeoutMs?: number }
  /** The producer's process is killed (kill -9): buffered records are lost without a callback. */
  | { action: 'killProducer'; producer: string }
  | GroupAction;

export type ActionName = Action['action'];
