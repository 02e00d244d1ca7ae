/** The consumer-group part of the read model: coordinator state, members' liveness, history. */
import { configValue } from '../config/typedConfig';
import type {
  GroupMessage,
  GroupPhase,
  OwnershipSegment,
  RebalanceProtocolName,
  RebalanceRecord,
  ClientStatus,
} from '../model/group';
import type { GroupState, MemberState, SimState } from '../model/state';
import type { ConsumerProtocolMessage } from '../model/consumerProtocol';
import { memberRebalanceProtocol } from './assignors';
import { strategiesOf } from './groupClient';
import { pauseMsSoFar } from './ownership';

export interface ClassicGroupView {
  phase: GroupPhase;
  generation: number;
  /** The broker leading the group's __consumer_offsets partition (-1: none is up). */
  coordinator: number;
  /** The group's __consumer_offsets partition and its replicas (the coordinator's would-be successors). */
  offsetsPartition: number;
  offsetsReplicas: number[];
  /** The assignor the coordinator selected (null before the first rebalance). */
  assignor: string | null;
  /** EAGER or COOPERATIVE, as the members' partition.assignment.strategy makes it. */
  protocol: RebalanceProtocolName;
  leader: string | null;
  rebalanceCount: number;
  totalPauseMs: number;
  pausedPartitions: string[];
  duplicates: number;
  duplicatesByPartition: Record<string, number>;
  fencedCommits: number;
  expiredOffsets: number;
  emptySince: number;
  rebalanceStartedAt: number;
  history: RebalanceRecord[];
  segments: OwnershipSegment[];
  /** Coordinator's member list (what kafka-consumer-groups --describe reads): client id → assignment. */
  coordinatorMembers: { memberId: string; clientId: string; host: string; assignment: string[] }[];
}

export interface MemberGroupView {
  status: ClientStatus;
  generation: number;
  groupInstanceId: string | null;
  host: string;
  /** The broker this client believes coordinates its group (-1 while its FindCoordinator is under way). */
  coordinator: number;
  /** When the heartbeat thread last sent a Heartbeat (-1 never). */
  lastHeartbeatAt: number;
  /** When the coordinator will drop the member without a heartbeat (null when it does not know it). */
  sessionDeadline: number | null;
  /** When max.poll.interval.ms runs out if the application does not call poll() (null when not in the group). */
  pollDeadline: number | null;
  processingMsPerRecord: number;
  leftBecause: string | null;
  isLeader: boolean;
  /** Recent status changes, oldest first (for the per-member phase bars). */
  statusLog: { at: number; status: ClientStatus }[];
}

/** A stable, made-up client address per consumer (HOST column of --describe). */
export function hostOf(clientId: string): string {
  const n = Number(clientId.slice(clientId.lastIndexOf('-') + 1)) || 0;
  return `/10.0.0.${10 + n}`;
}

export function classicGroupView(sim: SimState, g: GroupState): ClassicGroupView {
  const c = g.classic;
  return {
    phase: c.phase,
    generation: c.generation,
    coordinator: c.coordinator,
    offsetsPartition: c.offsetsPartition,
    offsetsReplicas: [...c.offsetsReplicas],
    assignor: c.assignor,
    protocol: memberRebalanceProtocol(strategiesOf(g)),
    leader: c.members.find((m) => m.memberId === c.leader)?.clientId ?? null,
    rebalanceCount: c.rebalanceCount,
    totalPauseMs: pauseMsSoFar(g, sim.now),
    pausedPartitions: Object.keys(c.pausedSince),
    duplicates: c.duplicates,
    duplicatesByPartition: { ...c.duplicatesByPartition },
    fencedCommits: c.fencedCommits,
    expiredOffsets: c.expiredOffsets,
    emptySince: c.emptySince,
    rebalanceStartedAt: c.rebalanceStartedAt,
    history: structuredCloneJson(c.history),
    segments: c.segments.map((s) => ({ ...s })),
    coordinatorMembers: c.members.map((m) => ({
      memberId: m.memberId,
      clientId: m.clientId,
      host: hostOf(m.clientId),
      assignment: m.assignment.map(([t, p]) => `${t}-${p}`),
    })),
  };
}

function structuredCloneJson<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

export function memberGroupView(g: GroupState, m: MemberState): MemberGroupView {
  const c = m.client;
  const known = g.classic.members.find((x) => x.memberId === m.id && m.id !== '');
  const inGroup = c.status === 'stable' || c.status === 'syncing';
  return {
    status: c.status,
    generation: c.generation,
    groupInstanceId: c.groupInstanceId,
    host: hostOf(m.clientId),
    coordinator: c.coordinator,
    lastHeartbeatAt: c.lastHeartbeatAt,
    statusLog: c.statusLog.map((s) => ({ ...s })),
    sessionDeadline: known ? known.sessionDeadline : null,
    pollDeadline: inGroup ? c.lastPollAt + configValue(g.config, 'max.poll.interval.ms') : null,
    processingMsPerRecord:
      c.processingMsPerRecord >= 0 ? c.processingMsPerRecord : g.workload.processingMsPerRecord,
    leftBecause: c.leftBecause,
    isLeader: !!known && known.memberId === g.classic.leader,
  };
}

/** Direction of a group-protocol message for the picture. */
export function groupMessageEnds(
  sim: SimState,
  m: GroupMessage | ConsumerProtocolMessage,
): { from: string; to: string } {
  const member = `member:${sim.groups[m.group]!.id}/${m.member}`;
  const broker = `broker:${m.broker}`;
  const toBroker = m.kind.endsWith('Request');
  return toBroker ? { from: member, to: broker } : { from: broker, to: member };
}
