/**
 * The classic group coordinator on the broker (kafka-behaviour.md §4.7; Kafka's ClassicGroup and
 * GroupMetadataManager): JoinGroup with MEMBER_ID_REQUIRED, the PreparingRebalance barrier with
 * group.initial.rebalance.delay.ms, generations and leader choice. SyncGroup is in coordinatorSync.ts;
 * heartbeats, LeaveGroup and session expiry in coordinatorLiveness.ts.
 */
import type { Step } from '../core/step';
import { configNumber, schedule } from '../core/step';
import type { CoordinatorMember, GroupMessage } from '../model/group';
import type { GroupState } from '../model/state';
import { chooseGroupAssignor, chooseRebalanceProtocol } from './assignors';
import { memberIdFor, sendGroupMessage, setPhase } from './membership';
import { removeMember } from './coordinatorLiveness';
import { coordinatorAlive } from './coordinator';
import { refuseJoinGroup } from './configRules';

type Msg<K extends GroupMessage['kind']> = Extract<GroupMessage, { kind: K }>;

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

/** A JoinGroup request reached the coordinator. */
export function handleJoinGroup(step: Step, msg: Msg<'joinGroupRequest'>): void {
  const { sim } = step;
  const g = sim.groups[msg.group]!;
  const c = g.classic;
  if (refuseJoinGroup(step, g, msg)) return;
  if (c.phase === 'Dead') setPhase(step, g, 'Empty', 'a member joined a group that had been removed');
  const clientId = g.members[msg.member]!.clientId;
  const member = msg.memberId ? findMember(g, msg.memberId) : undefined;

  if (!member && msg.groupInstanceId) {
    // Static membership (KIP-345): the instance id, not the member id, identifies the member.
    const existing = c.members.find((m) => m.groupInstanceId === msg.groupInstanceId);
    if (existing) {
      // The new process replaces the old one: new member id, and its own client id and host in --describe.
      existing.memberId = memberIdFor(sim, clientId);
      existing.clientId = clientId;
      existing.client = msg.member;
      updateMetadata(existing, msg);
      resetSession(step, g, existing);
      if (c.phase === 'Stable' && sameSubscription(existing, msg)) {
        // A static member back within its session timeout gets its old assignment without a rebalance.
        sendJoinResponse(step, g, existing, null);
        existing.awaitingSync = false;
        return;
      }
      existing.joined = true;
      if (c.phase === 'PreparingRebalance') return tryCompleteJoin(step, g);
      return prepareRebalance(step, g, `static member ${msg.groupInstanceId} rejoined`);
    }
    return addMemberAndRebalance(step, g, msg, memberIdFor(sim, clientId));
  }

  if (!member && !msg.memberId) {
    // A brand-new dynamic member first gets an id and must rejoin with it (KIP-394).
    const memberId = memberIdFor(sim, clientId);
    c.pendingMemberIds.push(memberId);
    reply(step, g, msg.member, {
      kind: 'joinGroupResponse',
      error: 'MEMBER_ID_REQUIRED',
      memberId,
      generation: -1,
      assignor: '',
      leader: '',
      members: [],
    });
    return;
  }
  if (!member) {
    const pending = c.pendingMemberIds.indexOf(msg.memberId);
    if (pending < 0) {
      reply(step, g, msg.member, {
        kind: 'joinGroupResponse',
        error: 'UNKNOWN_MEMBER_ID',
        memberId: '',
        generation: -1,
        assignor: '',
        leader: '',
        members: [],
      });
      return;
    }
    c.pendingMemberIds.splice(pending, 1);
    return addMemberAndRebalance(step, g, msg, msg.memberId);
  }

  member.client = msg.member;
  const changed = !sameSubscription(member, msg);
  updateMetadata(member, msg);
  resetSession(step, g, member);
  member.joined = true;
  switch (c.phase) {
    case 'PreparingRebalance':
      return tryCompleteJoin(step, g);
    case 'CompletingRebalance':
    case 'Stable':
      // A rejoin with new metadata (or from the leader, in Stable) starts a rebalance; otherwise the
      // member just gets the current generation back.
      if (changed || (c.phase === 'Stable' && member.memberId === c.leader))
        return prepareRebalance(step, g, `member ${clientId} rejoined with new metadata`);
      member.joined = false;
      return sendJoinResponse(step, g, member, null);
    default:
      return prepareRebalance(step, g, `member ${clientId} joined`);
  }
}

function sameSubscription(m: CoordinatorMember, msg: Msg<'joinGroupRequest'>): boolean {
  return (
    JSON.stringify([m.strategies, m.topics, m.owned]) ===
    JSON.stringify([msg.strategies, msg.topics, msg.owned])
  );
}

function updateMetadata(m: CoordinatorMember, msg: Msg<'joinGroupRequest'>): void {
  m.strategies = [...msg.strategies];
  m.topics = [...msg.topics];
  m.owned = msg.owned.map(([t, p]) => [t, p]);
  m.previous = msg.previous.map(([t, p]) => [t, p]);
  m.ownedGeneration = msg.ownedGeneration;
  m.sessionTimeoutMs = msg.sessionTimeoutMs;
  m.rebalanceTimeoutMs = msg.rebalanceTimeoutMs;
}

function addMemberAndRebalance(step: Step, g: GroupState, msg: Msg<'joinGroupRequest'>, memberId: string) {
  const c = g.classic;
  const member: CoordinatorMember = {
    memberId,
    clientId: g.members[msg.member]!.clientId,
    client: msg.member,
    groupInstanceId: msg.groupInstanceId,
    strategies: [],
    topics: [],
    owned: [],
    previous: [],
    ownedGeneration: -1,
    joined: true,
    awaitingSync: false,
    assignment: [],
    sessionDeadline: 0,
    sessionTimeoutMs: msg.sessionTimeoutMs,
    rebalanceTimeoutMs: msg.rebalanceTimeoutMs,
  };
  updateMetadata(member, msg);
  resetSession(step, g, member);
  c.members.push(member);
  schedule(step.sim, member.sessionDeadline, {
    kind: 'sessionCheck',
    group: g.index,
    memberId,
    epoch: c.coordinatorEpoch,
  });
  step.out.push({ type: 'MemberAdded', at: step.sim.now, group: g.id, member: member.clientId, memberId });
  // ClassicGroup marks members joining a brand-new group during its initial delay.
  if (c.phase === 'PreparingRebalance' && c.generation === 0 && c.initialDelay)
    c.initialDelay.newMemberAdded = true;
  if (c.phase === 'PreparingRebalance') return tryCompleteJoin(step, g);
  prepareRebalance(step, g, `adding new member ${member.clientId}`);
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
    const delay = configNumber(g.config, 'group.initial.rebalance.delay.ms');
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
    const configured = configNumber(g.config, 'group.initial.rebalance.delay.ms');
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

function sendJoinResponse(step: Step, g: GroupState, m: CoordinatorMember, error: string | null): void {
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
