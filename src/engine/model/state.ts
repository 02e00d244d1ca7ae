/**
 * The whole simulation state: plain, JSON-serialisable data (no classes, closures, Maps or Sets),
 * so that it can be checkpointed with structuredClone/JSON and rewound exactly. The PRNG state and
 * the event queue are part of it.
 */
import type { ConfigValue } from '../config/types';
import type { RngState } from '../random/prng';
import type { QueueEntry } from '../time/queue';
import type { PartitionerConfig, PartitionerState } from '../producer/partitioning/types';
import type { ConsumerWorkload, ProducerWorkload, Scenario } from './scenario';
import type { ClassicGroupState, ClientGroupState, GroupMessage } from './group';
import type { ConsumerProtocolGroupState, ConsumerProtocolMessage } from './consumerProtocol';
import type { PartitionSequenceState } from './producerSequences';

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
  clusterConfig: Config;
}

/** What the network remembers when jitter is on (core/network.ts). */
export interface NetworkState {
  /** Its own PRNG stream, so jitter leaves the scenario's other draws (member ids, partitioner) alone. */
  rng: RngState;
  /** Last arrival time per connection direction; bounded by the number of client–broker pairs. */
  lastArrival: Record<string, number>;
}

export interface BrokerState {
  id: number;
  /** Fetches held in purgatory until fetch.min.bytes are available or fetch.max.wait.ms passes. */
  parkedFetches: ParkedFetch[];
  /** Replication and failure state of the broker process (see broker/replication.ts, broker/failures.ts). */
  replication: BrokerReplicationState;
}

/** A broker's process state, its follower fetch sessions and its purgatories. */
export interface BrokerReplicationState {
  alive: boolean;
  /** Fenced by the controller (its session expired): it leads nothing and is out of every ISR. */
  fenced: boolean;
  /** Bumped on crash/restart so stale timers and fetch sessions of an earlier life are ignored. */
  incarnation: number;
  /** Cut off from the other brokers (replica fetches to and from it are lost); clients still reach it. */
  isolated: boolean;
  /** Extra delay before each follower fetch (a slow disk or a long GC pause). */
  fetchDelayMs: number;
  /** Produce responses to drop on the way back (lost acks). */
  dropResponses: number;
  /**
   * Producers whose connection lost a response: responses come back in request order on one
   * connection, so later ones are stuck behind it until the client's request.timeout.ms reconnects.
   */
  stalledProducers: number[];
  /** acks=all batches to reject as if the ISR were momentarily under min.insync.replicas (S5's injection). */
  isrDips: number;
  /** Leader brokers this follower has a fetch outstanding or scheduled to. */
  fetchingFrom: number[];
  parkedReplicaFetches: ParkedReplicaFetch[];
  /** acks=all produce requests waiting for the high watermark (Kafka's produce purgatory). */
  delayedProduces: DelayedProduce[];
}

export interface ParkedReplicaFetch {
  id: number;
  follower: number;
  incarnation: number;
  deadline: number;
  partitions: { topic: string; partition: number; offset: number; epoch: number }[];
}

export interface ProduceResult {
  batch: WireBatch;
  baseOffset: number;
  /** Exception name when the batch failed (NotEnoughReplicasException, …). */
  error?: string;
  message?: string;
}

export interface DelayedProduce {
  id: number;
  producer: number;
  request: number;
  deadline: number;
  results: ProduceResult[];
}

