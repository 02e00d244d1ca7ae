import type { ConfigValue } from '../config/types';
import type { KeySpec } from '../model/scenario';

/**
 * Interventions: the one table of things a user, a lesson timeline, or a test can do to a running
 * simulation. Every path applies them through `apply(sim, action)`.
 */
export type Action =
  | { action: 'setProducerConfig'; producer: string; key: string; value: ConfigValue }
  | { action: 'setConsumerConfig'; group: string; key: string; value: ConfigValue }
  | { action: 'setWorkload'; producer: string; recordsPerSec?: number; valueBytes?: number; keys?: KeySpec }
  /** `kafka-topics --alter --partitions N`: Kafka can only add partitions, never remove them. */
  | { action: 'addPartitions'; topic: string; partitions: number }
  /** producer.flush(): send everything buffered now and wait for the acks. */
  | { action: 'flushProducer'; producer: string }
  /** producer.close() (no timeoutMs: wait until everything is acknowledged) or close(Duration.ofMillis(timeoutMs)). */
  | { action: 'closeProducer'; producer: string; timeoutMs?: number }
  /** The producer's process is killed (kill -9): buffered records are lost without a callback. */
  | { action: 'killProducer'; producer: string };

export type ActionName = Action['action'];
