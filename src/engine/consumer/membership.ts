/**
 * Small shared helpers of the group protocol: member ids, partition keys, the client records a group
 * starts with, and sending protocol messages between a consumer and its coordinator.
 */
import type { Step } from '../core/step';
import { sendMessage } from '../core/step';
import type { ClassicGroupState, ClientGroupState, ClientStatus } from '../model/group';
import type { GroupState, MemberState, SimState } from '../model/state';
import { nextU32 } from '../random/prng';
import { coordinatorFor, offsetsPartitionFor, offsetsReplicasFor } from './coordinatorLocation';

/** A realistic member id, `<client.id>-<uuid>` (so `consumer-<group>-<n>-<uuid>`), drawn from the seeded PRNG. */
export function memberIdFor(sim: SimState, clientId: string): string {
  const hex = Array.from({ length: 4 }, () => nextU32(sim.rng).toString(16).padStart(8, '0')).join('');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `${clientId}-${uuid}`;
}

/** "orders-3": how Kafka prints a topic partition. */
export function tpKey(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/** The coordinator's initial record of a group: Empty, generation 0. */
export function newClassicGroup(sim: SimState, groupId: string, members: number): ClassicGroupState {
  const offsetsPartition = offsetsPartitionFor(groupId);
  return {
    coordinator: coordinatorFor(sim, groupId),
    offsetsPartition,
    offsetsReplicas: offsetsReplicasFor(sim.brokers.length, offsetsPartition),
    coordinatorEpoch: 0,
    phase: 'Empty',
    generation: 0,
    assignor: null,
    protocol: null,
    leader: null,
    members: [],
    pendingMemberIds: [],
    joinTimerToken: 0,
    initialDelay: null,
    rebalanceReason: '',
    rebalanceStartedAt: -1,
    emptySince: 0,
    nextClientNumber: members + 1,
    rebalanceCount: 0,
    totalPauseMs: 0,
    pausedSince: {},
    everStable: false,
    history: [],
    pendingRevoked: {},
    segments: [],
    polledUpTo: {},
    duplicates: 0,
    duplicatesByPartition: {},
    fencedCommits: 0,
    expiredOffsets: 0,
  };
}

/**
 * A consumer client that has not joined yet; its first poll() sends JoinGroup. Its first FindCoordinator
 * is not drawn: it starts knowing `coordinator`.
 */
export function newClient(
  sim: SimState,
  groupId: string,
  n: number,
  groupInstanceId: string | null,
  coordinator: number,
): MemberState {
  const client: ClientGroupState = {
    status: 'unjoined',
    statusLog: [{ at: sim.now, status: 'unjoined' }],
    generation: -1,
    groupInstanceId,
    rejoinNeeded: false,
    lastPollAt: sim.now,
    heartbeatToken: 0,
    lastHeartbeatAt: -1,
    lastHeartbeatReply: -1,
    wakeupRequested: false,
    processingMsPerRecord: -1,
    lastPolled: 0,
    leftBecause: null,
    startedAt: sim.now,
    previous: [],
    coordinator,
    lookupToken: 0,
  };
  return {
    id: '',
    clientId: `consumer-${groupId}-${n}`,
    assigned: [],
    buffer: [],
    fetchingFrom: [],
    phase: 'waiting',
    pollToken: 0,
    lastAutoCommitAt: sim.now,
    error: null,
    consumed: 0,
    commitSync: null,
    client,
  };
}

type Without<T> = T extends unknown
  ? Omit<T, 'id' | 'sentAt' | 'arriveAt' | 'group' | 'member' | 'broker'>
  : never;
type GroupWire = Without<Extract<Parameters<typeof sendMessage>[1], { member: number }>>;

/**
 * Sends a protocol message: a request goes from the consumer to the broker it believes coordinates the
 * group (nothing is sent while it does not know one); a response goes back from `from` (by default the
 * group's coordinator).
 */
export function sendGroupMessage(
  step: Step,
  g: GroupState,
  member: number,
  message: GroupWire,
  from = g.classic.coordinator,
): void {
  const broker = message.kind.endsWith('Request') ? (g.members[member]?.client.coordinator ?? -1) : from;
  if (broker < 0) return;
  sendMessage(step.sim, {
    ...message,
    group: g.index,
    member,
    broker,
  } as Parameters<typeof sendMessage>[1]);
}

/** Counts a consumer-side error by Kafka exception name (the group's `errors` in the report). */
export function countGroupError(g: GroupState, name: string): void {
  g.stats.errors[name] = (g.stats.errors[name] ?? 0) + 1;
}

/** Emits a GroupStateChanged event and moves the group. */
export function setPhase(step: Step, g: GroupState, to: ClassicGroupState['phase'], reason: string): void {
  const c = g.classic;
  if (c.phase === to) return;
  step.out.push({
    type: 'GroupStateChanged',
    at: step.sim.now,
    group: g.id,
    from: c.phase,
    to,
    generation: c.generation,
    reason,
  });
  c.phase = to;
  c.emptySince = to === 'Empty' ? step.sim.now : -1;
}

/** Status changes kept per client for the phase bars (a few rebalances' worth). */
const STATUS_LOG_KEPT = 40;

/** Moves a client to `status`, noting the change for the rebalance timeline. */
export function setClientStatus(m: MemberState, status: ClientStatus, now: number): void {
  if (m.client.status === status) return;
  m.client.status = status;
  m.client.statusLog.push({ at: now, status });
  if (m.client.statusLog.length > STATUS_LOG_KEPT) m.client.statusLog.shift();
}
