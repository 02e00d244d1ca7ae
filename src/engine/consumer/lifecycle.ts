/**
 * Starting and ending consumers (kafka-behaviour.md §4.6): a new consumer joins from its first poll();
 * close() commits (auto-commit), revokes and — for a dynamic member — sends LeaveGroup so the group
 * rebalances at once; a crash just stops everything, and the coordinator notices only when
 * session.timeout.ms passes without a heartbeat. wakeup() makes the current or next poll() throw
 * WakeupException, after which the application calls close().
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { GroupState, MemberState } from '../model/state';
import { commitPositions } from './commit';
import { scheduleLookup } from './coordinatorLookup';
import { inGeneration } from './groupClient';
import { leaveGroup } from './heartbeat';
import { newClient, setClientStatus, tpKey } from './membership';
import { updateOwnership } from './ownership';

/** Adds a consumer to the group; its first poll() (now) sends JoinGroup. */
export function startConsumer(step: Step, g: GroupState, groupInstanceId: string | null): MemberState {
  const n = g.classic.nextClientNumber++;
  // Its FindCoordinator is answered from the metadata: the current coordinator, if any.
  const m = newClient(step.sim, g.id, n, groupInstanceId, g.classic.coordinator);
  g.members.push(m);
  if (m.client.coordinator < 0) scheduleLookup(step, g, m);
  schedule(step.sim, step.sim.now, { kind: 'poll', group: g.index, member: g.members.length - 1, token: 0 });
  return m;
}

/** wakeup(): a poll() blocked now throws at once; otherwise the next poll() call does. */
export function requestShutdown(step: Step, g: GroupState, m: MemberState): void {
  m.client.wakeupRequested = true;
  if (m.phase === 'waiting') closeConsumer(step, g, m);
}

/** close(): synchronous auto-commit, onPartitionsRevoked, LeaveGroup (dynamic members only). */
export function closeConsumer(step: Step, g: GroupState, m: MemberState): void {
  const c = m.client;
  if (c.status === 'stopped' || c.status === 'crashed') return;
  if (inGeneration(m) && c.status === 'stable' && g.config['enable.auto.commit'] === true)
    commitPositions(step, g, m, { auto: true, sync: true });
  const keys = m.assigned.map((a) => tpKey(a.topic, a.partition));
  if (keys.length > 0)
    step.out.push({
      type: 'PartitionsRevoked',
      at: step.sim.now,
      group: g.id,
      member: m.clientId,
      partitions: keys,
      lost: false,
    });
  leaveGroup(step, g, m, 'the consumer is being closed');
  stopEverything(m, 'stopped', step.sim.now);
  updateOwnership(step, g);
}

/** kill -9: nothing is sent; the coordinator still counts the member until its session times out. */
export function crashConsumer(step: Step, g: GroupState, m: MemberState): void {
  if (m.client.status === 'stopped' || m.client.status === 'crashed') return;
  stopEverything(m, 'crashed', step.sim.now);
  updateOwnership(step, g);
}

function stopEverything(m: MemberState, status: 'stopped' | 'crashed', now: number): void {
  setClientStatus(m, status, now);
  m.client.heartbeatToken++;
  m.pollToken++;
  m.commitSync = null;
  m.assigned = [];
  m.buffer = [];
  m.fetchingFrom = [];
  m.phase = 'failed';
}
