/**
 * Where a group's coordinator is (kafka-behaviour.md §3.6, §10): the leader of the group's
 * `__consumer_offsets` partition, `Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions`
 * (Kafka's GroupCoordinatorService.partitionFor), and whether it is running. Pure lookups with no
 * protocol behind them, so membership and the coordinator can both use them without an import cycle;
 * failover (moveCoordinators) stays in coordinator.ts.
 */
import type { GroupState, SimState } from '../model/state';
import { assignReplicas } from '../broker/placement';

/** Kafka's defaults; the simulator has no controls for them. */
export const OFFSETS_TOPIC_NUM_PARTITIONS = 50;
export const OFFSETS_TOPIC_REPLICATION_FACTOR = 3;

/** Java's String.hashCode (UTF-16 code units, 32-bit overflow). */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** The group's __consumer_offsets partition. Kafka's Utils.abs maps Integer.MIN_VALUE to 0. */
export function offsetsPartitionFor(groupId: string, partitions = OFFSETS_TOPIC_NUM_PARTITIONS): number {
  const hash = javaStringHash(groupId);
  return (hash === -2147483648 ? 0 : Math.abs(hash)) % partitions;
}

/** That partition's replicas, placed as `kafka-topics --create` would place 50 partitions. */
export function offsetsReplicasFor(brokers: number, partition: number): number[] {
  const rf = Math.min(OFFSETS_TOPIC_REPLICATION_FACTOR, brokers);
  return assignReplicas(1, rf, brokers, partition)[0]!;
}

/** The group's coordinator at start-up: the preferred (first) replica of its offsets partition. */
export function coordinatorFor(sim: SimState, groupId: string): number {
  return offsetsReplicasFor(sim.brokers.length, offsetsPartitionFor(groupId))[0]!;
}

/** Whether the group's coordinator is running (a crashed coordinator does nothing at all). */
export function coordinatorAlive(sim: SimState, g: GroupState): boolean {
  const b = g.classic.coordinator;
  return b >= 0 && sim.brokers[b]!.replication.alive;
}
