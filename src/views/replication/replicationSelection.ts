/**
 * What the replication view reads from the store, as selectors: the panel itself selects only its
 * layout (which brokers, which partitions, the bars' scale), and each broker, replica, ISR summary and
 * strip selects its own slice, so a record appended to one partition redraws that partition's replicas
 * and not the whole cluster.
 */
import type { PartitionView } from '../../engine';
import type { KafkaStoreState } from '../../store/kafkaStore';

/** Partitions shown per broker (more would not fit a column). */
export const MAX_PARTITIONS = 6;

export function shownPartitions(s: KafkaStoreState, topic: string | undefined): PartitionView[] {
  return s.snap.partitions.filter((p) => p.topic === topic).slice(0, MAX_PARTITIONS);
}

export function partitionOf(s: KafkaStoreState, topic: string, partition: number): PartitionView | undefined {
  return s.snap.partitions.find((p) => p.topic === topic && p.partition === partition);
}

/** The panel is drawn when there is something to replicate or more than one broker to see. */
export function hasReplication(s: KafkaStoreState, topic: string | undefined): boolean {
  return (
    s.snap.brokers.length > 1 || shownPartitions(s, topic).some((p) => p.replication.replicas.length > 1)
  );
}

/**
 * The common end of every replica bar's offset scale: the longest log shown, rounded up to the next
 * step of half a power of ten (305 → 350, 1,234 → 1,500). The scale then moves every few dozen
 * records instead of with each one, and a move redraws every bar.
 */
export function logScaleEnd(maxEnd: number): number {
  const end = Math.max(10, maxEnd);
  const step = 10 ** Math.floor(Math.log10(end)) / 2;
  return Math.ceil(end / step) * step;
}

export function shownLogScaleEnd(s: KafkaStoreState, topic: string | undefined): number {
  let max = 0;
  for (const p of shownPartitions(s, topic))
    for (const r of p.replication.replicaViews) max = Math.max(max, r.logEndOffset);
  return logScaleEnd(max);
}

/** Each follower fetches once per leader it follows, whatever the number of partitions. */
export function fetchPairs(partitions: PartitionView[]): { follower: number; leader: number }[] {
  const seen = new Map<string, { follower: number; leader: number }>();
  for (const p of partitions) {
    if (p.leader < 0) continue;
    for (const follower of p.replication.replicas)
      if (follower !== p.leader) seen.set(`${follower}>${p.leader}`, { follower, leader: p.leader });
  }
  return [...seen.values()];
}
