/**
 * Plain-data types shared by the partitioners. Everything here is JSON-serialisable so the partitioner
 * state can live inside a simulation checkpoint. See partitioners.ts for how an accumulator uses them.
 */

/** Which client-side partitioning algorithm a producer runs. */
export type PartitionerKind =
  /** Java 3.3+ and 4.0 default: KIP-794 "uniform sticky" with adaptive switching (`BuiltInPartitioner`). */
  | 'builtin'
  /** Java 2.4–3.2 default: KIP-480 sticky (`DefaultPartitioner` + `StickyPartitionCache`, switch on new batch). */
  | 'sticky-kip480'
  /** Java ≤ 2.3 default: unkeyed records round-robin over available partitions (`DefaultPartitioner`). */
  | 'legacy-round-robin'
  /** Java opt-in `RoundRobinPartitioner`: cycles over available partitions for every record, keys ignored. */
  | 'round-robin'
  /** kafka-python `DefaultPartitioner`: murmur2 for keys, a uniformly random available partition otherwise. */
  | 'kafka-python-default';

/** Producer settings that influence partitioning. */
export interface PartitionerConfig {
  kind: PartitionerKind;
  /** `batch.size` in bytes; the built-in partitioner switches after this much (below 1 acts as 1, as in Java). */
  batchSize: number;
  /** `partitioner.adaptive.partitioning.enable` (default true); builtin only. */
  adaptive: boolean;
  /** `partitioner.availability.timeout.ms` (default 0 = off); builtin with `adaptive` only, as in Java. */
  availabilityTimeoutMs: number;
  /** `partitioner.ignore.keys` (default false); builtin only: keyed records use the sticky logic too. */
  ignoreKeys: boolean;
  /** round-robin only: reproduce KAFKA-9965 (Java 2.4–3.8: a second `partition()` call on every new batch). */
  kafka9965Bug: boolean;
}

/** Adaptive-partitioning table built from queue sizes (`BuiltInPartitioner.PartitionLoadStats`). */
export interface LoadStats {
  /** Running sums of the inverted queue sizes; a random r in [0, last) picks the first entry > r. */
  cumulativeFrequency: number[];
  /** Partition id for each entry of `cumulativeFrequency`. */
  partitionIds: number[];
}

/** Per-topic partitioner memory (Java keeps one of these per topic too). Plain data only. */
export interface PartitionerState {
  /** builtin: the current sticky partition, null until the first record that uses it. */
  stickyPartition: number | null;
  /** builtin: bytes appended to `stickyPartition` since it was chosen (`StickyPartitionInfo.producedBytes`). */
  stickyProducedBytes: number;
  /** builtin: adaptive table from the last ready() pass; null means "choose uniformly". */
  loadStats: LoadStats | null;
  /** sticky-kip480: the topic's entry in `StickyPartitionCache`, null until first used. */
  kip480Partition: number | null;
  /** legacy-round-robin: the per-topic int32 counter; Java seeds it with a random int on first use. */
  legacyCounter: number | null;
  /** round-robin: the per-topic int32 counter, starting at 0 as in Java. */
  roundRobinCounter: number;
}

/** What the accumulator knows about the topic at the moment it places a record. */
export interface TopicView {
  numPartitions: number;
  /** Per partition: has a known leader (Java's `availablePartitionsForTopic`). Missing entries count as false. */
  available: boolean[];
  /**
   * Per partition: its batch deque is empty or its last batch is full (`RecordAccumulator.allBatchesFull`).
   * Only the builtin partitioner reads it. Missing entries count as true (no deque yet = empty).
   */
  allBatchesFull: boolean[];
}

/** The parts of a ProducerRecord that decide its partition. */
export interface RecordToPlace {
  /** Serialized key, or null for "no key". An empty array is a real key and is hashed. */
  keyBytes: Uint8Array | null;
  /** `ProducerRecord.partition()`, if the application chose one; it always wins. */
  explicitPartition?: number | null;
}

/** The partitioner's answer for one record. */
export interface PartitionChoice {
  partition: number;
  /** True when the builtin sticky logic chose it; pass the choice back to `onAppended` to count bytes. */
  viaStickyLogic: boolean;
}

/** What happened when the accumulator appended the record (`RecordAccumulator.RecordAppendResult`). */
export interface AppendFeedback {
  choice: PartitionChoice;
  /** Growth of the batch's estimated size; for a new batch, its whole estimated size (header included). */
  appendedBytes: number;
  /** After the append: the partition's last batch is full (`allBatchesFull` of that deque). */
  allBatchesFull: boolean;
}

/** What the sender's ready() pass knows, for the adaptive table (`RecordAccumulator.partitionReady`). */
export interface ReadySnapshot {
  numPartitions: number;
  /** Per partition: has a known leader. */
  available: boolean[];
  /** Per partition: batches queued in its deque, or null if the accumulator never created a deque for it. */
  queueSizes: (number | null)[];
  /**
   * Per partition: `readyTimeMs - drainTimeMs` of its leader's `NodeLatencyStats` — how long the leader had
   * data ready but could not take it — or null when the leader has no stats yet.
   */
  leaderUndrainedMs: (number | null)[];
}

/** Creates the empty per-topic partitioner state. */
export function createPartitionerState(): PartitionerState {
  return {
    stickyPartition: null,
    stickyProducedBytes: 0,
    loadStats: null,
    kip480Partition: null,
    legacyCounter: null,
    roundRobinCounter: 0,
  };
}

/** Partition ids that have a leader, ascending (Java's list order). */
export function availablePartitions(view: { numPartitions: number; available: boolean[] }): number[] {
  const ids: number[] = [];
  for (let p = 0; p < view.numPartitions; p++) if (view.available[p] === true) ids.push(p);
  return ids;
}
