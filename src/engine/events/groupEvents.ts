/** Events of the classic consumer group protocol (kafka-behaviour.md §4.5–4.8). */
import type { GroupPhase, RebalanceProtocolName } from '../model/group';

export type GroupEvent =
  /** The coordinator moved the group to another state. */
  | {
      type: 'GroupStateChanged';
      at: number;
      group: string;
      from: GroupPhase;
      to: GroupPhase;
      generation: number;
      reason: string;
    }
  /** The leader's SyncGroup arrived: a new generation is Stable with this assignment (by client id). */
  | {
      type: 'RebalanceCompleted';
      at: number;
      group: string;
      generation: number;
      protocol: RebalanceProtocolName;
      assignor: string;
      leader: string;
      assignment: Record<string, string[]>;
    }
  /** A member gave partitions up (onPartitionsRevoked), or lost them without committing (onPartitionsLost). */
  | {
      type: 'PartitionsRevoked';
      at: number;
      group: string;
      member: string;
      partitions: string[];
      lost: boolean;
    }
  | { type: 'PartitionsAssigned'; at: number; group: string; member: string; partitions: string[] }
  /** The coordinator dropped a member: LeaveGroup, session timeout, or rebalance timeout. */
  | { type: 'MemberRemoved'; at: number; group: string; member: string; reason: string }
  /** A member joined the group's member list (after MEMBER_ID_REQUIRED, or a static member). */
  | { type: 'MemberAdded'; at: number; group: string; member: string; memberId: string }
  /** poll() returned records it had already returned before (at-least-once redelivery). */
  | {
      type: 'RecordsRedelivered';
      at: number;
      group: string;
      member: string;
      partition: string;
      count: number;
    }
  /** Another broker became the group's coordinator (it leads the group's __consumer_offsets partition now). */
  | { type: 'CoordinatorMoved'; at: number; group: string; from: number; to: number; reason: string }
  /** The coordinator deleted an empty group's committed offsets (offsets.retention.minutes). */
  | { type: 'OffsetsExpired'; at: number; group: string; partitions: number };
