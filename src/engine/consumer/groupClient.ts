/**
 * The consumer's side of the classic group protocol (Kafka's ConsumerCoordinator/AbstractCoordinator):
 * joining from poll(), onJoinPrepare (commit, then revoke everything under EAGER or only unsubscribed
 * topics under COOPERATIVE), the leader running the assignor client-side, onJoinComplete (cooperative
 * members revoke owned − assigned and rejoin), and the responses to heartbeats.
 */
import { joinGroupRefused } from './configRules';
import type { Step } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { GroupMessage } from '../model/group';
import type { GroupState, MemberState } from '../model/state';
import type { AssignorStrategy, TopicPartitionPair } from './assignors';
import { assign, memberRebalanceProtocol } from './assignors';
import { commitPositions } from './commit';
import { coordinatorException, isCoordinatorError, markCoordinatorUnknown } from './coordinatorLookup';
import { startHeartbeats } from './heartbeat';
import { sendGroupMessage, setClientStatus, tpKey } from './membership';
import { dropPartitions, updateOwnership } from './ownership';
import { idTable } from '../core/idTable';
import { ensureConsumerGroupMember, resumeConsumerGroupMember } from './consumerProtocol/client';
import { usesConsumerProtocol } from './consumerProtocol/settings';

type Msg<K extends GroupMessage['kind']> = Extract<GroupMessage, { kind: K }>;

/** The member's `partition.assignment.strategy` as a list of assignor names. */
export function strategiesOf(g: GroupState): string[] {
  return String(g.config['partition.assignment.strategy']).split(',');
}

function pairs(m: MemberState): TopicPartitionPair[] {
  return m.assigned.map((a) => [a.topic, a.partition]);
}

function clientIndex(g: GroupState, m: MemberState): number {
  return g.members.indexOf(m);
}

/** True while the consumer has a member id and generation it believes current. */
export function inGeneration(m: MemberState): boolean {
  return m.client.generation >= 0 && m.id !== '';
}

/** Called at the start of poll(): joins or rejoins the group when needed (never blocks the poll). */
export function ensureActiveGroup(step: Step, g: GroupState, m: MemberState): void {
  if (usesConsumerProtocol(g)) return ensureConsumerGroupMember(step, g, m);
  const c = m.client;
  // ensureCoordinatorReady: without a coordinator the poll goes on fetching; the lookup is under way.
  if (c.coordinator < 0) return;
  if (c.status === 'unjoined' || (c.status === 'stable' && (c.rejoinNeeded || subscriptionChanged(g, m)))) {
    onJoinPrepare(step, g, m);
    sendJoinGroup(step, g, m);
  }
}

/**
 * The subscription differs from the one the member last joined with (ConsumerCoordinator.rejoinNeededOrPending
 * compares `joinedSubscription`): e.g. subscribe() was called while the first JoinGroup was under way.
 */
function subscriptionChanged(g: GroupState, m: MemberState): boolean {
  const joined = m.client.joinedTopics;
  return (
    joined !== undefined && (joined.length !== g.topics.length || joined.some((t) => !g.topics.includes(t)))
  );
}

/** onJoinPrepare: commit (auto-commit waits for it), then revoke per protocol, or lose partitions. */
function onJoinPrepare(step: Step, g: GroupState, m: MemberState): void {
  if (!inGeneration(m)) {
    if (m.assigned.length > 0)
      revoke(
        step,
        g,
        m,
        m.assigned.map((a) => tpKey(a.topic, a.partition)),
        true,
      );
    return;
  }
  if (g.config['enable.auto.commit'] === true) commitPositions(step, g, m, { auto: true, sync: true });
  const protocol = memberRebalanceProtocol(strategiesOf(g));
  const gone = protocol === 'EAGER' ? m.assigned : m.assigned.filter((a) => !g.topics.includes(a.topic));
  if (gone.length > 0)
    revoke(
      step,
      g,
      m,
      gone.map((a) => tpKey(a.topic, a.partition)),
      false,
    );
}

