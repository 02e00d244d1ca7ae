/**
 * Plain data of the KIP-848 consumer group protocol (`group.protocol=consumer`, kafka-behaviour.md
 * §4.10): the coordinator's consumer group (Kafka's `ConsumerGroup` / `ConsumerGroupMember`), and the
 * ConsumerGroupHeartbeat messages. The client side lives in `MemberState` (its epoch is
 * `client.generation`, its member id `id`), so fetch, poll and commit work unchanged.
 */
import type { TopicPartitionPair } from '../consumer/assignors/types';

/** `org.apache.kafka.coordinator.group.modern.MemberState`. */
export type ConsumerMemberState = 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';

/** `ConsumerGroup.ConsumerGroupState` (what `kafka-consumer-groups --describe` prints, lower-cased there). */
export type ConsumerGroupPhase = 'EMPTY' | 'ASSIGNING' | 'RECONCILING' | 'STABLE';

export interface ConsumerProtocolMember {
  memberId: string;
  clientId: string;
  /** Index of the client in GroupState.members (where responses go). */
  client: number;
  instanceId: string | null;
  memberEpoch: number;
  previousMemberEpoch: number;
  state: ConsumerMemberState;
  topics: string[];
  /** Partitions the member owns or may take (Kafka's assignedPartitions). */
  assigned: TopicPartitionPair[];
  /** Partitions it must give up and has not yet acknowledged (partitionsPendingRevocation). */
  pendingRevocation: TopicPartitionPair[];
  /** The client's max.poll.interval.ms, sent as rebalanceTimeoutMs when it joined. */
  rebalanceTimeoutMs: number;
  sessionDeadline: number;
  /** When an unacknowledged revocation fences the member (-1: no revocation pending). */
  revocationDeadline: number;
  /** A static member that left with epoch -2: kept with its assignment until its session runs out. */
  departed: boolean;
}

/** One step of a member's reconciliation, for the timeline and the report. */
export interface ReconciliationEvent {
  at: number;
  member: string;
  kind: 'joined' | 'revoke' | 'revoked' | 'assign' | 'left' | 'fenced';
  memberEpoch: number;
  groupEpoch: number;
  partitions: string[];
  reason?: string;
}

/** A member's epoch moved (to the target epoch, or on after acknowledging a revocation). */
export interface MemberEpochStep {
  at: number;
  member: string;
  memberEpoch: number;
  groupEpoch: number;
}

export interface ConsumerProtocolGroupState {
  assignor: 'uniform' | 'range';
  groupEpoch: number;
  targetAssignmentEpoch: number;
  /** memberId → its partitions in the current target assignment. */
  target: Record<string, TopicPartitionPair[]>;
  members: ConsumerProtocolMember[];
  /** Bounded log of reconciliation steps (oldest dropped first). */
  log: ReconciliationEvent[];
  /**
   * Partition count of each subscribed topic when the target was last computed (Kafka's subscription
   * metadata); a change (partitions added) bumps the group epoch at the next heartbeat. Absent until then.
   */
  partitionCounts?: Record<string, number>;
  /** Bounded log of member epoch changes (for the timeline: members that move on without pausing). */
  epochLog?: MemberEpochStep[];
  /** Bumped on every coordinator (re)load so older session and revocation timers are ignored. */
  timerEpoch: number;
}

interface Timing {
  id: number;
  sentAt: number;
  arriveAt: number;
}

/** ConsumerGroupHeartbeat request / response (API key 68). */
export type ConsumerProtocolMessage =
  | (Timing & {
      kind: 'consumerGroupHeartbeatRequest';
      group: number;
      member: number;
      broker: number;
      memberId: string;
      /** 0 joins, -1 leaves, -2 a static member leaves temporarily. */
      memberEpoch: number;
      instanceId: string | null;
      rebalanceTimeoutMs: number;
      topics: string[];
      /** The partitions the client owns now (its acknowledgement of revocations). */
      owned: TopicPartitionPair[];
      serverAssignor: string;
    })
  | (Timing & {
      kind: 'consumerGroupHeartbeatResponse';
      group: number;
      member: number;
      broker: number;
      error: string | null;
      memberId: string;
      memberEpoch: number;
      heartbeatIntervalMs: number;
      /** The partitions the member may own now; null when unchanged since the last response. */
      assignment: TopicPartitionPair[] | null;
    });
