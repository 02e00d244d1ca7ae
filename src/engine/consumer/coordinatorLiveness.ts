/**
 * The coordinator's liveness side (kafka-behaviour.md §4.5): heartbeats refresh a member's session,
 * LeaveGroup removes it at once, and a member silent for session.timeout.ms is expired; each removal
 * starts a rebalance.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { GroupMessage } from '../model/group';
import { findMember, removeMember, reply, resetSession } from './joinBarrier';
import { coordinatorAlive } from './coordinatorLocation';

export { removeMember } from './joinBarrier';

type Msg<K extends GroupMessage['kind']> = Extract<GroupMessage, { kind: K }>;

/** Heartbeat: keeps the session alive; during a join phase it tells the member to rejoin. */
export function handleHeartbeat(step: Step, msg: Msg<'heartbeatRequest'>): void {
  const g = step.sim.groups[msg.group]!;
  const c = g.classic;
  const member = findMember(g, msg.memberId);
  let error: string | null = null;
  if (!member) error = 'UNKNOWN_MEMBER_ID';
  else if (msg.generation !== c.generation) error = 'ILLEGAL_GENERATION';
  if (member) resetSession(step, g, member);
  if (!error && c.phase === 'PreparingRebalance') error = 'REBALANCE_IN_PROGRESS';
  reply(step, g, msg.member, { kind: 'heartbeatResponse', error });
}

/** LeaveGroup: the member goes at once and the group rebalances without waiting for a timeout. */
export function handleLeaveGroup(step: Step, msg: Msg<'leaveGroupRequest'>): void {
  const g = step.sim.groups[msg.group]!;
  const member = findMember(g, msg.memberId);
  if (member) removeMember(step, g, member, `LeaveGroup: ${msg.reason}`, true);
}

/** The session check for one member: expired unless a heartbeat (or join/sync) came in time. */
export function sessionCheck(step: Step, groupIndex: number, memberId: string, epoch: number): void {
  const g = step.sim.groups[groupIndex]!;
  // A crashed coordinator expires nobody; the next one starts its own timers when it loads the group.
  if (epoch !== g.classic.coordinatorEpoch || !coordinatorAlive(step.sim, g)) return;
  const member = findMember(g, memberId);
  if (!member) return;
  // A member waiting in the join barrier is not expired (its JoinGroup is its liveness).
  if (member.sessionDeadline > step.sim.now || (member.joined && g.classic.phase === 'PreparingRebalance')) {
    const at = Math.max(member.sessionDeadline, step.sim.now + 1);
    schedule(step.sim, at, { kind: 'sessionCheck', group: g.index, memberId, epoch });
    return;
  }
  removeMember(step, g, member, `session timeout: no heartbeat for ${member.sessionTimeoutMs} ms`, true);
}
