/**
 * A read model of the simulation for views, the CLI report and tests: what a learner can see, with
 * derived figures (lag, averages) computed once here rather than in every view.
 */
import { heartbeatDetail, type HeartbeatDetail } from './consumer/consumerProtocol/heartbeatDetail';
import { clonePlain } from './core/clone';
import type { Config, MemberState, Message, ProducerStats, RecordSample, SimState } from './model/state';
import { openBatchExtras, producerExtrasView, type ProducerExtrasView } from './snapshotProducer';
import type { ConsumerWorkload, ProducerWorkload } from './model/scenario';
import {
  batchFlags,
  brokerViews,
  partitionReplicationView,
  recordTotals,
  type BrokerView,
  type PartitionReplicationView,
  type RecordTotals,
} from './broker/replicationView';

export type {
  BrokerView,
  PartitionReplicationView,
  RecordTotals,
  ReplicaView,
} from './broker/replicationView';
import type { ClassicGroupView, MemberGroupView } from './consumer/groupView';
import { classicGroupView, groupMessageEnds, memberGroupView } from './consumer/groupView';
import { getOwn, idTableFrom } from './core/idTable';
import { consumerProtocolView, type ConsumerProtocolView } from './consumer/consumerProtocol/view';

export interface PartitionView {
  topic: string;
  partition: number;
  leader: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  bytesAppended: number;
  recentBatches: {
    baseOffset: number;
    count: number;
    bytes: number;
    producer: string;
    appendedAt: number;
    baseSequence: number;
    acked?: boolean;
    duplicate?: boolean;
    reordered?: boolean;
  }[];
  replication: PartitionReplicationView;
  /** The most recent batches with their producer sequences, for "what happened to record #n". */
  ledgerBatches: {
    baseOffset: number;
    count: number;
    producer: string;
    baseSequence: number;
    acked: boolean;
    duplicate: boolean;
    reordered: boolean;
  }[];
}

export interface AccumulatorBatchView {
  id: number;
  partition: number;
  count: number;
  bytes: number;
  writeLimit: number;
  createdAt: number;
  /** When linger.ms runs out for this batch. */
  lingerDeadline: number;
  full: boolean;
  baseSequence: number;
  /** Failed attempts so far (0: never sent). */
  retryAttempts: number;
  /** The first few records, for the record inspector. */
  samples: RecordSample[];
  /** Bytes this batch would take on the wire if sent now (after compression.type). */
  estimatedWireBytes: number;
}

export interface ProducerView extends ProducerExtrasView {
  id: string;
  topic: string;
  config: Config;
  explicitKeys: string[];
  workload: ProducerWorkload;
  bufferUsed: number;
  bufferMemory: number;
  blocked: boolean;
  /** Idempotence as the producer really runs it (it may be silently off). */
  idempotent: boolean;
  /** The idempotent producer's epoch, and how often it was bumped to recover from a sequence gap (KIP-360). */
  producerEpoch: number;
  epochBumps: number;
  /** Batches waiting out a retry backoff. */
  retrying: number;
  /** Next record number per partition (records sent so far to it; not Kafka's wire sequence, which restarts with an epoch bump). */
  nextSequences: number[];
  inFlightBatches: { partition: number; baseSequence: number; count: number; attempts: number }[];
  failures: { partition: number; baseSequence: number; count: number; error: string; at: number }[];
  /** Failed produce attempts by exception name, retried or not. */
  attemptErrors: Record<string, number>;
  batches: AccumulatorBatchView[];
  inFlightRequests: number;
  stats: ProducerStats & { avgRecordsPerBatch: number; avgBatchBytes: number; avgLatencyMs: number };
}

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
  config: Config;
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

export interface MessageView {
  id: number;
  kind: Message['kind'];
  /** 'producer:p1', 'broker:0', 'member:g1/0'. */
  from: string;
  to: string;
  sentAt: number;
  arriveAt: number;
  records: number;
  bytes: number;
  /** Per-partition share of the payload (batches in a produce request, slices in a fetch response). */
  parts: { topic: string; partition: number; records: number }[];
  /** A group-protocol response's error code (e.g. REBALANCE_IN_PROGRESS), when it carries one. */
  error?: string;
  /** ConsumerGroupHeartbeat (KIP-848): the epoch and the partitions it carries (null: unchanged). */
  heartbeat?: HeartbeatDetail;
}

