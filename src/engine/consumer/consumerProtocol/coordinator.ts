/**
 * The coordinator's side of the consumer group protocol (KIP-848), following Kafka's
 * `GroupMetadataManager.consumerGroupHeartbeat`: a heartbeat joins (epoch 0), leaves (-1, or -2 for a
 * static member that will come back), or reports the member's owned partitions. Membership or
 * subscription changes bump the group epoch; the next heartbeat computes the target assignment with the
 * server-side assignor; then the member is reconciled on its own (reconcile.ts) — no barrier.
 * Session (45 s) and revocation (the member's rebalance timeout) deadlines fence a member.
 */
import type { Step } from '../../core/step';
import { schedule, sendMessage } from '../../core/step';
import type { ConsumerProtocolMember, ConsumerProtocolMessage } from '../../model/consumerProtocol';
import type { GroupState } from '../../model/state';
import type { TopicPartitionPair } from '../assignors/types';
import { coordinatorAlive } from '../coordinatorLocation';
import { tpKey } from '../membership';
import { updateOwnership } from '../ownership';
import { assignServerSide } from '../serverAssignors';
import { reconcileMember } from './reconcile';
import {
  CONSUMER_HEARTBEAT_INTERVAL_MS,
  CONSUMER_SESSION_TIMEOUT_MS,
  JOIN_EPOCH,
  LEAVE_EPOCH,
  logMemberEpoch,
  logReconciliation,
  STATIC_LEAVE_EPOCH,
  usesConsumerProtocol,
} from './settings';

type Request = Extract<ConsumerProtocolMessage, { kind: 'consumerGroupHeartbeatRequest' }>;
type CpGroup = GroupState & { consumerProtocol: NonNullable<GroupState['consumerProtocol']> };
const keys = (list: TopicPartitionPair[]) => list.map(([t, p]) => tpKey(t, p));

function respond(
  step: Step,
  g: GroupState,
  req: Request,
  body: {
    error: string | null;
    memberId?: string;
    memberEpoch?: number;
    assignment?: TopicPartitionPair[] | null;
  },
): void {
  sendMessage(step.sim, {
    kind: 'consumerGroupHeartbeatResponse',
    group: g.index,
    member: req.member,
    broker: req.broker,
    error: body.error,
    memberId: body.memberId ?? req.memberId,
    memberEpoch: body.memberEpoch ?? -1,
    heartbeatIntervalMs: CONSUMER_HEARTBEAT_INTERVAL_MS,
    assignment: body.assignment ?? null,
  });
}

export function handleConsumerGroupHeartbeat(step: Step, req: Request): void {
  const g = step.sim.groups[req.group]!;
  if (!usesConsumerProtocol(g)) return;
  if (req.broker !== g.classic.coordinator) return respond(step, g, req, { error: 'NOT_COORDINATOR' });
  const cp = g.consumerProtocol;
  const now = step.sim.now;
  let member = cp.members.find((x) => x.memberId === req.memberId && !x.departed);

  if (req.memberEpoch === LEAVE_EPOCH || req.memberEpoch === STATIC_LEAVE_EPOCH) {
    if (member) leave(step, g, member, req.memberEpoch === STATIC_LEAVE_EPOCH && member.instanceId !== null);
    return respond(step, g, req, { error: null, memberEpoch: req.memberEpoch });
  }

  if (req.memberEpoch === JOIN_EPOCH) {
    const same =
      req.instanceId === null ? undefined : cp.members.find((x) => x.instanceId === req.instanceId);
    if (same && !same.departed && same.memberId !== req.memberId)
      return respond(step, g, req, { error: 'UNRELEASED_INSTANCE_ID' });
    if (same?.departed) {
      // A static member returns: it takes over the departed member's epoch and assignment, no rebalance.
      cp.target[req.memberId] = cp.target[same.memberId] ?? [];
      delete cp.target[same.memberId];
      Object.assign(same, { memberId: req.memberId, client: req.member, departed: false });
      same.memberEpoch = same.previousMemberEpoch;
      member = same;
      logReconciliation(cp, ev(step.sim.now, cp, member, 'joined', [], 'static member rejoined'));
    } else if (!member) {
      member = {
        memberId: req.memberId,
        clientId: g.members[req.member]?.clientId ?? '?',
        client: req.member,
        instanceId: req.instanceId,
        memberEpoch: 0,
        previousMemberEpoch: -1,
        state: 'STABLE',
        topics: [...req.topics],
        assigned: [],
        pendingRevocation: [],
        rebalanceTimeoutMs: req.rebalanceTimeoutMs,
        sessionDeadline: now,
        revocationDeadline: -1,
        departed: false,
      };
      cp.members.push(member);
      cp.groupEpoch++;
      step.out.push({
        type: 'MemberAdded',
        at: now,
        group: g.id,
        member: member.clientId,
        memberId: member.memberId,
      });
      logReconciliation(cp, ev(step.sim.now, cp, member, 'joined', []));
    }
  } else if (!member) {
    return respond(step, g, req, { error: 'UNKNOWN_MEMBER_ID' });
  } else if (req.memberEpoch !== member.memberEpoch) {
    // A lost response is forgiven: the previous epoch is fine if it owns nothing it should not.
    const allowed = new Set(keys(member.assigned));
    const tolerated =
      req.memberEpoch === member.previousMemberEpoch && keys(req.owned).every((k) => allowed.has(k));
    if (!tolerated) return respond(step, g, req, { error: 'FENCED_MEMBER_EPOCH' });
  }

  if (member.topics.join() !== req.topics.join()) {
    member.topics = [...req.topics];
    cp.groupEpoch++;
  }
  member.sessionDeadline = now + CONSUMER_SESSION_TIMEOUT_MS;
  armTimer(step, g, member.sessionDeadline, member.memberId);
  if (subscriptionMetadataChanged(step, g)) cp.groupEpoch++;
  if (cp.groupEpoch > cp.targetAssignmentEpoch) computeTarget(step, g);

  const before = member.assigned;
  reconcile(step, g, member, req.owned);
  const changed = req.memberEpoch === JOIN_EPOCH || keys(member.assigned).join() !== keys(req.owned).join();
  respond(step, g, req, {
    error: null,
    memberEpoch: member.memberEpoch,
    assignment: changed || keys(before).join() !== keys(member.assigned).join() ? member.assigned : null,
  });
}

