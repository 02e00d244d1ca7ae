/** A fresh, empty partition of a topic, with its replicas placed (used at start-up and when partitions are added). */
import type { PartitionState, SimState } from '../model/state';
import { newReplicationFields } from './wiring';

export function newPartition(sim: SimState, topic: string, partition: number): PartitionState {
  return {
    topic,
    partition,
    logStartOffset: 0,
    logEndOffset: 0,
    highWatermark: 0,
    batches: [],
    bytesAppended: 0,
    // Replicas by Kafka's rack-unaware placement; the preferred (first) replica leads (broker/placement.ts).
    ...newReplicationFields(sim, topic, partition),
  };
}