export interface SimSnapshot {
  now: number;
  kafkaVersion: string;
  brokers: BrokerView[];
  partitions: PartitionView[];
  /** The record ledger summed over partitions and producers. */
  records: RecordTotals;
  producers: ProducerView[];
  groups: GroupView[];
  messages: MessageView[];
  /** Each topic's settings (kafka-configs --describe --entity-type topics), by topic name. */
  topicConfigs: Record<string, Config>;
  /** The brokers' settings (one value for every broker). */
  brokerConfig: Config;
}

const RECENT_BATCHES_SHOWN = 24;
const LEDGER_BATCHES_SHOWN = 100;

/** Builds the read model; cost is proportional to what is on screen, not to the simulated history. */
export function snapshot(sim: SimState): SimSnapshot {
  const partitions: PartitionView[] = sim.topics.flatMap((t) =>
    t.partitions.map((tp) => ({
      topic: tp.topic,
      partition: tp.partition,
      leader: tp.leader,
      logStartOffset: tp.logStartOffset,
      logEndOffset: tp.logEndOffset,
      highWatermark: tp.highWatermark,
      bytesAppended: tp.bytesAppended,
      recentBatches: tp.batches.slice(-RECENT_BATCHES_SHOWN).map((b) => ({
        baseOffset: b.baseOffset,
        count: b.count,
        bytes: b.bytes,
        producer: b.producer,
        appendedAt: b.appendedAt,
        baseSequence: b.baseSequence,
        ...batchFlags(b),
      })),
      replication: partitionReplicationView(sim, tp),
      ledgerBatches: tp.batches.slice(-LEDGER_BATCHES_SHOWN).map((b) => ({
        baseOffset: b.baseOffset,
        count: b.count,
        producer: b.producer,
        baseSequence: b.baseSequence,
        ...batchFlags(b),
      })),
    })),
  );
  return {
    now: sim.now,
    kafkaVersion: sim.scenario.kafkaVersion,
    brokers: brokerViews(sim),
    partitions,
    records: recordTotals(sim),
    producers: sim.producers.map((p) => {
      const linger = p.config['linger.ms'] as number;
      const s = p.stats;
      return {
        id: p.id,
        topic: p.topic,
        config: { ...p.config },
        explicitKeys: [...p.explicitKeys],
        workload: clonePlain(p.workload),
        bufferUsed: p.bufferUsed,
        bufferMemory: p.config['buffer.memory'] as number,
        blocked: p.blocked !== null,
        idempotent: p.delivery.idempotent,
        producerEpoch: p.delivery.epoch,
        epochBumps: p.delivery.epochBumps ?? 0,
        retrying: p.deques.reduce((n, d) => n + d.filter((b) => b.retry).length, 0),
        nextSequences: [...p.sequences],
        inFlightBatches: p.delivery.pending.flatMap((r) =>
          r.batches.map((b) => ({
            partition: b.partition,
            baseSequence: b.baseSequence,
            count: b.count,
            attempts: b.attempts ?? 1,
          })),
        ),
        failures: p.delivery.failures.map((f) => ({ ...f })),
        attemptErrors: { ...p.delivery.attemptErrors },
        batches: p.deques.flat().map((b) => ({
          id: b.id,
          partition: b.partition,
          count: b.count,
          bytes: b.bytes,
          writeLimit: b.writeLimit,
          createdAt: b.createdAt,
          lingerDeadline: b.createdAt + linger,
          full: b.full,
          baseSequence: b.baseSequence,
          retryAttempts: b.retry?.attempts ?? 0,
          ...openBatchExtras(p, b),
        })),
        inFlightRequests: p.inFlight.reduce((a, b) => a + b, 0),
        ...producerExtrasView(p),
        stats: {
          ...s,
          errors: { ...s.errors },
          avgRecordsPerBatch: s.batchesSent ? s.recordsInSentBatches / s.batchesSent : 0,
          avgBatchBytes: s.batchesSent ? s.batchBytesSent / s.batchesSent : 0,
          avgLatencyMs: s.acked ? s.latencySum / s.acked : 0,
        },
      };
    }),
    groups: sim.groups.map((g) => {
      const classic = classicGroupView(sim, g);
      const assignedTo = new Map<string, string>();
      for (const m of classic.coordinatorMembers)
        for (const tp of m.assignment) assignedTo.set(tp, m.clientId);
      const owned = new Map<string, { member: MemberState; position: number }>();
      for (const m of g.members)
        for (const a of m.assigned)
          owned.set(`${a.topic}/${a.partition}`, { member: m, position: a.position });
      const groupPartitions = partitions
        .filter((tp) => g.topics.includes(tp.topic))
        .map((tp): GroupPartitionView => {
          const committed = getOwn(g.committed, tp.topic)?.[tp.partition] ?? -1;
          const owner = owned.get(`${tp.topic}/${tp.partition}`);
          return {
            topic: tp.topic,
            partition: tp.partition,
            committed,
            position: owner?.position ?? -1,
            logEndOffset: tp.highWatermark,
            lag: committed < 0 ? null : tp.highWatermark - committed,
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
          totalLag: groupPartitions.reduce((n, p) => n + (p.lag ?? 0), 0),
        },
        classic,
        ...consumerProtocolView(g),
      };
    }),
    messages: sim.messages.map((m) => describeMessage(sim, m)),
    topicConfigs: idTableFrom(sim.topics.map((t) => [t.name, { ...t.config }])),
    brokerConfig: { ...sim.clusterConfig },
  };
}

function describeMessage(sim: SimState, m: Message): MessageView {
  const base = {
    id: m.id,
    kind: m.kind,
    sentAt: m.sentAt,
    arriveAt: m.arriveAt,
    parts: [] as MessageView['parts'],
  };
  switch (m.kind) {
    case 'produceRequest': {
      const records = m.batches.reduce((n, b) => n + b.count, 0);
      const bytes = m.batches.reduce((n, b) => n + b.bytes, 0);
      const parts = m.batches.map((b) => ({ topic: b.topic, partition: b.partition, records: b.count }));
      return {
        ...base,
        from: `producer:${sim.producers[m.producer]!.id}`,
        to: `broker:${m.broker}`,
        records,
        bytes,
        parts,
      };
    }
    case 'produceResponse':
      return {
        ...base,
        from: `broker:${m.broker}`,
        to: `producer:${sim.producers[m.producer]!.id}`,
        records: m.results.reduce((n, r) => n + r.batch.count, 0),
        bytes: 0,
        parts: m.results.map((r) => ({
          topic: r.batch.topic,
          partition: r.batch.partition,
          records: r.batch.count,
        })),
      };
    case 'fetchRequest':
      return {
        ...base,
        from: `member:${sim.groups[m.group]!.id}/${m.member}`,
        to: `broker:${m.broker}`,
        records: 0,
        bytes: 0,
      };
    case 'fetchResponse':
      return {
        ...base,
        from: `broker:${m.broker}`,
        to: `member:${sim.groups[m.group]!.id}/${m.member}`,
        records: m.slices.reduce((n, s) => n + s.toOffset - s.fromOffset, 0),
        bytes: m.slices.reduce((n, s) => n + s.bytes, 0),
        parts: m.slices.map((s) => ({
          topic: s.topic,
          partition: s.partition,
          records: s.toOffset - s.fromOffset,
        })),
      };
    case 'commitRequest':
      return {
        ...base,
        from: `member:${sim.groups[m.group]!.id}/${m.member}`,
        to: `broker:${m.broker}`,
        records: 0,
        bytes: 0,
      };
    case 'replicaFetchRequest':
      return { ...base, from: `broker:${m.follower}`, to: `broker:${m.broker}`, records: 0, bytes: 0 };
    case 'replicaFetchResponse':
      return {
        ...base,
        from: `broker:${m.broker}`,
        to: `broker:${m.follower}`,
        records: m.slices.reduce((n, s) => n + s.toOffset - s.fromOffset, 0),
        bytes: 0,
        parts: m.slices.map((s) => ({
          topic: s.topic,
          partition: s.partition,
          records: s.toOffset - s.fromOffset,
        })),
      };
    default:
      return {
        ...base,
        ...groupMessageEnds(sim, m),
        records: 0,
        bytes: 0,
        ...('error' in m && m.error ? { error: m.error } : {}),
        ...heartbeatDetail(m),
      };
  }
}
