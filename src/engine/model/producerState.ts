/** The producer client: accumulator batches, in-flight requests, delivery state and stats. (Split from state.ts, which re-exports everything.) */
import type { PartitionerConfig, PartitionerState } from '../producer/partitioning/types';
import type { PartitionSequenceState } from './producerSequences';
import type { ProducerWorkload } from './scenario';
import type { ProducerConfig } from '../config/typedConfig';

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
  /** Records send() put into the accumulator (the report's `appended`). */
  sent: number;
  /** Records send() refused before the accumulator (too large, serializer, buffer exhausted, closed); part of `failed`. */
  rejected: number;
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
  config: ProducerConfig;
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
