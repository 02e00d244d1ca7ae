/**
 * Leader election and truncation (kafka-behaviour.md §3.4, PartitionChangeBuilder): the new leader is
 * the first replica in assignment order that is in the ISR and alive. With none, the partition goes
 * offline — unless unclean.leader.election.enable lets any live replica lead, losing what it lacks.
 * Replicas holding records the new leader lacks cut them off (at once if running, on return if down).
 */
import { clusterModeOf, honoursUncleanElection } from '../config/clusterMode';
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { PartitionState, SimState } from '../model/state';
import { replicaOf, topicOf } from './isr';
import { noteTruncation } from './ledger';
import { rebuildProducerStates } from './producerState';
import { clusterNumber, ensureFetching } from './replication';

export function brokerUp(sim: SimState, broker: number): boolean {
  const rep = sim.brokers[broker]!.replication;
  return rep.alive && !rep.fenced;
}

/** Elects a leader if the current one is gone; returns true when leadership changed. */
export function electLeader(step: Step, tp: PartitionState): boolean {
  const { sim } = step;
  if (tp.leader >= 0 && brokerUp(sim, tp.leader)) return false;
  let leader = tp.replicas.find((b) => tp.isr.includes(b) && brokerUp(sim, b));
  let unclean = false;
  if (leader === undefined && uncleanElectionAllowed(sim, tp)) {
    leader = tp.replicas.find((b) => brokerUp(sim, b));
    unclean = leader !== undefined;
  }
  if (leader === undefined) {
    if (tp.leader >= 0) {
      tp.leader = -1;
      sim.leaderVersion++;
      step.out.push({ type: 'PartitionOffline', at: sim.now, topic: tp.topic, partition: tp.partition });
      scheduleUncleanElectionCheck(sim);
    }
    return false;
  }
  becomeLeader(step, tp, leader, unclean);
  return true;
}

/**
 * unclean.leader.election.enable as the controller applies it: a ZooKeeper controller always, a KRaft one
 * from 3.9 (ReplicationControlManager.generateLeaderAndIsrUpdates sets Election.UNCLEAN when the topic
 * allows it — KAFKA-12670); a 3.0–3.8 KRaft controller ignores the key and the partition stays offline.
 */
function uncleanElectionAllowed(sim: SimState, tp: PartitionState): boolean {
  return (
    topicOf(sim, tp.topic).config['unclean.leader.election.enable'] === true &&
    honoursUncleanElection(sim.scenario)
  );
}

/**
 * A preferred-leader election (auto.leader.rebalance.enable): `preferred`, alive and in the ISR, takes
 * the partition over from a live leader, which becomes a follower.
 */
export function electPreferredLeader(step: Step, tp: PartitionState, preferred: number): void {
  becomeLeader(step, tp, preferred, false);
}

/**
 * After a leader change: if the partition is not led by its preferred (first) replica, make sure the
 * controller's imbalance check is scheduled — KRaft's QuorumController schedules it
 * leader.imbalance.check.interval.seconds after it sees an imbalance; ZooKeeper's KafkaController runs it
 * on a fixed period from its start, so the next multiple of the interval.
 */
export function scheduleLeaderBalanceCheck(sim: SimState, zookeeper: boolean): void {
  if (sim.clusterConfig['auto.leader.rebalance.enable'] !== true) return;
  if (sim.leaderBalanceCheckAt !== undefined && sim.leaderBalanceCheckAt > sim.now) return;
  const every = clusterNumber(sim, 'leader.imbalance.check.interval.seconds') * 1000;
  const at = zookeeper ? (Math.floor(sim.now / every) + 1) * every : sim.now + every;
  sim.leaderBalanceCheckAt = at;
  schedule(sim, at, { kind: 'leaderBalanceCheck' });
}

function hasLeaderlessPartition(sim: SimState): boolean {
  return sim.topics.some((t) => t.partitions.some((tp) => tp.leader < 0));
}

/**
 * A KRaft 3.9+ controller schedules its unclean-election check (broker/uncleanCheck.ts) while some
 * partition is leaderless, one at a time (QuorumController.maybeScheduleNextElectUncleanLeaders).
 */
export function scheduleUncleanElectionCheck(sim: SimState): void {
  if (clusterModeOf(sim.scenario) !== 'kraft' || !honoursUncleanElection(sim.scenario)) return;
  if (sim.uncleanCheckAt !== undefined || !hasLeaderlessPartition(sim)) return;
  const at = sim.now + clusterNumber(sim, 'unclean.leader.election.interval.ms');
  sim.uncleanCheckAt = at;
  schedule(sim, at, { kind: 'uncleanElectionCheck' });
}

function becomeLeader(step: Step, tp: PartitionState, leader: number, unclean: boolean): void {
  const { sim } = step;
  tp.leader = leader;
  sim.leaderVersion++;
  tp.leaderEpoch++;
  if (unclean) tp.isr = [leader];
  const newEnd = replicaOf(tp, leader)!.logEndOffset;
  truncateLeaderLog(step, tp, newEnd);
  tp.epochStartOffset = newEnd;
  for (const r of tp.replicaStates) {
    if (r.broker === leader) {
      r.highWatermark = tp.highWatermark;
      continue;
    }
    // Followers in the ISR start the new epoch as caught up (Partition.makeLeader resets their state).
    r.lastCaughtUpAt = tp.isr.includes(r.broker) ? sim.now : 0;
    r.lastFetchAt = 0;
    r.leaderEndAtLastFetch = 0;
    r.leaderKnownEnd = -1; // unknown until the follower's first fetch to the new leader
    if (r.logEndOffset <= newEnd) continue;
    if (sim.brokers[r.broker]!.replication.alive) truncateReplica(step, tp, r.broker, newEnd);
    else r.divergedAt = r.divergedAt >= 0 ? Math.min(r.divergedAt, newEnd) : newEnd;
  }
  rebuildProducerStates(tp);
  step.out.push({
    type: 'LeaderElected',
    at: sim.now,
    topic: tp.topic,
    partition: tp.partition,
    leader,
    epoch: tp.leaderEpoch,
    unclean,
  });
  for (const b of tp.replicas) if (b !== leader) ensureFetching(sim, b);
  if (leader !== tp.replicas[0]) scheduleLeaderBalanceCheck(sim, clusterModeOf(sim.scenario) === 'zookeeper');
}

/** The partition's log (the leader's) now ends at `offset`: later batches are gone. */
function truncateLeaderLog(step: Step, tp: PartitionState, offset: number): void {
  if (offset >= tp.logEndOffset) return;
  let keep = tp.batches.length;
  while (keep > 0 && tp.batches[keep - 1]!.baseOffset >= offset) keep--;
  const removed = tp.batches.splice(keep);
  tp.logEndOffset = offset;
  tp.highWatermark = Math.min(tp.highWatermark, offset);
  noteTruncation(step, tp, removed, offset);
}

/** One replica cuts its log back to `offset` (leader-epoch based truncation, KIP-101/279). */
export function truncateReplica(step: Step, tp: PartitionState, broker: number, offset: number): void {
  const r = replicaOf(tp, broker)!;
  const records = r.logEndOffset - offset;
  r.divergedAt = -1;
  if (records <= 0) return;
  r.logEndOffset = offset;
  r.leaderKnownEnd = Math.min(r.leaderKnownEnd, offset);
  r.highWatermark = Math.min(r.highWatermark, offset);
  step.out.push({
    type: 'LogTruncated',
    at: step.sim.now,
    topic: tp.topic,
    partition: tp.partition,
    broker,
    toOffset: offset,
    records,
  });
}
