/**
 * The classic coordinator's join barrier (Kafka's ClassicGroup / GroupMetadataManager.prepareRebalance,
 * InitialDelayedJoin, onCompleteJoin): PreparingRebalance until every known member rejoined or the
 * rebalance timeout drops the laggards, then a new generation and the JoinGroup responses; and member
 * removal, which restarts the barrier. Shared by JoinGroup handling (groupCoordinator.ts), liveness
 * (coordinatorLiveness.ts) and failover (coordinator.ts), which all call into it — never the reverse.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { CoordinatorMember } from '../model/group';
import type { GroupState } from '../model/state';
import { chooseGroupAssignor, chooseRebalanceProtocol } from './assignors';
import { coordinatorAlive } from './coordinatorLocation';
import { sendGroupMessage, setPhase } from './membership';
import { updateOwnership } from './ownership';

const HISTORY_KEPT = 30;

export function findMember(g: GroupState, memberId: string): CoordinatorMember | undefined {
  return g.classic.members.find((m) => m.memberId === memberId);
}

export function resetSession(step: Step, g: GroupState, m: CoordinatorMember): void {
  m.sessionDeadline = step.sim.now + m.sessionTimeoutMs;
}

export function reply(
  step: Step,
  g: GroupState,
  client: number,
  message: Parameters<typeof sendGroupMessage>[3],
) {
  sendGroupMessage(step, g, client, message);
}

/** Starts (or restarts) the join barrier: every known member must send JoinGroup again. */
export function prepareRebalance(step: Step, g: GroupState, reason: string): void {
  const { sim } = step;
  const c = g.classic;
  if (c.phase === 'CompletingRebalance') {
    // Members waiting for SyncGroup are told to rejoin.
    for (const m of c.members.filter((x) => x.awaitingSync)) {
      m.awaitingSync = false;
      reply(step, g, m.client, { kind: 'syncGroupResponse', error: 'REBALANCE_IN_PROGRESS', assignment: [] });
    }
  }
  const fromEmpty = c.phase === 'Empty';
  const rebalanceTimeout = Math.max(0, ...c.members.map((m) => m.rebalanceTimeoutMs));
  c.rebalanceReason = reason;
  c.rebalanceStartedAt = sim.now;
  c.joinTimerToken++;
  setPhase(step, g, 'PreparingRebalance', reason);
  if (fromEmpty) {
    const delay = configValue(g.config, 'group.initial.rebalance.delay.ms');
    c.initialDelay = {
      remainingMs: Math.max(rebalanceTimeout - delay, 0),
      newMemberAdded: false,
      delayMs: delay,
    };
    schedule(sim, sim.now + delay, { kind: 'joinTimer', group: g.index, token: c.joinTimerToken });
    return;
  }
  c.initialDelay = null;
  schedule(sim, sim.now + rebalanceTimeout, { kind: 'joinTimer', group: g.index, token: c.joinTimerToken });
  tryCompleteJoin(step, g);
}

/** The join phase completes once every known member has rejoined (and no initial delay is running). */
export function tryCompleteJoin(step: Step, g: GroupState): void {
  const c = g.classic;
  if (c.phase !== 'PreparingRebalance' || c.initialDelay) return;
  if (c.members.every((m) => m.joined) && c.pendingMemberIds.length === 0) completeJoin(step, g);
}

