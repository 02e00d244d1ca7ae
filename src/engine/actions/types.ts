import type { ConfigValue } from '../config/types';
import type { GroupAction } from './groupActionTypes';

/**
 * Interventions: the one table of things a user, a lesson timeline, or a test can do to a running
 * simulation. Every path applies them through `apply(sim, action)`.
 */
export type Action =
  | { action: 'setProducerConfig'; producer: string; key: string; value: ConfigValue }
  | { action: 'setConsumerConfig'; group: string; key: string; value: ConfigValue }
  | { action: 'setWorkload'; producer: string; recordsPerSec?: number; valueBytes?: number }
  /** `kafka-topics --alter --partitions N`: Kafka can only add partitions, never remove them. */
  | { action: 'addPartitions'; topic: string; partitions: number }
  | GroupAction;

export type ActionName = Action['action'];
