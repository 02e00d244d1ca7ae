/** The replication part of the read model: brokers, replicas, ISR, ledger counters (snapshot.ts includes it). */
import { hasKafka37Rules } from '../config/types';
import type { PartitionLedger, PartitionState, SimState, StoredBatch } from '../model/state';
import { configValue } from '../config/typedConfig';

export interface BrokerView {
  id: number;
  alive: boolean;
  fenced: boolean;
  isolated: boolean;
  fetchDelayMs: number;
  dropResponses: number;
  /** Followers whose fetch waits at this leader for new data (long poll, replica.fetch.wait.max.ms). */
  parkedFetchesFrom: number[];
}

export interface ReplicaView {
  broker: number;
  logEndOffset: number;
  highWatermark: number;
  inIsr: boolean;
  isLeader: boolean;
  /**
   * This replica's log end as the partition leader last learned it (a follower's next fetch tells it;
   * the leader's own: its LEO; -1 unknown). The ledger's "replicated" and the HW come from this.
   */
  leaderKnownEnd: number;
  /** Offsets from here on are stale (written under an older leader); -1 when none. */
  divergedAt: number;
}

export interface PartitionReplicationView {
  replicas: number[];
  isr: number[];
  leaderEpoch: number;
  underMinIsr: boolean;
  minIsr: number;
  replicaViews: ReplicaView[];
  ledger: Omit<PartitionLedger, 'maxSeqEnd' | 'replicatedEnd' | 'committedEnd'>;
}

export interface RecordTotals {
  appended: number;
  replicated: number;
  belowHw: number;
  acked: number;
  failed: number;
  lostAfterAck: number;
  duplicated: number;
  reordered: number;
}

export function brokerViews(sim: SimState): BrokerView[] {
  return sim.brokers.map((b) => ({
    id: b.id,
    alive: b.replication.alive,
    fenced: b.replication.fenced,
    isolated: b.replication.isolated,
    fetchDelayMs: b.replication.fetchDelayMs,
    dropResponses: b.replication.dropResponses,
    parkedFetchesFrom: b.replication.parkedReplicaFetches.map((f) => f.follower),
  }));
}

export function partitionReplicationView(sim: SimState, tp: PartitionState): PartitionReplicationView {
  const configured = configValue(sim.topics.find((t) => t.name === tp.topic)!.config, 'min.insync.replicas');
  const minIsr = hasKafka37Rules(sim.scenario.kafkaVersion)
    ? Math.min(configured, tp.replicas.length)
    : configured;
  const { maxSeqEnd: _m, replicatedEnd: _r, committedEnd: _c, ...ledger } = tp.ledger;
  return {
    replicas: [...tp.replicas],
    isr: [...tp.isr],
    leaderEpoch: tp.leaderEpoch,
    minIsr,
    underMinIsr: tp.isr.length < minIsr,
    replicaViews: tp.replicaStates.map((r) => ({
      broker: r.broker,
      logEndOffset: r.logEndOffset,
      highWatermark: r.broker === tp.leader ? tp.highWatermark : r.highWatermark,
      inIsr: tp.isr.includes(r.broker),
      isLeader: r.broker === tp.leader,
      leaderKnownEnd: r.broker === tp.leader ? r.logEndOffset : r.leaderKnownEnd,
      divergedAt: r.divergedAt,
    })),
    ledger: { ...ledger, lost: ledger.lost.map((l) => ({ ...l })) },
  };
}

/** Per-batch flags the views draw on the log strip. */
export function batchFlags(b: StoredBatch): { acked: boolean; duplicate: boolean; reordered: boolean } {
  return { acked: b.acked === true, duplicate: b.duplicate === true, reordered: b.reordered === true };
}

export function recordTotals(sim: SimState): RecordTotals {
  const t: RecordTotals = {
    appended: 0,
    replicated: 0,
    belowHw: 0,
    acked: 0,
    failed: 0,
    lostAfterAck: 0,
    duplicated: 0,
    reordered: 0,
  };
  for (const topic of sim.topics)
    for (const tp of topic.partitions) {
      const l = tp.ledger;
      t.appended += l.appended;
      t.replicated += l.replicated;
      t.belowHw += l.belowHw;
      t.lostAfterAck += l.lostAfterAck;
      t.duplicated += l.duplicated;
      t.reordered += l.reordered;
    }
  for (const p of sim.producers) {
    t.acked += p.stats.acked;
    t.failed += p.stats.failed;
  }
  return t;
}

/** Errors by exception name over all producers (records that failed for good, plus failed attempts). */
export function errorsByName(sim: SimState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of sim.producers)
    for (const [k, v] of Object.entries(p.stats.errors)) out[k] = (out[k] ?? 0) + v;
  return out;
}
