/**
 * The in-sync replica set and the high watermark (kafka-behaviour.md §3.2–3.3, Partition.scala):
 * a follower is in sync while it was fully caught up less than replica.lag.time.max.ms ago; it rejoins
 * once its log end reaches the leader's high watermark; the high watermark is the smallest log end
 * offset over the ISR and only moves forward — and from Kafka 3.7 not at all while the ISR is smaller
 * than min.insync.replicas.
 */
import type { Step } from '../core/step';
import { hasKafka37Rules } from '../config/types';
import type { PartitionState, ReplicaState, SimState, TopicState } from '../model/state';
import { configValue, type NumberKeyOf, type TopicConfig } from '../config/typedConfig';

/** A topic's setting, read from its resolved config. */
export function topicNumber(topic: TopicState, key: NumberKeyOf<TopicConfig>): number {
  return configValue(topic.config, key);
}

export function topicOf(sim: SimState, name: string): TopicState {
  return sim.topics.find((t) => t.name === name)!;
}

/** min(min.insync.replicas, replication factor): the effective value since Kafka 3.7. */
export function effectiveMinIsr(sim: SimState, tp: PartitionState): number {
  const configured = topicNumber(topicOf(sim, tp.topic), 'min.insync.replicas');
  return hasKafka37Rules(sim.scenario.kafkaVersion) ? Math.min(configured, tp.replicas.length) : configured;
}

export function isUnderMinIsr(sim: SimState, tp: PartitionState): boolean {
  return tp.isr.length < effectiveMinIsr(sim, tp);
}

export function replicaOf(tp: PartitionState, broker: number): ReplicaState | undefined {
  return tp.replicaStates.find((r) => r.broker === broker);
}

export function leaderReplica(tp: PartitionState): ReplicaState | undefined {
  return tp.leader < 0 ? undefined : replicaOf(tp, tp.leader);
}

/**
 * Raises the leader's high watermark to the smallest log end offset in the ISR, unless the partition is
 * under min ISR (KAFKA-15583). Returns true when it moved. Never lowers it.
 */
export function maybeIncrementHighWatermark(step: Step, tp: PartitionState): boolean {
  const leader = leaderReplica(tp);
  if (!leader) return false;
  // A single replica is its own ISR and can never be under min ISR (min(minISR, RF) = 1): skip the lookup.
  // Before 3.7 the high watermark advanced whatever the ISR size.
  if (
    tp.replicas.length > 1 &&
    hasKafka37Rules(step.sim.scenario.kafkaVersion) &&
    isUnderMinIsr(step.sim, tp)
  )
    return false;
  let hw = leader.logEndOffset;
  for (const b of tp.isr) {
    const r = replicaOf(tp, b);
    if (r) hw = Math.min(hw, b === tp.leader ? r.logEndOffset : r.leaderKnownEnd);
  }
  if (hw <= tp.highWatermark) return false;
  const before = tp.highWatermark;
  tp.highWatermark = hw;
  leader.highWatermark = hw;
  if (hw > tp.ledger.committedEnd) {
    tp.ledger.belowHw += hw - Math.max(before, tp.ledger.committedEnd);
    tp.ledger.committedEnd = hw;
  }
  return true;
}

/** ISR expansion (Partition.isFollowerInSync): a follower that reached the high watermark and the epoch start rejoins. */
export function maybeExpandIsr(step: Step, tp: PartitionState, follower: ReplicaState): void {
  if (tp.isr.includes(follower.broker)) return;
  const end = follower.leaderKnownEnd;
  if (end < tp.highWatermark || end < tp.epochStartOffset) return;
  tp.isr = tp.replicas.filter((b) => b === follower.broker || tp.isr.includes(b));
  step.out.push({
    type: 'IsrExpanded',
    at: step.sim.now,
    topic: tp.topic,
    partition: tp.partition,
    broker: follower.broker,
    isr: [...tp.isr],
  });
}

/** The leader's periodic check (Partition.getOutOfSyncReplicas): drop followers not caught up within the lag time. */
export function shrinkIsrIfLagging(step: Step, tp: PartitionState, lagMaxMs: number): boolean {
  const out = tp.isr.filter((b) => {
    if (b === tp.leader) return false;
    const r = replicaOf(tp, b)!;
    return step.sim.now - r.lastCaughtUpAt > lagMaxMs;
  });
  if (out.length === 0) return false;
  for (const broker of out) removeFromIsr(step, tp, broker, 'lagging');
  return true;
}

/** Removes a broker from the ISR (never the last member: KRaft keeps it, with or without a leader). */
export function removeFromIsr(
  step: Step,
  tp: PartitionState,
  broker: number,
  reason: 'lagging' | 'fenced',
): void {
  if (!tp.isr.includes(broker) || tp.isr.length === 1) return;
  tp.isr = tp.isr.filter((b) => b !== broker);
  step.out.push({
    type: 'IsrShrunk',
    at: step.sim.now,
    topic: tp.topic,
    partition: tp.partition,
    broker,
    reason,
    isr: [...tp.isr],
  });
}
