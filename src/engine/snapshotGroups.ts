/** The consumer-group half of the read model: members, per-partition committed/position/lag, stats. */
import type { ConsumerConfig } from './config/typedConfig';
import type { GroupState, MemberState, SimState } from './model/state';
import type { ConsumerWorkload } from './model/scenario';
import type { ClassicGroupView, MemberGroupView } from './consumer/groupModel';
import { classicGroupView, memberGroupView } from './consumer/groupModel';
import type { PartitionView } from './snapshot';
import { getOwn } from './core/idTable';
import { consumerProtocolView, type ConsumerProtocolView } from './consumer/consumerProtocol/view';

export interface GroupPartitionView {
  topic: string;
  partition: number;
  /** Committed offset at the coordinator (-1: none yet). */
  committed: number;
  /** The owner's position (next offset poll() returns), -1 when not yet known. */
  position: number;
  logEndOffset: number;
  /**
   * LOG-END-OFFSET − CURRENT-OFFSET as kafka-consumer-groups --describe shows it (LOG-END-OFFSET is the
   * high watermark for read_uncommitted); null, shown as "-", while the group has committed nothing.
   */
  lag: number | null;
  /** High watermark − position: how far the consumer itself is behind (the client metric records-lag). */
  recordsLag: number | null;
  owner: string | null;
  /**
   * The client the coordinator's current assignment gives the partition to (what --describe lists).
   * It can differ from `owner`: a crashed member keeps its partitions here until session.timeout.ms.
   */
  assignedTo: string | null;
}

export interface MemberView {
  id: string;
  clientId: string;
  phase: MemberState['phase'];
  error: string | null;
  assigned: { topic: string; partition: number; position: number }[];
  bufferedRecords: number;
  consumed: number;
  group: MemberGroupView;
}

export interface GroupView {
  id: string;
  topics: string[];
  config: ConsumerConfig;
  explicitKeys: string[];
  workload: ConsumerWorkload;
  members: MemberView[];
  partitions: GroupPartitionView[];
  stats: {
    consumed: number;
    polls: number;
    commits: number;
    errors: Record<string, number>;
    totalLag: number;
  };
  classic: ClassicGroupView;
  /** Present for a `group.protocol=consumer` (KIP-848) group. */
  consumerProtocol?: ConsumerProtocolView;
}

/** The group's committed offset for a partition at the coordinator, -1 when none. */
export function committedOffset(g: GroupState, topic: string, partition: number): number {
  return getOwn(g.committed, topic)?.[partition] ?? -1;
}

/** LAG as `kafka-consumer-groups --describe` shows it: high watermark − committed, "-" (null) before any commit. */
export function describedLag(committed: number, highWatermark: number): number | null {
  return committed < 0 ? null : highWatermark - committed;
}

/** The group's total LAG as --describe sums it (partitions with no commit count 0). */
export const totalLagOf = (partitions: { lag: number | null }[]): number =>
  partitions.reduce((n, p) => n + (p.lag ?? 0), 0);

export function groupView(sim: SimState, g: GroupState, partitions: PartitionView[]): GroupView {
  const classic = classicGroupView(sim, g);
  const assignedTo = new Map<string, string>();
  for (const m of classic.coordinatorMembers) for (const tp of m.assignment) assignedTo.set(tp, m.clientId);
  const owned = new Map<string, { member: MemberState; position: number }>();
  for (const m of g.members)
    for (const a of m.assigned) owned.set(`${a.topic}/${a.partition}`, { member: m, position: a.position });
  const groupPartitions = partitions
    .filter((tp) => g.topics.includes(tp.topic))
    .map((tp): GroupPartitionView => {
      const committed = committedOffset(g, tp.topic, tp.partition);
      const owner = owned.get(`${tp.topic}/${tp.partition}`);
      return {
        topic: tp.topic,
        partition: tp.partition,
        committed,
        position: owner?.position ?? -1,
        logEndOffset: tp.highWatermark,
        lag: describedLag(committed, tp.highWatermark),
        recordsLag: owner && owner.position >= 0 ? tp.highWatermark - owner.position : null,
        owner: owner?.member.id ?? null,
        assignedTo: assignedTo.get(`${tp.topic}-${tp.partition}`) ?? null,
      };
    });
  return {
    id: g.id,
    topics: [...g.topics],
    config: { ...g.config },
    explicitKeys: [...g.explicitKeys],
    workload: { ...g.workload },
    members: g.members.map((m) => ({
      id: m.id,
      clientId: m.clientId,
      phase: m.phase,
      error: m.error,
      assigned: m.assigned.map((a) => ({ ...a })),
      bufferedRecords: m.buffer.reduce((n, s) => n + s.toOffset - s.fromOffset, 0),
      consumed: m.consumed,
      group: memberGroupView(g, m),
    })),
    partitions: groupPartitions,
    stats: {
      ...g.stats,
      errors: { ...g.stats.errors },
      totalLag: totalLagOf(groupPartitions),
    },
    classic,
    ...consumerProtocolView(g),
  };
}
