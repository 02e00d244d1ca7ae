/**
 * Broker settings of the consumer group protocol (Kafka 4.0 `GroupCoordinatorConfig` defaults, fixed
 * here) and the small helpers every part of it shares.
 */
import type {
  ConsumerProtocolGroupState,
  MemberEpochStep,
  ReconciliationEvent,
} from '../../model/consumerProtocol';
import type { GroupState } from '../../model/state';

/** `group.consumer.heartbeat.interval.ms`: the broker tells members how often to heartbeat. */
export const CONSUMER_HEARTBEAT_INTERVAL_MS = 5000;
/** `group.consumer.session.timeout.ms`: a member silent this long is fenced. */
export const CONSUMER_SESSION_TIMEOUT_MS = 45000;
/** ConsumerGroupHeartbeatRequest epochs with a meaning of their own. */
export const JOIN_EPOCH = 0;
export const LEAVE_EPOCH = -1;
export const STATIC_LEAVE_EPOCH = -2;

const LOG_KEPT = 400;

export function newConsumerProtocolGroup(
  assignor: 'uniform' | 'range' = 'uniform',
): ConsumerProtocolGroupState {
  return {
    assignor,
    groupEpoch: 0,
    targetAssignmentEpoch: 0,
    target: {},
    members: [],
    log: [],
    epochLog: [],
    timerEpoch: 0,
  };
}

/** True when the group runs the KIP-848 protocol. */
export function usesConsumerProtocol(
  g: GroupState,
): g is GroupState & { consumerProtocol: ConsumerProtocolGroupState } {
  return g.consumerProtocol !== undefined;
}

export function logReconciliation(cp: ConsumerProtocolGroupState, event: ReconciliationEvent): void {
  cp.log.push(event);
  if (cp.log.length > LOG_KEPT) cp.log.shift();
}

export function logMemberEpoch(cp: ConsumerProtocolGroupState, step: MemberEpochStep): void {
  const log = (cp.epochLog ??= []);
  log.push(step);
  if (log.length > LOG_KEPT) log.shift();
}

/** `ConsumerGroup.ConsumerGroupState` as Kafka derives it. */
export function consumerGroupPhase(
  cp: ConsumerProtocolGroupState,
): 'EMPTY' | 'ASSIGNING' | 'RECONCILING' | 'STABLE' {
  if (cp.members.length === 0) return 'EMPTY';
  if (cp.groupEpoch !== cp.targetAssignmentEpoch) return 'ASSIGNING';
  const settled = cp.members.every((m) => m.state === 'STABLE' && m.memberEpoch === cp.targetAssignmentEpoch);
  return settled ? 'STABLE' : 'RECONCILING';
}

/** `ConsumerGroup.validateOffsetCommit`: the member must exist and commit with its current epoch. */
export function consumerGroupCommitError(
  cp: ConsumerProtocolGroupState,
  memberId: string,
  memberEpoch: number,
): string | null {
  const member = cp.members.find((m) => m.memberId === memberId && !m.departed);
  if (!member) return 'UNKNOWN_MEMBER_ID';
  return memberEpoch === member.memberEpoch ? null : 'STALE_MEMBER_EPOCH';
}
