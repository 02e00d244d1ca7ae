/** A broker: its process state, follower fetch sessions, produce purgatory, parked fetches and producer-id state. (Split from state.ts, which re-exports everything.) */
import type { WireBatch } from './producerState';

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

export interface ProducerIdState {
  pid: number;
  epoch: number;
  batches: { firstSeq: number; lastSeq: number; offset: number }[];
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
