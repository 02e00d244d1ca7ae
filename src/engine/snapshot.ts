/**
 * A read model of the simulation for views, the CLI report and tests: what a learner can see, with
 * derived figures (lag, averages) computed once here rather than in every view.
 */
import { clonePlain } from './core/clone';
import type { BrokerConfig, ProducerConfig, TopicConfig } from './config/typedConfig';
import type { ProducerStats, RecordSample, SimState } from './model/state';
import { accumulatorBatchViews, producerExtrasView, type ProducerExtrasView } from './snapshotProducer';
import type { ProducerWorkload } from './model/scenario';
import {
  brokerViews,
  partitionReplicationView,
  recordTotals,
  type BrokerView,
  type PartitionReplicationView,
  type RecordTotals,
} from './broker/replicationModel';

export type {
  BrokerView,
  PartitionReplicationView,
  RecordTotals,
  ReplicaView,
} from './broker/replicationModel';
import { describeMessage, type MessageView } from './snapshotMessages';
import { groupView, type GroupView } from './snapshotGroups';
import { shareStructure } from './snapshotShare';
import {
  ledgerBatchView,
  recentBatchView,
  type LedgerBatchView,
  type RecentBatchView,
} from './snapshotBatches';
import { idTableFrom } from './core/idTable';
import { configValue } from './config/typedConfig';

export type { GroupPartitionView, GroupView, MemberView } from './snapshotGroups';
export type { MessageView } from './snapshotMessages';

export interface PartitionView {
  topic: string;
  partition: number;
  leader: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  bytesAppended: number;
  recentBatches: RecentBatchView[];
  replication: PartitionReplicationView;
  /** The most recent batches with their producer sequences, for "what happened to record #n". */
  ledgerBatches: LedgerBatchView[];
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
  config: ProducerConfig;
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
  topicConfigs: Record<string, TopicConfig>;
  /** The brokers' settings (one value for every broker). */
  brokerConfig: BrokerConfig;
}

const RECENT_BATCHES_SHOWN = 24;
const LEDGER_BATCHES_SHOWN = 100;

/**
 * Builds the read model; cost is proportional to what is on screen, not to the simulated history.
 * Given the `previous` snapshot of the same run, every part that did not change (a partition, a
 * replica, a member, a batch list…) is the previous object, so consumers can compare by reference.
 */
export function snapshot(sim: SimState, previous?: SimSnapshot): SimSnapshot {
  const next = buildSnapshot(sim);
  return previous ? shareStructure(previous, next) : next;
}

function buildSnapshot(sim: SimState): SimSnapshot {
  const partitions: PartitionView[] = sim.topics.flatMap((t) =>
    t.partitions.map((tp) => ({
      topic: tp.topic,
      partition: tp.partition,
      leader: tp.leader,
      logStartOffset: tp.logStartOffset,
      logEndOffset: tp.logEndOffset,
      highWatermark: tp.highWatermark,
      bytesAppended: tp.bytesAppended,
      recentBatches: tp.batches.slice(-RECENT_BATCHES_SHOWN).map(recentBatchView),
      replication: partitionReplicationView(sim, tp),
      ledgerBatches: tp.batches.slice(-LEDGER_BATCHES_SHOWN).map(ledgerBatchView),
    })),
  );
  return {
    now: sim.now,
    kafkaVersion: sim.scenario.kafkaVersion,
    brokers: brokerViews(sim),
    partitions,
    records: recordTotals(sim),
    producers: sim.producers.map((p) => {
      const s = p.stats;
      return {
        id: p.id,
        topic: p.topic,
        config: { ...p.config },
        explicitKeys: [...p.explicitKeys],
        workload: clonePlain(p.workload),
        bufferUsed: p.bufferUsed,
        bufferMemory: configValue(p.config, 'buffer.memory'),
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
        batches: accumulatorBatchViews(p),
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
    groups: sim.groups.map((g) => groupView(sim, g, partitions)),
    messages: sim.messages.map((m) => describeMessage(sim, m)),
    topicConfigs: idTableFrom(sim.topics.map((t) => [t.name, { ...t.config }])),
    brokerConfig: { ...sim.clusterConfig },
  };
}
