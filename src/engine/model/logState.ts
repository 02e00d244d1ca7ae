/** Topics and partition logs: batches, replicas, high watermark and per-partition record ledgers. (Split from state.ts, which re-exports everything.) */
import type { ProducerIdState } from './brokerState';
import type { TopicConfig } from '../config/typedConfig';

export interface TopicState {
  name: string;
  config: TopicConfig;
  partitions: PartitionState[];
}

/** A partition's log on its leader: offset-addressed record batches (one object per batch, not per record). */
export interface PartitionState {
  topic: string;
  partition: number;
  leader: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  /** Stored batches in offset order; old ones every group has read are dropped from memory (see pruneLog). */
  batches: StoredBatch[];
  bytesAppended: number;
  /** Replica assignment order (the first is the preferred leader); see broker/placement.ts. */
  replicas: number[];
  /** In-sync replicas, kept in assignment order. The leader is always one of them. */
  isr: number[];
  leaderEpoch: number;
  /** Leader's log end offset when the current epoch began (a follower must reach it to rejoin). */
  epochStartOffset: number;
  /** One entry per replica, in assignment order. */
  replicaStates: ReplicaState[];
  /** Idempotent producers' state on the leader: the last 5 batches per producer id. */
  producerStates: ProducerIdState[];
  /** Producer state of the batches dropped from memory (pruneLog), to rebuild from after a truncation. */
  prunedProducerStates?: ProducerIdState[];
  ledger: PartitionLedger;
}

/** What one replica holds: its log is a prefix of the leader's (followers copy whole batches). */
export interface ReplicaState {
  broker: number;
  logEndOffset: number;
  /** The high watermark this replica knows (the leader's own, or the last one a fetch brought). */
  highWatermark: number;
  /** Last time this follower was fully caught up to the leader (Partition.getOutOfSyncReplicas). */
  lastCaughtUpAt: number;
  lastFetchAt: number;
  leaderEndAtLastFetch: number;
  /**
   * The follower's log end as the leader last learned it, from the offset in the follower's fetch
   * request (-1: unknown since this leader took over). The leader decides the high watermark and ISR
   * membership from this, not from the follower's own log, so an acks=all write completes only after the
   * follower's next fetch, as in Kafka (Partition.updateFollowerFetchState).
   */
  leaderKnownEnd: number;
  /** Offsets from here on belong to an older leader epoch and are truncated when the replica returns (-1: none). */
  divergedAt: number;
}

/** Per-partition counters of what happened to records (kafka-behaviour.md §7: separate states). */
export interface PartitionLedger {
  appended: number;
  replicated: number;
  /** Highest offset any follower has held (counts "replicated" once per offset). */
  replicatedEnd: number;
  belowHw: number;
  committedEnd: number;
  lostAfterAck: number;
  duplicated: number;
  reordered: number;
  truncated: number;
  /** Highest sequence + 1 appended per producer id, to spot reordering. */
  maxSeqEnd: Record<string, number>;
  /** Recently lost acknowledged batches, kept for the view and the record explanation. */
  lost: { producer: string; baseSequence: number; count: number; baseOffset: number; at: number }[];
}

export interface StoredBatch {
  baseOffset: number;
  count: number;
  bytes: number;
  producer: string;
  /** Per-partition sequence of the batch's first record (the record's identity, as in Kafka's batch header). */
  baseSequence: number;
  createdAt: number;
  appendedAt: number;
  /** Ledger fields (optional so logs built elsewhere stay valid). */
  batchId?: number;
  /** The partition leader epoch the batch was written in (a property of the partition, not the producer). */
  leaderEpoch?: number;
  pid?: number;
  /** The idempotent producer's epoch and the batch's Kafka base sequence (ProducerStateManager rebuilds from these). */
  producerEpoch?: number;
  sequence?: number;
  /** The producer was told this batch succeeded. */
  acked?: boolean;
  duplicate?: boolean;
  reordered?: boolean;
}
