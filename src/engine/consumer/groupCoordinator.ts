/**
 * The classic group coordinator on the broker (kafka-behaviour.md §4.7; Kafka's ClassicGroup and
 * GroupMetadataManager): JoinGroup with MEMBER_ID_REQUIRED, static members and new-member handling.
 * The PreparingRebalance barrier (group.initial.rebalance.delay.ms, generations, leader choice) is in
 * joinBarrier.ts, SyncGroup in coordinatorSync.ts; heartbeats, LeaveGroup and session expiry in
 * coordinatorLiveness.ts.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { CoordinatorMember, GroupMessage } from '../model/group';
import type { GroupState } from '../model/state';
import { memberIdFor, setPhase } from './membership';
import {
  findMember,
  prepareRebalance,
  reply,
  resetSession,
  sendJoinResponse,
  tryCompleteJoin,
} from './joinBarrier';
import { refuseJoinGroup } from './configRules';

// The join barrier moved to joinBarrier.ts; re-exported for callers.
export { findMember, joinTimer, prepareRebalance, reply, resetSession, tryCompleteJoin } from './joinBarrier';

type Msg<K extends GroupMessage['kind']> = Extract<GroupMessage, { kind: K }>;

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
