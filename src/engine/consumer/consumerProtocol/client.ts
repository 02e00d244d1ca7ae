/**
 * The consumer's side of the consumer group protocol (KIP-848), as Kafka 4.0's `AsyncKafkaConsumer`
 * and `ConsumerMembershipManager` behave: join with epoch 0 from poll(); heartbeat every
 * `group.consumer.heartbeat.interval.ms` (the broker's value, in each response); reconcile each new
 * assignment on its own — commit and revoke what it lost first, then take what it gained — and
 * acknowledge with an immediate heartbeat listing what it now owns. `max.poll.interval.ms` still
 * applies: a member that does not poll leaves (epoch -1, or -2 when static) and rejoins at its next poll.
 */
import type { Step } from '../../core/step';
import { schedule } from '../../core/step';
import { configValue } from '../../config/typedConfig';
import type { ConsumerProtocolMessage } from '../../model/consumerProtocol';
import type { GroupState, MemberState } from '../../model/state';
import type { TopicPartitionPair } from '../assignors/types';
import { commitPositions } from '../commit';
import { coordinatorException, isCoordinatorError, markCoordinatorUnknown } from '../coordinatorLookup';
import { memberIdFor, sendGroupMessage, setClientStatus, tpKey } from '../membership';
import { dropPartitions, updateOwnership } from '../ownership';
import { CONSUMER_HEARTBEAT_INTERVAL_MS, JOIN_EPOCH, LEAVE_EPOCH, STATIC_LEAVE_EPOCH } from './settings';

type Response = Extract<ConsumerProtocolMessage, { kind: 'consumerGroupHeartbeatResponse' }>;

const live = (m: MemberState | undefined): m is MemberState =>
  !!m && m.client.status !== 'stopped' && m.client.status !== 'crashed';

/** From poll(): an unjoined member joins (epoch 0). */
export function ensureConsumerGroupMember(step: Step, g: GroupState, m: MemberState): void {
  const c = m.client;
  if (c.pendingAssignment) {
    // The rebalance callbacks run on the application thread, inside poll().
    const assignment = c.pendingAssignment;
    c.pendingAssignment = null;
    reconcileAssignment(step, g, m, assignment);
    if (c.ackPending && c.coordinator >= 0 && !c.heartbeatInFlight) sendHeartbeat(step, g, m, c.generation);
  }
  if (c.coordinator < 0 || c.status !== 'unjoined') return;
  if (m.id === '') m.id = memberIdFor(step.sim, m.clientId); // 4.0 clients make their own id (KIP-1082)
  c.generation = -1;
  setClientStatus(m, 'joining', step.sim.now);
  sendHeartbeat(step, g, m, JOIN_EPOCH);
  c.heartbeatToken++;
  scheduleWake(step, g, m);
}

function sendHeartbeat(step: Step, g: GroupState, m: MemberState, epoch: number): void {
  const c = m.client;
  c.lastHeartbeatAt = step.sim.now;
  c.heartbeatInFlight = epoch >= 0;
  c.ackPending = false;
  sendGroupMessage(step, g, g.members.indexOf(m), {
    kind: 'consumerGroupHeartbeatRequest',
    memberId: m.id,
    memberEpoch: epoch,
    instanceId: c.groupInstanceId,
    rebalanceTimeoutMs: configValue(g.config, 'max.poll.interval.ms'),
    topics: [...g.topics],
    owned: m.assigned.map((a): TopicPartitionPair => [a.topic, a.partition]),
    serverAssignor: g.consumerProtocol?.assignor ?? 'uniform',
  });
}

function scheduleWake(step: Step, g: GroupState, m: MemberState): void {
  const c = m.client;
  const nextBeat = Math.max(c.lastHeartbeatAt + CONSUMER_HEARTBEAT_INTERVAL_MS, step.sim.now + 1);
  const pollDeadline = c.lastPollAt + configValue(g.config, 'max.poll.interval.ms') + 1;
  const at = pollDeadline > step.sim.now ? Math.min(nextBeat, pollDeadline) : nextBeat;
  schedule(step.sim, at, {
    kind: 'heartbeat',
    group: g.index,
    member: g.members.indexOf(m),
    token: c.heartbeatToken,
  });
}

/** The background heartbeat wakes (the classic `heartbeat` task, routed here for such groups). */
export function consumerHeartbeatTask(step: Step, g: GroupState, m: MemberState): void {
  const c = m.client;
  if (!live(m) || c.status === 'unjoined') return;
  const now = step.sim.now;
  if (now - c.lastPollAt > configValue(g.config, 'max.poll.interval.ms')) {
    step.out.push({
      type: 'ConsumerError',
      at: now,
      group: g.id,
      member: m.clientId,
      error: 'PollTimeoutExpired',
      message: `consumer poll timeout has expired (max.poll.interval.ms ${configValue(g.config, 'max.poll.interval.ms')} ms)`,
    });
    leaveConsumerGroup(step, g, m);
    c.leftBecause = 'max.poll.interval.ms';
    return;
  }
  if (c.coordinator >= 0 && !c.heartbeatInFlight && now >= c.lastHeartbeatAt + CONSUMER_HEARTBEAT_INTERVAL_MS)
    sendHeartbeat(step, g, m, c.generation < 0 ? JOIN_EPOCH : c.generation);
  scheduleWake(step, g, m);
}

