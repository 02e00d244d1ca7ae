/**
 * Plain data of the classic consumer group protocol (kafka-behaviour.md §4.5–4.8): what the group
 * coordinator on the broker knows, what each consumer client knows, and the messages between them.
 */
import type { TopicPartitionPair } from '../consumer/assignors/types';

/** ClassicGroupState: the coordinator's state machine for one group. */
export type GroupPhase = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export type RebalanceProtocolName = 'EAGER' | 'COOPERATIVE';

/** One member as the coordinator sees it. */
export interface CoordinatorMember {
  memberId: string;
  clientId: string;
  /** Index of the client in GroupState.members (where responses go). */
  client: number;
  groupInstanceId: string | null;
  /** JoinGroup metadata: the member's assignor list, subscription and owned partitions. */
  strategies: string[];
  topics: string[];
  owned: TopicPartitionPair[];
  previous: TopicPartitionPair[];
  ownedGeneration: number;
  /** Rejoined in the current rebalance (JoinGroup received while PreparingRebalance). */
  joined: boolean;
  /** Waiting for its SyncGroup response. */
  awaitingSync: boolean;
  assignment: TopicPartitionPair[];
  /** The coordinator removes the member if no heartbeat arrives before this time. */
  sessionDeadline: number;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
}

/** What happened to a partition in one rebalance, for the timeline view. */
export interface RebalanceRecord {
  generation: number;
  protocol: RebalanceProtocolName;
  assignor: string;
  reason: string;
  startedAt: number;
  /** When the coordinator answered the JoinGroups (CompletingRebalance). */
  joinedAt: number;
  /** When the leader's SyncGroup made the group Stable (-1 while not yet). */
  stableAt: number;
  leader: string;
  /** clientId → partitions ("orders-3") the member got in this generation. */
  assignment: Record<string, string[]>;
  /** clientId → partitions the member gave up in this rebalance. */
  revoked: Record<string, string[]>;
  /**
   * Partition → ms it had no consuming member, for the pauses this rebalance ended (from when its old
   * owner revoked it, or crashed, until a member of this generation took it).
   */
  paused: Record<string, number>;
}

/** A stretch of time during which one member consumed a partition (for the ownership timeline). */
export interface OwnershipSegment {
  partition: string;
  clientId: string;
  from: number;
  /** -1 while still owned. */
  to: number;
}

/** The coordinator's view of the group plus counters for the report. */
export interface ClassicGroupState {
  /** The broker leading the group's __consumer_offsets partition (-1: no live replica, no coordinator). */
  coordinator: number;
  /** abs(hash(group id)) % offsets.topic.num.partitions, and that partition's replicas (consumer/coordinator.ts). */
  offsetsPartition: number;
  offsetsReplicas: number[];
  /** Bumped each time a broker (re)loads the group, so the previous coordinator's timers are ignored. */
  coordinatorEpoch: number;
  phase: GroupPhase;
  generation: number;
  /** The assignor the coordinator selected (JoinGroup protocol name). */
  assignor: string | null;
  protocol: RebalanceProtocolName | null;
  leader: string | null;
  members: CoordinatorMember[];
  /** Member ids handed out with MEMBER_ID_REQUIRED, not yet joined. */
  pendingMemberIds: string[];
  /** Bumped whenever a join-phase timer is replaced, so stale timer tasks are ignored. */
  joinTimerToken: number;
  /** InitialDelayedJoin bookkeeping (group.initial.rebalance.delay.ms). */
  initialDelay: { remainingMs: number; newMemberAdded: boolean; delayMs: number } | null;
  rebalanceReason: string;
  rebalanceStartedAt: number;
  /** When the group last became Empty (offsets.retention.minutes counts from here), -1 otherwise. */
  emptySince: number;
  /** Where the client counter for the next consumer started by an action stands. */
  nextClientNumber: number;
  rebalanceCount: number;
  totalPauseMs: number;
  /** Partition key ("orders-3") → since when nobody consumes it (after the first Stable). */
  pausedSince: Record<string, number>;
  everStable: boolean;
  history: RebalanceRecord[];
  /** Revocations made while the next generation is being formed (moved into its record at join completion). */
  pendingRevoked: Record<string, string[]>;
  segments: OwnershipSegment[];
  /** Highest offset + 1 ever returned by poll() per partition: anything below it again is a duplicate. */
  polledUpTo: Record<string, number>;
  duplicates: number;
  duplicatesByPartition: Record<string, number>;
  fencedCommits: number;
  expiredOffsets: number;
}