export interface TopicState {
  name: string;
  config: Config;
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

export interface ProducerIdState {
  pid: number;
  epoch: number;
  batches: { firstSeq: number; lastSeq: number; offset: number }[];
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

/** A batch in the producer's record accumulator, still filling or waiting to be sent. */
export interface OpenBatch {
  id: number;
  partition: number;
  createdAt: number;
  count: number;
  /** Bytes written so far: the 61-byte batch header plus each record's encoded size. */
  bytes: number;
  /** Bytes allocated from buffer.memory: max(batch.size, this batch's first record's upper bound). */
  capacity: number;
  /** batch.size (or the oversized first record) — the limit `bytes` may grow to. */
  writeLimit: number;
  baseSequence: number;
  /** Sum of the records' send() times, for average record latency without per-record objects. */
  sumAppendAt: number;
  full: boolean;
  /** Set when a failed batch was put back for a retry (producer/retries.ts); it keeps the producer id, epoch and Kafka sequence it was first drained with. */
  retry?: {
    attempts: number;
    retryAt: number;
    pid: number;
    epoch: number;
    sequence?: number;
    sequenceReset?: boolean;
  };
  /** The first few records (for the record inspector); bounded, so memory does not grow with batch size. */
  samples: RecordSample[];
}

/** Enough about one record to show its bytes again: its key and its number (the value is regenerated). */
export interface RecordSample {
  key: string | null;
  /** The producer's running record number, which seeds the value's content. */
  recordNo: number;
}

/** What the record inspector shows about a batch that left the producer (a few per partition are kept). */
export interface SentBatchDetail {
  batch: number;
  partition: number;
  baseSequence: number;
  count: number;
  uncompressedBytes: number;
  bytes: number;
  codec: string;
  cpuMicros: number;
  samples: RecordSample[];
}

/** Why a batch left: it was full, its linger.ms ran out, send() was blocked on memory, or it rode along in a request to the same broker. */
export type SendReason = 'full' | 'linger' | 'memory' | 'drained' | 'retry' | 'flush' | 'close';

/** A batch on the wire (inside a produce request or response). */
export interface WireBatch {
  id: number;
  topic: string;
  partition: number;
  count: number;
  bytes: number;
  baseSequence: number;
  createdAt: number;
  sumAppendAt: number;
  reason: SendReason;
  /** Buffer memory held until the batch completes. */
  capacity: number;
  /** Sends so far, this one included (1 on the first send). */
  attempts?: number;
  /** Idempotent producer id and epoch (-1: not idempotent). */
  pid?: number;
  epoch?: number;
  /**
   * Kafka's base sequence in the batch header: given when the batch is first drained, per partition and
   * producer epoch, and rewritten only by an epoch bump (-1: not idempotent). `baseSequence` is the
   * simulator's record number (append order), which never resets.
   */
  sequence?: number;
  /** The epoch bump rewrote this batch's sequence while it was in flight (ProducerBatch.sequenceHasBeenReset). */
  sequenceReset?: boolean;
  /** Batch size before compression (equal to `bytes` with compression.type=none). */
  uncompressedBytes?: number;
}

export interface ProducerStats {
  sent: number;
  acked: number;
  failed: number;
  batchesSent: number;
  batchBytesSent: number;
  recordsInSentBatches: number;
  /** Sum over acknowledged records of (ack time − send() time). */
  latencySum: number;
  errors: Record<string, number>;
  /** Records send() accepted that will never be written: buffered when the process was killed or force-closed. */
  lost: number;
  /** Bytes of sent batches before and after compression.type, and the CPU the producer spent compressing. */
  bytesBeforeCompression: number;
  bytesAfterCompression: number;
  compressionCpuMicros: number;
}

/** running → (flush() blocks the application thread while `flushing`) → closing → closed; or killed at once. */
export type ProducerLifecycle = 'running' | 'closing' | 'closed' | 'killed';

export interface ProducerState {
  id: string;
  index: number;
  topic: string;
  config: Config;
  /** Keys the scenario or the user set (Kafka treats explicit and default values differently in places). */
  explicitKeys: string[];
  workload: ProducerWorkload;
  /**
   * The topic's partition count in the producer's metadata (producer/metadata.ts): added partitions are
   * used only after the next refresh — periodic (metadata.max.age.ms after `metadataRefreshedAt`) or forced.
   */
  metadataPartitions: number;
  /** When the producer last refreshed its metadata by need (start, or an error that forced it). */
  metadataRefreshedAt: number;
  /** Rate accounting: records generated since `rateSince`, so changing the rate needs no per-record events. */
  rateSince: number;
  rateProduced: number;
  tickToken: number;
  keyCursor: number;
  /** The Kafka partitioner's per-topic memory and the settings it runs with (derived from config + version). */
  partitioner: PartitionerState;
  partitionerConfig: PartitionerConfig;
  lifecycle: ProducerLifecycle;
  /** flush() was called and has not returned: every batch is ready and the application thread waits. */
  flushing: boolean;
  /** close(timeout): when the producer is force-closed if work remains (null: wait forever). */
  closeDeadline: number | null;
  /** Per broker: last time it had data ready / could take it (Java's NodeLatencyStats, for availability timeout). */
  nodeReadyAt: (number | null)[];
  nodeDrainAt: (number | null)[];
  /** Per partition: details of the last few batches sent, for the record inspector. */
  recentSent: SentBatchDetail[][];
  /** Next per-partition sequence number to give a record. */
  sequences: number[];
  /** One deque of open batches per partition (front = oldest). */
  deques: OpenBatch[][];
  bufferUsed: number;
  /** send() is blocked waiting for buffer memory (the application thread is stuck). */
  blocked: {
    since: number;
    token: number;
    partition: number;
    key: string | null;
    /** The partitioner's choice was sticky (the bytes count towards switching once appended). */
    viaSticky?: boolean;
    recordNo?: number;
  } | null;
  blockToken: number;
  /** Produce requests awaiting a response, per broker connection. */
  inFlight: number[];
  drainIndex: number;
  stats: ProducerStats;
  /** Idempotence, in-flight requests and recent failures (producer/idempotence.ts, producer/retries.ts). */
  delivery: ProducerDeliveryState;
}

export interface PendingRequest {
  id: number;
  broker: number;
  sentAt: number;
  batches: WireBatch[];
}

export interface ProducerDeliveryState {
  idempotent: boolean;
  pid: number;
  epoch: number;
  pending: PendingRequest[];
  /** When the producer's one timer (request and delivery timeouts) is due; -1 when not armed. */
  timerAt: number;
  /** Failed attempts by exception name (retried or not), for the error badges. */
  attemptErrors: Record<string, number>;
  /** Recent failed batches, for the record explanation. */
  failures: { partition: number; baseSequence: number; count: number; error: string; at: number }[];
  retries: number;
  /** Per partition, the idempotent producer's sequence bookkeeping (producer/sequences.ts); grown on demand. */
  partitionSequences?: PartitionSequenceState[];
  /** Partitions whose sequences the next epoch bump rewrites (non-empty: a bump is due). */
  bumpPartitions?: number[];
  /** How many times the producer bumped its epoch (KIP-360). */
  epochBumps?: number;
}

export interface MemberPartition {
  topic: string;
  partition: number;
  /** Next offset poll() will return; -1 until resolved from the committed offset or auto.offset.reset. */
  position: number;
}

export interface FetchedSlice {
  topic: string;
  partition: number;
  fromOffset: number;
  toOffset: number;
  bytes: number;
}

export interface MemberState {
  id: string;
  clientId: string;
  assigned: MemberPartition[];
  /** Fetched but not yet returned by poll(), in arrival order. */
  buffer: FetchedSlice[];
  /** Brokers with a fetch outstanding (one fetch per broker at a time, as Kafka's fetcher does). */
  fetchingFrom: number[];
  phase: 'processing' | 'waiting' | 'failed';
  pollToken: number;
  lastAutoCommitAt: number;
  error: string | null;
  consumed: number;
  /**
   * The application thread is blocked in commitSync() (consumer/commitSync.ts): the OffsetCommit request
   * it waits for, and when default.api.timeout.ms runs out. null when not blocked.
   */
  commitSync: { request: number; deadline: number } | null;
  /** Where this consumer is in the classic group protocol (consumer/groupClient.ts). */
  client: ClientGroupState;
}

export interface GroupState {
  id: string;
  index: number;
  topics: string[];
  config: Config;
  explicitKeys: string[];
  workload: ConsumerWorkload;
  members: MemberState[];
  /** Committed offsets at the group coordinator, per topic and partition (-1: none). */
  committed: Record<string, number[]>;
  /**
   * `errors`: errors the members met, by Kafka exception name: fetch errors (leader moves, out-of-range
   * offsets) and coordinator errors (failed commits, lost or moved coordinator).
   */
  stats: { consumed: number; polls: number; commits: number; errors: Record<string, number> };
  /** The group coordinator's state for this group (consumer/groupCoordinator.ts). */
  classic: ClassicGroupState;
  /** Present when the group uses `group.protocol=consumer` (KIP-848, consumer/consumerProtocol/). */
  consumerProtocol?: ConsumerProtocolGroupState;
}

/** A partition a fetch could not read (FetchResponse partition error codes). */
export interface FetchPartitionError {
  topic: string;
  partition: number;
  error: 'NotLeaderOrFollowerException' | 'OffsetOutOfRangeException';
  offset: number;
}

export interface ParkedFetch {
  id: number;
  group: number;
  member: number;
  partitions: { topic: string; partition: number; offset: number }[];
  deadline: number;
  minBytes: number;
}

interface MessageBase {
  id: number;
  sentAt: number;
  arriveAt: number;
}

export type Message =
  | (MessageBase & {
      kind: 'produceRequest';
      producer: number;
      broker: number;
      acks: string;
      batches: WireBatch[];
      timeoutMs?: number;
    })
  | (MessageBase & {
      kind: 'produceResponse';
      producer: number;
      broker: number;
      results: ProduceResult[];
      /** The request this answers (its message id). */
      request?: number;
    })
  | (MessageBase & {
      kind: 'replicaFetchRequest';
      follower: number;
      broker: number;
      incarnation: number;
      partitions: { topic: string; partition: number; offset: number; epoch: number }[];
    })
  | (MessageBase & {
      kind: 'replicaFetchResponse';
      follower: number;
      broker: number;
      incarnation: number;
      slices: {
        topic: string;
        partition: number;
        fromOffset: number;
        toOffset: number;
        epoch: number;
        highWatermark: number;
      }[];
    })
  | (MessageBase & {
      kind: 'fetchRequest';
      group: number;
      member: number;
      broker: number;
      partitions: { topic: string; partition: number; offset: number }[];
    })
  | (MessageBase & {
      kind: 'fetchResponse';
      group: number;
      member: number;
      broker: number;
      slices: FetchedSlice[];
      /** Partitions the broker refused: it does not lead them, or the offset is outside its log. */
      errors?: FetchPartitionError[];
    })
  | (MessageBase & {
      kind: 'commitRequest';
      group: number;
      member: number;
      broker: number;
      offsets: { topic: string; partition: number; offset: number }[];
      auto: boolean;
      memberId?: string;
      generation?: number;
      /** commitSync (the application waits for the answer) rather than commitAsync. */
      sync?: boolean;
    })
  | GroupMessage
  | ConsumerProtocolMessage;