/** close() or a poll timeout: epoch -1 (static members -2, so they keep their partitions a while). */
export function leaveConsumerGroup(step: Step, g: GroupState, m: MemberState): void {
  const c = m.client;
  if (c.status !== 'unjoined' && m.id !== '')
    sendHeartbeat(step, g, m, c.groupInstanceId === null ? LEAVE_EPOCH : STATIC_LEAVE_EPOCH);
  c.heartbeatInFlight = false;
  c.generation = -1;
  c.heartbeatToken++;
  if (m.assigned.length > 0)
    dropPartitions(
      step,
      g,
      m,
      m.assigned.map((a) => tpKey(a.topic, a.partition)),
      false,
    );
  if (c.status !== 'stopped' && c.status !== 'crashed') setClientStatus(m, 'unjoined', step.sim.now);
}

/** After a coordinator change: a member in the group heartbeats to the new coordinator at once. */
export function resumeConsumerGroupMember(step: Step, g: GroupState, m: MemberState): void {
  if (m.client.status !== 'joining' && m.client.status !== 'stable') return;
  sendHeartbeat(step, g, m, m.client.generation < 0 ? JOIN_EPOCH : m.client.generation);
}

export function handleConsumerGroupHeartbeatResponse(step: Step, msg: Response): void {
  const g = step.sim.groups[msg.group]!;
  const m = g.members[msg.member];
  if (!live(m) || m.id !== msg.memberId || msg.memberEpoch < 0) return;
  const c = m.client;
  c.heartbeatInFlight = false;
  c.lastHeartbeatReply = step.sim.now;
  if (c.status === 'unjoined') return; // left meanwhile
  if (isCoordinatorError(msg.error)) {
    if (c.coordinator === msg.broker) markCoordinatorUnknown(step, g, m, coordinatorException(msg.error!));
    return;
  }
  if (
    msg.error === 'FENCED_MEMBER_EPOCH' ||
    msg.error === 'UNKNOWN_MEMBER_ID' ||
    msg.error === 'UNRELEASED_INSTANCE_ID'
  ) {
    // Fenced: the partitions are lost (no commit), and the member rejoins with epoch 0 at its next poll.
    if (m.assigned.length > 0)
      dropPartitions(
        step,
        g,
        m,
        m.assigned.map((a) => tpKey(a.topic, a.partition)),
        true,
      );
    c.generation = -1;
    setClientStatus(m, 'unjoined', step.sim.now);
    return;
  }
  if (msg.error) return;
  c.generation = msg.memberEpoch;
  c.pendingAssignment = null;
  if (c.status === 'joining') {
    setClientStatus(m, 'stable', step.sim.now);
    g.classic.everStable = true;
  }
  // Reconciling runs the rebalance listener on the application thread: at once if it is blocked in
  // poll(), else at its next poll() (a slow consumer acknowledges late and may be fenced).
  if (msg.assignment && m.phase === 'processing') c.pendingAssignment = msg.assignment;
  else if (msg.assignment) reconcileAssignment(step, g, m, msg.assignment);
  if (c.ackPending) sendHeartbeat(step, g, m, c.generation);
}

/** Revoke first (committing what was consumed), then assign; acknowledge in the next heartbeat. */
function reconcileAssignment(
  step: Step,
  g: GroupState,
  m: MemberState,
  assignment: TopicPartitionPair[],
): void {
  const target = new Set(assignment.map(([t, p]) => tpKey(t, p)));
  const owned = new Set(m.assigned.map((a) => tpKey(a.topic, a.partition)));
  const revoked = [...owned].filter((k) => !target.has(k));
  if (revoked.length > 0) {
    if (g.config['enable.auto.commit'] === true)
      commitPositions(step, g, m, { auto: true, sync: true, only: new Set(revoked) });
    dropPartitions(step, g, m, revoked, false);
    m.client.ackPending = true;
  }
  const added = assignment.filter(([t, p]) => !owned.has(tpKey(t, p)));
  if (added.length > 0) {
    for (const [topic, partition] of added) m.assigned.push({ topic, partition, position: -1 });
    m.assigned.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
    step.out.push({
      type: 'PartitionsAssigned',
      at: step.sim.now,
      group: g.id,
      member: m.clientId,
      partitions: added.map(([t, p]) => tpKey(t, p)),
    });
    m.client.ackPending = true;
    updateOwnership(step, g);
  }
}