/** Drops partitions from the member (and their fetched data); emits revoked or lost. */
function revoke(step: Step, g: GroupState, m: MemberState, keys: string[], lost: boolean): void {
  // The report's per-rebalance "revoked" (lost partitions were not given up, so they do not count).
  const c = g.classic;
  const record = c.history[c.history.length - 1];
  const into = c.phase === 'PreparingRebalance' || !record ? c.pendingRevoked : record.revoked;
  if (!lost) into[m.clientId] = [...(into[m.clientId] ?? []), ...keys];
  dropPartitions(step, g, m, keys, lost);
}

function sendJoinGroup(step: Step, g: GroupState, m: MemberState): void {
  const c = m.client;
  setClientStatus(m, 'joining', step.sim.now);
  c.rejoinNeeded = false;
  c.joinedTopics = [...g.topics];
  sendGroupMessage(step, g, clientIndex(g, m), {
    kind: 'joinGroupRequest',
    memberId: m.id,
    groupInstanceId: c.groupInstanceId,
    strategies: strategiesOf(g),
    topics: [...g.topics],
    owned: pairs(m),
    previous: c.previous.map(([t, p]) => [t, p]),
    ownedGeneration: c.generation,
    sessionTimeoutMs: configValue(g.config, 'session.timeout.ms'),
    rebalanceTimeoutMs: configValue(g.config, 'max.poll.interval.ms'),
  });
}

function live(m: MemberState | undefined): m is MemberState {
  return !!m && m.client.status !== 'stopped' && m.client.status !== 'crashed';
}

/**
 * FindCoordinator found a coordinator: a join or sync that the old coordinator never answered is sent
 * again as a JoinGroup (AbstractCoordinator.joinGroupIfNeeded retries; onJoinPrepare is not repeated).
 * A stable member just carries on heartbeating to the new coordinator.
 */
export function resumeWithCoordinator(step: Step, g: GroupState, m: MemberState): void {
  if (usesConsumerProtocol(g)) return resumeConsumerGroupMember(step, g, m);
  if (m.client.status === 'joining' || m.client.status === 'syncing') sendJoinGroup(step, g, m);
}

/** A coordinator error in a response: forget the coordinator; the request is retried once one is found. */
function coordinatorLost(step: Step, g: GroupState, m: MemberState, msg: GroupMessage): boolean {
  if (!('error' in msg) || !isCoordinatorError(msg.error)) return false;
  if (m.client.coordinator === msg.broker)
    markCoordinatorUnknown(step, g, m, coordinatorException(msg.error!));
  return true;
}

/** The JoinGroup response: MEMBER_ID_REQUIRED ⇒ rejoin with the id; success ⇒ SyncGroup (the leader assigns). */
export function handleJoinResponse(step: Step, msg: Msg<'joinGroupResponse'>): void {
  const g = step.sim.groups[msg.group]!;
  const m = g.members[msg.member];
  if (!live(m) || m.client.status !== 'joining') return;
  if (coordinatorLost(step, g, m, msg)) return;
  if (msg.error === 'MEMBER_ID_REQUIRED') {
    m.id = msg.memberId;
    return sendJoinGroup(step, g, m);
  }
  if (msg.error === 'INVALID_SESSION_TIMEOUT') return joinGroupRefused(step, g, msg.member);
  if (msg.error) {
    m.id = '';
    m.client.generation = -1;
    return sendJoinGroup(step, g, m);
  }
  m.id = msg.memberId;
  m.client.generation = msg.generation;
  setClientStatus(m, 'syncing', step.sim.now);
  let assignment: Record<string, TopicPartitionPair[]> | null = null;
  if (msg.leader === m.id) assignment = leaderAssign(step, g, msg);
  sendGroupMessage(step, g, msg.member, {
    kind: 'syncGroupRequest',
    memberId: m.id,
    generation: msg.generation,
    assignment,
  });
  startHeartbeats(step, g, m);
}

