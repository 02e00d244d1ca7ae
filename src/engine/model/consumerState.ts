/** Consumer groups and their members (client side; the coordinator side is in group.ts). (Split from state.ts, which re-exports everything.) */
import type { ClassicGroupState, ClientGroupState } from './group';
import type { ConsumerProtocolGroupState } from './consumerProtocol';
import type { ConsumerWorkload } from './scenario';
import type { ConsumerConfig } from '../config/typedConfig';

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
  config: ConsumerConfig;
  explicitKeys: string[];
  workload: ConsumerWorkload;
  members: MemberState[];
  /** Committed offsets at the group coordinator, per topic and partition (-1: none). */
  committed: Record<string, number[]>;
  /**
   * `errors`: errors the members met, by Kafka exception name: fetch errors (leader moves, out-of-range
   * offsets) and coordinator errors (failed commits, lost or moved coordinator).
   */
  stats: {
    consumed: number;
    polls: number;
    commits: number;
    errors: Record<string, number>;
    /** Records below the high watermark a member jumped over when auto.offset.reset=latest gave it a position. */
    skippedByLatestReset: number;
  };
  /** The group coordinator's state for this group (consumer/groupCoordinator.ts). */
  classic: ClassicGroupState;
  /** Present when the group uses `group.protocol=consumer` (KIP-848, consumer/consumerProtocol/). */
  consumerProtocol?: ConsumerProtocolGroupState;
}
