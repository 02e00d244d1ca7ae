/**
 * The whole simulation state: plain, JSON-serialisable data (no classes, closures, Maps or Sets),
 * so that it can be checkpointed with structuredClone/JSON and rewound exactly. The PRNG state and
 * the event queue are part of it.
 */
import type { ConfigValue } from '../config/types';
import type { RngState } from '../random/prng';
import type { QueueEntry } from '../time/queue';
import type { ConsumerWorkload, ProducerWorkload, Scenario } from './scenario';
import type { ClassicGroupState, ClientGroupState, GroupMessage } from './group';

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
  brokers: BrokerState[];
  topics: TopicState[];
  producers: ProducerState[];
  groups: GroupState[];
  /** Requests and responses travelling between clients and brokers (views interpolate their position). */
  messages: Message[];
}

export interface BrokerState {
  id: number;
  /** Fetches held in purgatory until fetch.min.bytes are available or fetch.max.wait.ms passes. */
  parkedFetches: ParkedFetch[];
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
}

/** Why a batch left: it was full, its linger.ms ran out, send() was blocked on memory, or it rode along in a request to the same broker. */
export type SendReason = 'full' | 'linger' | 'memory' | 'drained';

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
}

export interface ProducerState {
  id: string;
  index: number;
  topic: string;
  config: Config;
  /** Keys the scenario or the user set (Kafka treats explicit and default values differently in places). */
  explicitKeys: string[];
  workload: ProducerWorkload;
  /** Rate accounting: records generated since `rateSince`, so changing the rate needs no per-record events. */
  rateSince: number;
  rateProduced: number;
  tickToken: number;
  keyCursor: number;
  /** Placeholder sticky partitioner: current partition and bytes produced to it. */
  sticky: { partition: number; bytes: number };
  /** Next per-partition sequence number to give a record. */
  sequences: number[];
  /** One deque of open batches per partition (front = oldest). */
  deques: OpenBatch[][];
  bufferUsed: number;
  /** send() is blocked waiting for buffer memory (the application thread is stuck). */
  blocked: { since: number; token: number; partition: number; key: string | null } | null;
  blockToken: number;
  /** Produce requests awaiting a response, per broker connection. */
  inFlight: number[];
  drainIndex: number;
  stats: ProducerStats;
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
  stats: { consumed: number; polls: number; commits: number };
  /** The group coordinator's state for this group (consumer/groupCoordinator.ts). */
  classic: ClassicGroupState;
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
    })
  | (MessageBase & {
      kind: 'produceResponse';
      producer: number;
      broker: number;
      results: { batch: WireBatch; baseOffset: number }[];
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
  | GroupMessage;