/** Partition counts of the topics the members subscribe to (Kafka's subscription metadata). */
function subscribedPartitionCounts(step: Step, g: CpGroup): Record<string, number> {
  const topics: Record<string, number> = {};
  for (const m of g.consumerProtocol.members)
    for (const t of m.topics) {
      const topic = step.sim.topics.find((x) => x.name === t);
      if (topic) topics[t] = topic.partitions.length;
    }
  return topics;
}

/**
 * Partitions added to a subscribed topic change the subscription metadata, which bumps the group epoch
 * (`GroupMetadataManager.consumerGroupHeartbeat` refreshes it when the metadata image changed), so the next
 * target assignment includes them.
 */
function subscriptionMetadataChanged(step: Step, g: CpGroup): boolean {
  const before = g.consumerProtocol.partitionCounts;
  if (!before) return false;
  const now = subscribedPartitionCounts(step, g);
  return Object.keys(now).some((t) => before[t] !== undefined && before[t] !== now[t]);
}

/** Runs the server-side assignor over every member's subscription and current target. */
function computeTarget(step: Step, g: CpGroup): void {
  const cp = g.consumerProtocol;
  const topics = subscribedPartitionCounts(step, g);
  cp.partitionCounts = topics;
  cp.target = assignServerSide(cp.assignor, {
    topics,
    members: cp.members.map((m) => ({
      id: m.memberId,
      topics: m.topics,
      owned: cp.target[m.memberId] ?? [],
      groupInstanceId: m.instanceId,
    })),
  });
  cp.targetAssignmentEpoch = cp.groupEpoch;
}

/** Moves one member towards the target and notes what changed. */
function reconcile(
  step: Step,
  g: CpGroup,
  member: ConsumerProtocolMember,
  owned: TopicPartitionPair[] | null,
): void {
  const cp = g.consumerProtocol;
  const held = new Set<string>();
  for (const other of cp.members) {
    if (other === member) continue;
    for (const tp of [...other.assigned, ...other.pendingRevocation]) held.add(tpKey(tp[0], tp[1]));
  }
  const wasPending = member.pendingRevocation;
  const before = new Set(keys(member.assigned));
  const next = reconcileMember({
    member,
    targetEpoch: cp.targetAssignmentEpoch,
    target: cp.target[member.memberId] ?? [],
    owned,
    heldByOther: ([t, p]) => held.has(tpKey(t, p)),
  });
  if (next.memberEpoch !== member.memberEpoch) {
    member.previousMemberEpoch = member.memberEpoch;
    logMemberEpoch(cp, {
      at: step.sim.now,
      member: member.clientId,
      memberEpoch: next.memberEpoch,
      groupEpoch: cp.groupEpoch,
    });
  }
  Object.assign(member, next);
  if (wasPending.length > 0 && member.pendingRevocation.length === 0)
    logReconciliation(cp, ev(step.sim.now, cp, member, 'revoked', keys(wasPending)));
  if (member.pendingRevocation.length > 0 && wasPending.length === 0) {
    logReconciliation(cp, ev(step.sim.now, cp, member, 'revoke', keys(member.pendingRevocation)));
    member.revocationDeadline = step.sim.now + member.rebalanceTimeoutMs;
    armTimer(step, g, member.revocationDeadline, member.memberId);
  }
  if (member.state !== 'UNREVOKED_PARTITIONS') member.revocationDeadline = -1;
  const added = keys(member.assigned).filter((k) => !before.has(k));
  if (added.length > 0) logReconciliation(cp, ev(step.sim.now, cp, member, 'assign', added));
}