/** The join timer fired: the initial delay may extend itself; a rebalance timeout drops laggards. */
export function joinTimer(step: Step, groupIndex: number, token: number): void {
  const g = step.sim.groups[groupIndex]!;
  const c = g.classic;
  if (c.joinTimerToken !== token || c.phase !== 'PreparingRebalance') return;
  if (!coordinatorAlive(step.sim, g)) return; // the next coordinator restarts the barrier when it loads
  const delayed = c.initialDelay;
  if (delayed && delayed.newMemberAdded && delayed.remainingMs !== 0) {
    // InitialDelayedJoin: members arrived during the delay, so wait once more for stragglers.
    const configured = configValue(g.config, 'group.initial.rebalance.delay.ms');
    const delay = Math.min(configured, delayed.remainingMs);
    c.initialDelay = {
      newMemberAdded: false,
      remainingMs: Math.max(delayed.remainingMs - delayed.delayMs, 0),
      delayMs: delay,
    };
    schedule(step.sim, step.sim.now + delay, { kind: 'joinTimer', group: g.index, token });
    return;
  }
  c.initialDelay = null;
  for (const m of c.members.filter((x) => !x.joined))
    removeMember(step, g, m, 'did not rejoin within the rebalance timeout (max.poll.interval.ms)', false);
  completeJoin(step, g);
}

/** onCompleteJoin: a new generation, the assignor vote, the leader, and the JoinGroup responses. */
function completeJoin(step: Step, g: GroupState): void {
  const c = g.classic;
  c.pendingMemberIds = [];
  c.joinTimerToken++;
  c.generation++;
  if (c.members.length === 0) {
    c.assignor = null;
    c.leader = null;
    setPhase(step, g, 'Empty', 'no members left');
    return;
  }
  c.assignor = chooseGroupAssignor(c.members.map((m) => m.strategies));
  c.protocol = chooseRebalanceProtocol(c.members.map((m) => m.strategies));
  if (!c.leader || !findMember(g, c.leader)) c.leader = c.members[0]!.memberId;
  c.rebalanceCount++;
  setPhase(step, g, 'CompletingRebalance', `generation ${c.generation} formed`);
  c.history.push({
    generation: c.generation,
    protocol: c.protocol,
    assignor: c.assignor,
    reason: c.rebalanceReason,
    startedAt: c.rebalanceStartedAt,
    joinedAt: step.sim.now,
    stableAt: -1,
    leader: findMember(g, c.leader)!.clientId,
    assignment: {},
    revoked: c.pendingRevoked,
    paused: {},
  });
  c.pendingRevoked = {};
  if (c.history.length > HISTORY_KEPT) c.history.shift();
  for (const m of c.members) {
    m.joined = false;
    resetSession(step, g, m);
    sendJoinResponse(step, g, m, null);
  }
}

export function sendJoinResponse(
  step: Step,
  g: GroupState,
  m: CoordinatorMember,
  error: string | null,
): void {
  const c = g.classic;
  const isLeader = m.memberId === c.leader;
  reply(step, g, m.client, {
    kind: 'joinGroupResponse',
    error,
    memberId: m.memberId,
    generation: c.generation,
    assignor: c.assignor ?? '',
    leader: c.leader ?? '',
    // Only the leader learns everybody's subscription: it runs the assignor client-side.
    members: isLeader
      ? c.members.map((x) => ({
          memberId: x.memberId,
          groupInstanceId: x.groupInstanceId,
          strategies: [...x.strategies],
          topics: [...x.topics],
          owned: x.owned.map(([t, p]) => [t, p]),
          previous: x.previous.map(([t, p]) => [t, p]),
          generation: x.ownedGeneration,
        }))
      : [],
  });
}

/** Drops a member from the group (and, unless told otherwise, rebalances the rest). */
export function removeMember(
  step: Step,
  g: GroupState,
  member: CoordinatorMember,
  reason: string,
  rebalance: boolean,
): void {
  const c = g.classic;
  c.members.splice(c.members.indexOf(member), 1);
  if (c.leader === member.memberId) c.leader = null;
  step.out.push({ type: 'MemberRemoved', at: step.sim.now, group: g.id, member: member.clientId, reason });
  updateOwnership(step, g);
  if (!rebalance) return;
  if (c.phase === 'Stable' || c.phase === 'CompletingRebalance')
    prepareRebalance(step, g, `removing member ${member.clientId}: ${reason}`);
  else if (c.phase === 'PreparingRebalance') tryCompleteJoin(step, g);
}
