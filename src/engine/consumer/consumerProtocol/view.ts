/**
 * Read model of a KIP-848 group: group and target-assignment epochs, the group state Kafka 4.0's
 * `kafka-consumer-groups --describe --state` prints, and each member's epoch, state and partitions.
 */
import type { MemberEpochStep, ReconciliationEvent } from '../../model/consumerProtocol';
import type { GroupState } from '../../model/state';
import { tpKey } from '../membership';
import { consumerGroupPhase } from './settings';

export interface ConsumerProtocolMemberView {
  memberId: string;
  clientId: string;
  instanceId: string | null;
  memberEpoch: number;
  /** STABLE, UNREVOKED_PARTITIONS, UNRELEASED_PARTITIONS (Kafka's MemberState). */
  state: string;
  assigned: string[];
  pendingRevocation: string[];
  /** The partitions the target assignment gives it (some may still be unreleased). */
  target: string[];
  /** When the coordinator fences it without a heartbeat (group.consumer.session.timeout.ms after the last). */
  sessionDeadline: number;
}

export interface ConsumerProtocolView {
  protocol: 'consumer';
  assignor: string;
  /** EMPTY, ASSIGNING, RECONCILING or STABLE. */
  state: string;
  groupEpoch: number;
  targetAssignmentEpoch: number;
  members: ConsumerProtocolMemberView[];
  recent: ReconciliationEvent[];
  /** For the rebalance timeline: the latest reconciliation steps and member epoch changes, oldest first. */
  timeline: { events: ReconciliationEvent[]; epochs: MemberEpochStep[] };
}

/** Enough history for the timeline's 60 s window in a busy group (both logs are bounded in the engine). */
const TIMELINE_KEPT = 160;

const keys = (list: [string, number][]) => list.map(([t, p]) => tpKey(t, p));

/** `{ consumerProtocol }` for a KIP-848 group, `{}` for a classic one (spread into the group view). */
export function consumerProtocolView(g: GroupState): { consumerProtocol?: ConsumerProtocolView } {
  const cp = g.consumerProtocol;
  if (!cp) return {};
  return {
    consumerProtocol: {
      protocol: 'consumer',
      assignor: cp.assignor,
      state: consumerGroupPhase(cp),
      groupEpoch: cp.groupEpoch,
      targetAssignmentEpoch: cp.targetAssignmentEpoch,
      members: cp.members.map((m) => ({
        memberId: m.memberId,
        clientId: m.clientId,
        instanceId: m.instanceId,
        memberEpoch: m.memberEpoch,
        state: m.state,
        assigned: keys(m.assigned),
        pendingRevocation: keys(m.pendingRevocation),
        target: keys(cp.target[m.memberId] ?? []),
        sessionDeadline: m.sessionDeadline,
      })),
      recent: cp.log.slice(-40).map((e) => ({ ...e, partitions: [...e.partitions] })),
      // Logged steps are never changed after they are written, so the timeline can share them.
      timeline: { events: cp.log.slice(-TIMELINE_KEPT), epochs: (cp.epochLog ?? []).slice(-TIMELINE_KEPT) },
    },
  };
}
