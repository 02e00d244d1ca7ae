/**
 * The consumer's side of coordinator discovery (Kafka's AbstractCoordinator: markCoordinatorUnknown,
 * lookupCoordinator / FindCoordinator, ensureCoordinatorReady). A broken connection, NOT_COORDINATOR or
 * COORDINATOR_NOT_AVAILABLE makes the client forget its coordinator; after retry.backoff.ms it asks a
 * live broker who leads the group's __consumer_offsets partition. The answer is that partition's
 * leader as the metadata shows it — a crashed broker the controller has not fenced yet is still named
 * — or COORDINATOR_NOT_AVAILABLE when there is none. Fetching goes on meanwhile (it talks to partition
 * leaders, not to the coordinator); heartbeats pause; commits fail with retriable errors.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { GroupMessage } from '../model/group';
import type { GroupState, MemberState, Message } from '../model/state';
import { countGroupError } from './membership';

/** The consumer's retry.backoff.ms (not a control in the simulator: Kafka's default). */
export const CONSUMER_RETRY_BACKOFF_MS = 100;

/** Errors with which a broker says it does not (or cannot yet) coordinate the group. */
export function isCoordinatorError(error: string | null): boolean {
  return error === 'NOT_COORDINATOR' || error === 'COORDINATOR_NOT_AVAILABLE';
}

/** Kafka's exception name for a coordinator error code. */
export function coordinatorException(error: string): string {
  return error === 'NOT_COORDINATOR' ? 'NotCoordinatorException' : 'CoordinatorNotAvailableException';
}

function live(m: MemberState | undefined): m is MemberState {
  return !!m && m.client.status !== 'stopped' && m.client.status !== 'crashed';
}

/** markCoordinatorUnknown: forget the coordinator and start a FindCoordinator lookup. */
export function markCoordinatorUnknown(step: Step, g: GroupState, m: MemberState, cause: string): void {
  const c = m.client;
  countGroupError(g, cause);
  if (c.coordinator < 0) return; // a lookup is already under way
  c.coordinator = -1;
  scheduleLookup(step, g, m);
}

/** Starts a FindCoordinator lookup (after retry.backoff.ms, answered one round trip later). */
export function scheduleLookup(step: Step, g: GroupState, m: MemberState): void {
  const { sim } = step;
  const token = ++m.client.lookupToken;
  const roundTrip = 2 * sim.scenario.cluster.networkDelayMs;
  schedule(sim, sim.now + CONSUMER_RETRY_BACKOFF_MS + roundTrip, {
    kind: 'findCoordinator',
    group: g.index,
    member: g.members.indexOf(m),
    token,
  });
}

/** The FindCoordinator response arrives (the answer is what the metadata shows now). */
export function findCoordinatorAnswered(
  step: Step,
  groupIndex: number,
  memberIndex: number,
  token: number,
  resume: (step: Step, g: GroupState, m: MemberState) => void,
): void {
  const { sim } = step;
  const g = sim.groups[groupIndex]!;
  const m = g.members[memberIndex];
  if (!live(m) || m.client.lookupToken !== token || m.client.coordinator >= 0) return;
  const anyAlive = sim.brokers.some((b) => b.replication.alive);
  const leader = g.classic.coordinator;
  if (!anyAlive || leader < 0) {
    countGroupError(g, anyAlive ? 'CoordinatorNotAvailableException' : 'DisconnectException');
    scheduleLookup(step, g, m);
    return;
  }
  m.client.coordinator = leader;
  resume(step, g, m);
}

/** A request to the coordinator found the broker down (or its connection reset when it crashed). */
export function coordinatorDisconnected(
  step: Step,
  g: GroupState,
  m: MemberState | undefined,
  broker: number,
  onCommit: ((step: Step, g: GroupState, m: MemberState, cause: string) => void) | null,
): void {
  if (!live(m)) return;
  onCommit?.(step, g, m, 'DisconnectException');
  if (m.client.coordinator === broker) markCoordinatorUnknown(step, g, m, 'DisconnectException');
}

/** A crashed broker resets its connections: every client that used it as coordinator notices. */
export function coordinatorCrashed(step: Step, broker: number): void {
  const { sim } = step;
  for (const g of sim.groups)
    g.members.forEach((m, member) => {
      if (live(m) && m.client.coordinator === broker)
        schedule(sim, sim.now + sim.scenario.cluster.networkDelayMs, {
          kind: 'coordinatorDisconnected',
          group: g.index,
          member,
          broker,
          commit: false,
          sync: false,
        });
    });
}

type GroupRequest = Extract<
  GroupMessage | Message,
  {
    kind:
      'joinGroupRequest' | 'syncGroupRequest' | 'heartbeatRequest' | 'leaveGroupRequest' | 'commitRequest';
  }
>;

/** A group request reached a dead broker: it is lost, and the client sees the connection refused. */
export function groupRequestLost(step: Step, msg: GroupRequest): void {
  if (msg.kind === 'leaveGroupRequest') return;
  const { sim } = step;
  schedule(sim, sim.now + sim.scenario.cluster.networkDelayMs, {
    kind: 'coordinatorDisconnected',
    group: msg.group,
    member: msg.member,
    broker: msg.broker,
    commit: msg.kind === 'commitRequest',
    sync: msg.kind === 'commitRequest' && msg.sync === true,
  });
}
