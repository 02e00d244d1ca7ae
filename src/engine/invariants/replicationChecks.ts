/**
 * Replication promises (kafka-behaviour.md §3): the high watermark never passes an in-sync replica's log
 * end and never moves back under one leader epoch; acks=all with min.insync.replicas ≥ 2, RF ≥ 3 and clean
 * elections loses no acknowledged record while at most one broker is away; an idempotent producer's
 * batches are neither duplicated nor reordered in a partition.
 */
import type { ProducerState, SimState, TopicState } from '../model/state';
import type { Violation } from './types';

/** Last high watermark seen per partition ("topic/partition") and the leader epoch it was seen under. */
export type HighWatermarkMemory = Map<string, { epoch: number; hw: number }>;

/** HW ≤ the log end of every ISR member; HW only grows within one leader epoch. */
export function checkHighWatermark(sim: SimState, memory: HighWatermarkMemory): Violation[] {
  const out: Violation[] = [];
  for (const topic of sim.topics)
    for (const tp of topic.partitions) {
      if (tp.leader < 0) continue;
      for (const b of tp.isr) {
        const r = tp.replicaStates.find((x) => x.broker === b);
        if (r && tp.highWatermark > r.logEndOffset)
          out.push({
            invariant: 'highWatermarkAboveIsrEnd',
            at: sim.now,
            detail: `${tp.topic}-${tp.partition}: HW ${tp.highWatermark} > log end ${r.logEndOffset} of ISR member ${b}`,
          });
      }
      const key = `${tp.topic}/${tp.partition}`;
      const prev = memory.get(key);
      if (prev && prev.epoch === tp.leaderEpoch && tp.highWatermark < prev.hw)
        out.push({
          invariant: 'highWatermarkWentBack',
          at: sim.now,
          detail: `${tp.topic}-${tp.partition}: HW ${prev.hw} → ${tp.highWatermark} in leader epoch ${tp.leaderEpoch}`,
        });
      memory.set(key, { epoch: tp.leaderEpoch, hw: tp.highWatermark });
    }
  return out;
}

export function isAcksAll(p: ProducerState): boolean {
  const acks = String(p.config['acks']);
  return acks === 'all' || acks === '-1';
}

/** Brokers that are down or cut off from the others right now. */
export function brokersAway(sim: SimState): number {
  return sim.brokers.filter((b) => !b.replication.alive || b.replication.isolated).length;
}

/**
 * Whether the durability promise holds for a topic at this moment: every producer writing to it uses
 * acks=all, min.insync.replicas ≥ 2, RF ≥ 3, unclean election off and at most one broker away.
 */
export function durabilityPromised(sim: SimState, topic: TopicState): boolean {
  const rf = topic.partitions[0]?.replicas.length ?? 0;
  return (
    rf >= 3 &&
    Number(topic.config['min.insync.replicas']) >= 2 &&
    topic.config['unclean.leader.election.enable'] !== true &&
    brokersAway(sim) <= 1 &&
    sim.producers.every((p) => p.topic !== topic.name || isAcksAll(p))
  );
}

/** No acknowledged record lost on a topic whose durability was promised at every check so far. */
export function checkAcknowledgedKept(sim: SimState, promised: ReadonlySet<string>): Violation[] {
  const out: Violation[] = [];
  for (const topic of sim.topics) {
    if (!promised.has(topic.name)) continue;
    for (const tp of topic.partitions)
      if (tp.ledger.lostAfterAck > 0)
        out.push({
          invariant: 'acknowledgedRecordLost',
          at: sim.now,
          detail: `${tp.topic}-${tp.partition}: ${tp.ledger.lostAfterAck} acknowledged records lost (acks=all, min.insync.replicas ${String(topic.config['min.insync.replicas'])})`,
        });
  }
  return out;
}

/** No batch of a producer that stayed idempotent is written twice or out of order (batches still in memory). */
export function checkIdempotentLog(sim: SimState, idempotent: ReadonlySet<string>): Violation[] {
  const out: Violation[] = [];
  for (const topic of sim.topics)
    for (const tp of topic.partitions)
      for (const b of tp.batches) {
        if (!idempotent.has(b.producer) || (!b.duplicate && !b.reordered)) continue;
        out.push({
          invariant: b.duplicate ? 'idempotentDuplicate' : 'idempotentReordered',
          at: sim.now,
          detail: `${tp.topic}-${tp.partition}: producer ${b.producer} batch at offset ${b.baseOffset} (record no. ${b.baseSequence}, ${b.count} records)`,
        });
      }
  return out;
}

/** Failures by exception name that only a fenced or confused idempotent producer sees. */
export const FENCING_ERRORS = ['InvalidProducerEpochException', 'OutOfOrderSequenceException'] as const;

export function fencingFailures(p: ProducerState): number {
  return FENCING_ERRORS.reduce((n, e) => n + (p.stats.errors[e] ?? 0), 0);
}
