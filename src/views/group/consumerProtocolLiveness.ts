/**
 * What keeps a KIP-848 member in its group, for the member list's countdowns: the next
 * ConsumerGroupHeartbeat (every group.consumer.heartbeat.interval.ms, which the broker sends in each
 * response) and the coordinator's fencing deadline (group.consumer.session.timeout.ms after the last
 * heartbeat it received). max.poll.interval.ms stays the client's, shown as for a classic member.
 */
import {
  CONSUMER_HEARTBEAT_INTERVAL_MS,
  CONSUMER_SESSION_TIMEOUT_MS,
  type GroupView,
  type MemberView,
} from '../../engine';

export interface ConsumerProtocolLiveness {
  heartbeatMs: number;
  sessionMs: number;
  /** ms until the next heartbeat (null while the member is not in the group). */
  heartbeatIn: number | null;
  /** ms until the coordinator fences it without a heartbeat (null when the coordinator does not know it). */
  fencedIn: number | null;
  helpParams: { hb: number; session: number; poll: number };
}

/** null for a classic group. */
export function consumerProtocolLiveness(
  group: GroupView,
  m: MemberView,
  now: number,
): ConsumerProtocolLiveness | null {
  const cp = group.consumerProtocol;
  if (!cp) return null;
  const status = m.group.status;
  const inGroup = status === 'stable' || status === 'joining';
  const known = cp.members.find((x) => x.clientId === m.clientId && x.memberId === m.id);
  const lastBeat = m.group.lastHeartbeatAt;
  return {
    heartbeatMs: CONSUMER_HEARTBEAT_INTERVAL_MS,
    sessionMs: CONSUMER_SESSION_TIMEOUT_MS,
    heartbeatIn:
      inGroup && lastBeat >= 0 ? Math.max(0, lastBeat + CONSUMER_HEARTBEAT_INTERVAL_MS - now) : null,
    fencedIn: known && known.memberEpoch >= 0 ? Math.max(0, known.sessionDeadline - now) : null,
    helpParams: {
      hb: CONSUMER_HEARTBEAT_INTERVAL_MS / 1000,
      session: CONSUMER_SESSION_TIMEOUT_MS / 1000,
      poll: Number(group.config['max.poll.interval.ms']) / 1000,
    },
  };
}