function ev(
  at: number,
  cp: CpGroup['consumerProtocol'],
  m: ConsumerProtocolMember,
  kind: 'joined' | 'revoke' | 'revoked' | 'assign' | 'left' | 'fenced',
  partitions: string[],
  reason?: string,
) {
  return {
    at,
    member: m.clientId,
    kind,
    memberEpoch: m.memberEpoch,
    groupEpoch: cp.groupEpoch,
    partitions,
    ...(reason ? { reason } : {}),
  };
}

/** A member leaves: removed at once (dynamic), or kept with its partitions until its session ends (static, -2). */
function leave(step: Step, g: CpGroup, member: ConsumerProtocolMember, temporarily: boolean): void {
  const cp = g.consumerProtocol;
  if (temporarily) {
    member.departed = true;
    member.previousMemberEpoch = member.memberEpoch;
    member.memberEpoch = STATIC_LEAVE_EPOCH;
    logReconciliation(cp, ev(step.sim.now, cp, member, 'left', [], 'static member left (epoch -2)'));
    return;
  }
  removeMember(step, g, member, 'left', 'member left the group (epoch -1)');
}

/** Removes (fences) a member: its partitions are free at once and the group epoch moves on. */
export function removeMember(
  step: Step,
  g: CpGroup,
  member: ConsumerProtocolMember,
  kind: 'left' | 'fenced',
  reason: string,
): void {
  const cp = g.consumerProtocol;
  cp.members = cp.members.filter((x) => x !== member);
  delete cp.target[member.memberId];
  cp.groupEpoch++;
  logReconciliation(
    cp,
    ev(step.sim.now, cp, member, kind, keys([...member.assigned, ...member.pendingRevocation]), reason),
  );
  step.out.push({ type: 'MemberRemoved', at: step.sim.now, group: g.id, member: member.clientId, reason });
  updateOwnership(step, g);
}

function armTimer(step: Step, g: CpGroup, at: number, memberId: string): void {
  schedule(step.sim, at, {
    kind: 'consumerGroupTimer',
    group: g.index,
    memberId,
    timerEpoch: g.consumerProtocol.timerEpoch,
  });
}

/**
 * A new coordinator loads the group (`GroupMetadataManager.onLoaded`): every member's session timeout
 * starts again, and so does the rebalance timeout of each member still asked to revoke (UNREVOKED_PARTITIONS).
 */
export function loadConsumerGroup(step: Step, g: GroupState): void {
  if (!usesConsumerProtocol(g)) return;
  const cp = g.consumerProtocol;
  cp.timerEpoch = g.classic.coordinatorEpoch;
  for (const m of cp.members) {
    m.sessionDeadline = step.sim.now + CONSUMER_SESSION_TIMEOUT_MS;
    armTimer(step, g, m.sessionDeadline, m.memberId);
    if (m.state === 'UNREVOKED_PARTITIONS' && m.revocationDeadline >= 0) {
      m.revocationDeadline = step.sim.now + m.rebalanceTimeoutMs;
      armTimer(step, g, m.revocationDeadline, m.memberId);
    }
  }
}

/** A session or revocation deadline may have passed. */
export function consumerGroupTimer(
  step: Step,
  groupIndex: number,
  memberId: string,
  timerEpoch: number,
): void {
  const g = step.sim.groups[groupIndex]!;
  if (!usesConsumerProtocol(g)) return;
  const cp = g.consumerProtocol;
  // A crashed coordinator runs no timers; a newly loaded one restarted them all (loadConsumerGroup).
  if (!coordinatorAlive(step.sim, g)) return;
  if (cp.timerEpoch !== g.classic.coordinatorEpoch) return loadConsumerGroup(step, g);
  if (timerEpoch !== cp.timerEpoch) return;
  const member = cp.members.find((x) => x.memberId === memberId);
  if (!member) return;
  const now = step.sim.now;
  if (member.sessionDeadline <= now) {
    removeMember(step, g, member, 'fenced', 'group.consumer.session.timeout.ms expired');
  } else if (member.revocationDeadline >= 0 && member.revocationDeadline <= now) {
    removeMember(
      step,
      g,
      member,
      'fenced',
      'the member did not revoke its partitions within its rebalance timeout',
    );
  }
}
