/**
 * The consumer's background heartbeat thread (kafka-behaviour.md §4.5): a Heartbeat every
 * heartbeat.interval.ms while the member is in a generation, and the max.poll.interval.ms check —
 * an application that has not called poll() for that long makes the thread leave the group
 * (LeaveGroup for a dynamic member; a static member just stops heartbeating).
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { GroupState, MemberState } from '../model/state';
import { sendGroupMessage } from './membership';
import { consumerHeartbeatTask, leaveConsumerGroup } from './consumerProtocol/client';
import { usesConsumerProtocol } from './consumerProtocol/settings';

/** (Re)starts the heartbeat thread; the first heartbeat goes out one interval from now. */
export function startHeartbeats(step: Step, g: GroupState, m: MemberState): void {
  const c = m.client;
  if (c.lastHeartbeatAt < 0) c.lastHeartbeatAt = step.sim.now;
  scheduleWake(step, g, m, ++c.heartbeatToken);
}

function scheduleWake(step: Step, g: GroupState, m: MemberState, token: number): void {
  const c = m.client;
  const nextBeat = Math.max(
    c.lastHeartbeatAt + configValue(g.config, 'heartbeat.interval.ms'),
    step.sim.now + 1,
  );
  // Wake exactly when the poll interval would run out, so the leave happens at the right moment.
  const pollDeadline = c.lastPollAt + configValue(g.config, 'max.poll.interval.ms') + 1;
  const at = pollDeadline > step.sim.now ? Math.min(nextBeat, pollDeadline) : nextBeat;
  schedule(step.sim, at, { kind: 'heartbeat', group: g.index, member: g.members.indexOf(m), token });
}

/** The heartbeat thread wakes. */
export function heartbeatTask(step: Step, groupIndex: number, memberIndex: number, token: number): void {
  const g = step.sim.groups[groupIndex]!;
  const m = g.members[memberIndex];
  if (!m || m.client.heartbeatToken !== token) return;
  if (usesConsumerProtocol(g)) return consumerHeartbeatTask(step, g, m);
  const c = m.client;
  if (c.status === 'stopped' || c.status === 'crashed' || c.status === 'unjoined') return;
  const now = step.sim.now;
  if (c.status !== 'joining' && now - c.lastPollAt > configValue(g.config, 'max.poll.interval.ms')) {
    leaveOnPollTimeout(step, g, m);
    return;
  }
  // While a JoinGroup is outstanding the thread does not heartbeat (AbstractCoordinator.hasNotJoinedGroup).
  // Without a known coordinator the thread only waits for the FindCoordinator lookup.
  if (
    c.status !== 'joining' &&
    c.coordinator >= 0 &&
    now >= c.lastHeartbeatAt + configValue(g.config, 'heartbeat.interval.ms')
  ) {
    c.lastHeartbeatAt = now;
    sendGroupMessage(step, g, memberIndex, {
      kind: 'heartbeatRequest',
      memberId: m.id,
      generation: c.generation,
    });
  }
  scheduleWake(step, g, m, token);
}

function leaveOnPollTimeout(step: Step, g: GroupState, m: MemberState): void {
  const c = m.client;
  const interval = configValue(g.config, 'max.poll.interval.ms');
  const message =
    `consumer poll timeout has expired: the time between subsequent calls to poll() was longer than ` +
    `the configured max.poll.interval.ms (${interval} ms)`;
  step.out.push({
    type: 'ConsumerError',
    at: step.sim.now,
    group: g.id,
    member: m.clientId,
    error: 'PollTimeoutExpired',
    message,
  });
  leaveGroup(step, g, m, 'consumer poll timeout has expired');
  c.leftBecause = 'max.poll.interval.ms';
}

/** maybeLeaveGroup: a dynamic member sends LeaveGroup; either way the generation is reset. */
export function leaveGroup(step: Step, g: GroupState, m: MemberState, reason: string): void {
  if (usesConsumerProtocol(g)) return leaveConsumerGroup(step, g, m);
  const c = m.client;
  if (c.groupInstanceId === null && m.id !== '' && c.status !== 'unjoined')
    sendGroupMessage(step, g, g.members.indexOf(m), { kind: 'leaveGroupRequest', memberId: m.id, reason });
  if (c.groupInstanceId === null) m.id = '';
  c.generation = -1;
  c.heartbeatToken++;
  if (c.status !== 'stopped' && c.status !== 'crashed') c.status = 'unjoined';
}