/** The group leader runs the selected assignor on everybody's subscriptions (client-side, as Kafka does). */
function leaderAssign(
  step: Step,
  g: GroupState,
  msg: Msg<'joinGroupResponse'>,
): Record<string, TopicPartitionPair[]> {
  const strategy = msg.assignor as AssignorStrategy;
  const topics = idTable<number>(); // a topic may be named __proto__ (core/idTable.ts)
  for (const member of msg.members)
    for (const t of member.topics) {
      const topic = step.sim.topics.find((x) => x.name === t);
      if (topic) topics[t] = topic.partitions.length;
    }
  return assign(strategy, {
    topics,
    members: msg.members.map((x) => ({
      id: x.memberId,
      topics: x.topics,
      // StickyAssignor reads its previous assignment from user data; CooperativeSticky the owned partitions.
      owned: strategy === 'sticky' ? x.previous : x.owned,
      generation: x.generation >= 0 ? x.generation : undefined,
      groupInstanceId: x.groupInstanceId,
    })),
  });
}

/** The SyncGroup response: onJoinComplete. */
export function handleSyncResponse(step: Step, msg: Msg<'syncGroupResponse'>): void {
  const g = step.sim.groups[msg.group]!;
  const m = g.members[msg.member];
  if (!live(m) || m.client.status !== 'syncing') return;
  if (coordinatorLost(step, g, m, msg)) return;
  if (msg.error) {
    if (msg.error !== 'REBALANCE_IN_PROGRESS') {
      if (msg.error === 'UNKNOWN_MEMBER_ID') m.id = '';
      m.client.generation = -1;
      setClientStatus(m, 'unjoined', step.sim.now);
      return;
    }
    return sendJoinGroup(step, g, m);
  }
  const assigned = new Set(msg.assignment.map(([t, p]) => tpKey(t, p)));
  const owned = new Set(m.assigned.map((a) => tpKey(a.topic, a.partition)));
  const revoked = [...owned].filter((k) => !assigned.has(k));
  if (revoked.length > 0) {
    // COOPERATIVE: give up only what moved (committing it first), then ask for a second rebalance.
    if (g.config['enable.auto.commit'] === true)
      commitPositions(step, g, m, { auto: true, sync: true, only: new Set(revoked) });
    revoke(step, g, m, revoked, false);
    m.client.rejoinNeeded = true;
  }
  const added = msg.assignment.filter(([t, p]) => !owned.has(tpKey(t, p)));
  for (const [topic, partition] of added) m.assigned.push({ topic, partition, position: -1 });
  m.assigned.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
  m.client.previous = msg.assignment.map(([t, p]) => [t, p]);
  setClientStatus(m, 'stable', step.sim.now);
  g.classic.everStable = true;
  step.out.push({
    type: 'PartitionsAssigned',
    at: step.sim.now,
    group: g.id,
    member: m.clientId,
    partitions: added.map(([t, p]) => tpKey(t, p)),
  });
  updateOwnership(step, g);
}

/** Heartbeat responses: REBALANCE_IN_PROGRESS ⇒ rejoin at the next poll(); fenced ⇒ partitions lost. */
export function handleHeartbeatResponse(step: Step, msg: Msg<'heartbeatResponse'>): void {
  const g = step.sim.groups[msg.group]!;
  const m = g.members[msg.member];
  if (!live(m)) return;
  if (coordinatorLost(step, g, m, msg)) return;
  m.client.lastHeartbeatReply = step.sim.now;
  if (msg.error === 'REBALANCE_IN_PROGRESS') m.client.rejoinNeeded = true;
  else if (msg.error === 'UNKNOWN_MEMBER_ID' || msg.error === 'ILLEGAL_GENERATION') {
    if (msg.error === 'UNKNOWN_MEMBER_ID') m.id = '';
    m.client.generation = -1;
    if (m.client.status === 'stable') setClientStatus(m, 'unjoined', step.sim.now);
  }
}