/** The client side: where one consumer is in the protocol. */
export type ClientStatus = 'unjoined' | 'joining' | 'syncing' | 'stable' | 'stopped' | 'crashed';

export interface ClientGroupState {
  status: ClientStatus;
  /** Recent status changes, oldest first (bounded): the rebalance timeline draws them as phase bars. */
  statusLog: { at: number; status: ClientStatus }[];
  generation: number;
  groupInstanceId: string | null;
  /** A heartbeat said REBALANCE_IN_PROGRESS, metadata changed, or the subscription changed. */
  rejoinNeeded: boolean;
  /** The topics of the member's last JoinGroup (ConsumerCoordinator.joinedSubscription); absent before the first. */
  joinedTopics?: string[];
  /** Last time the application called poll() (max.poll.interval.ms counts from here). */
  lastPollAt: number;
  heartbeatToken: number;
  lastHeartbeatAt: number;
  /** When the client last heard a heartbeat response, -1 never. */
  lastHeartbeatReply: number;
  /** wakeup() was called: the next (or current blocking) poll() throws WakeupException → close(). */
  wakeupRequested: boolean;
  /** Overrides the workload's processing time per record (the "make slow" action), -1 none. */
  processingMsPerRecord: number;
  /** Records returned by the last poll() (the batch being processed). */
  lastPolled: number;
  leftBecause: string | null;
  startedAt: number;
  /** The assignment of the member's last generation (StickyAssignor's user data), kept across an eager revoke. */
  previous: TopicPartitionPair[];
  /** The broker the client believes coordinates its group (-1: unknown, a FindCoordinator is under way). */
  coordinator: number;
  /** Bumped per FindCoordinator lookup, so a superseded lookup's answer is ignored. */
  lookupToken: number;
  /** KIP-848 only: a ConsumerGroupHeartbeat is in flight (the client sends one at a time). */
  heartbeatInFlight?: boolean;
  /** KIP-848 only: a reconciliation finished; the next heartbeat (sent at once) acknowledges it. */
  ackPending?: boolean;
  /** KIP-848 only: an assignment received while the application was busy, reconciled in its next poll(). */
  pendingAssignment?: TopicPartitionPair[] | null;
}

/** A member's subscription as the leader receives it in its JoinGroup response. */
export interface JoinedMember {
  memberId: string;
  groupInstanceId: string | null;
  strategies: string[];
  topics: string[];
  owned: TopicPartitionPair[];
  previous: TopicPartitionPair[];
  generation: number;
}

interface Timing {
  id: number;
  sentAt: number;
  arriveAt: number;
}

/** Classic group protocol messages between a consumer (client index) and its coordinator broker. */
export type GroupMessage =
  | (Timing & {
      kind: 'joinGroupRequest';
      group: number;
      member: number;
      broker: number;
      memberId: string;
      groupInstanceId: string | null;
      strategies: string[];
      topics: string[];
      owned: TopicPartitionPair[];
      previous: TopicPartitionPair[];
      ownedGeneration: number;
      sessionTimeoutMs: number;
      rebalanceTimeoutMs: number;
    })
  | (Timing & {
      kind: 'joinGroupResponse';
      group: number;
      member: number;
      broker: number;
      error: string | null;
      memberId: string;
      generation: number;
      assignor: string;
      leader: string;
      /** Only the leader gets the members' subscriptions. */
      members: JoinedMember[];
    })
  | (Timing & {
      kind: 'syncGroupRequest';
      group: number;
      member: number;
      broker: number;
      memberId: string;
      generation: number;
      assignment: Record<string, TopicPartitionPair[]> | null;
    })
  | (Timing & {
      kind: 'syncGroupResponse';
      group: number;
      member: number;
      broker: number;
      error: string | null;
      assignment: TopicPartitionPair[];
    })
  | (Timing & {
      kind: 'heartbeatRequest';
      group: number;
      member: number;
      broker: number;
      memberId: string;
      generation: number;
    })
  | (Timing & {
      kind: 'heartbeatResponse';
      group: number;
      member: number;
      broker: number;
      error: string | null;
    })
  | (Timing & {
      kind: 'leaveGroupRequest';
      group: number;
      member: number;
      broker: number;
      memberId: string;
      reason: string;
    })
  | (Timing & {
      kind: 'commitResponse';
      group: number;
      member: number;
      broker: number;
      error: string | null;
      sync: boolean;
      /** The id of the OffsetCommit request this answers (a blocked commitSync() waits for its own). */
      request: number;
    });
