/**
 * Followers pull from leaders (kafka-behaviour.md §3.1–3.2): each follower broker keeps one fetch
 * session per leader broker covering every partition it follows there. The leader learns each
 * follower's log end from the fetch offset, tracks when it was last caught up, may add it back to the
 * ISR and raise the high watermark, and answers at once when it has newer data, else after
 * replica.fetch.wait.max.ms. Work is per fetch and per batch, never per record.
 */
import type { Step } from '../core/step';
import { newId, schedule, sendMessage } from '../core/step';
import type {
  BrokerReplicationState,
  Message,
  ParkedReplicaFetch,
  PartitionState,
  SimState,
} from '../model/state';
import { wakeParkedFetches } from './fetch';
import { maybeExpandIsr, maybeIncrementHighWatermark, replicaOf } from './isr';
import { noteReplicated } from './ledger';
import { batchIndexAt } from './log';
import { completeDelayedProduces } from './producePurgatory';
import { configValue, type BrokerConfig, type NumberKeyOf } from '../config/typedConfig';

/** replica.fetch.backoff.ms: a follower waits this long after a failed fetch. */
export const REPLICA_FETCH_BACKOFF_MS = 1000;
/** replica.fetch.max.bytes */
const REPLICA_FETCH_MAX_BYTES = 1048576;

export function newBrokerReplication(): BrokerReplicationState {
  return {
    alive: true,
    fenced: false,
    incarnation: 0,
    isolated: false,
    fetchDelayMs: 0,
    dropResponses: 0,
    stalledProducers: [],
    isrDips: 0,
    fetchingFrom: [],
    parkedReplicaFetches: [],
    delayedProduces: [],
  };
}

export function clusterNumber(sim: SimState, key: NumberKeyOf<BrokerConfig>): number {
  return configValue(sim.clusterConfig, key);
}

/** Partitions `follower` copies from `leader` right now. */
function followedPartitions(sim: SimState, follower: number, leader: number): PartitionState[] {
  const out: PartitionState[] = [];
  for (const t of sim.topics)
    for (const tp of t.partitions)
      if (tp.leader === leader && tp.leader !== follower && tp.replicas.includes(follower)) out.push(tp);
  return out;
}

/** Starts a fetch session from `follower` to every leader it follows and has none with yet. */
export function ensureFetching(sim: SimState, follower: number): void {
  const rep = sim.brokers[follower]!.replication;
  if (!rep.alive) return;
  const leaders = new Set<number>();
  for (const t of sim.topics)
    for (const tp of t.partitions)
      if (tp.leader >= 0 && tp.leader !== follower && tp.replicas.includes(follower)) leaders.add(tp.leader);
  for (const leader of [...leaders].sort((a, b) => a - b)) {
    if (rep.fetchingFrom.includes(leader)) continue;
    rep.fetchingFrom.push(leader);
    schedule(sim, sim.now + rep.fetchDelayMs, {
      kind: 'replicaFetch',
      follower,
      leader,
      incarnation: rep.incarnation,
    });
  }
}

/** Two brokers can talk unless either is down or cut off from the others. */
export function linkUp(sim: SimState, a: number, b: number): boolean {
  const ra = sim.brokers[a]!.replication;
  const rb = sim.brokers[b]!.replication;
  return ra.alive && rb.alive && !ra.isolated && !rb.isolated;
}

function endSession(sim: SimState, follower: number, leader: number): void {
  const rep = sim.brokers[follower]!.replication;
  rep.fetchingFrom = rep.fetchingFrom.filter((b) => b !== leader);
}

/** The follower's fetch failed (leader down or unreachable): try again after replica.fetch.backoff.ms. */
export function retryReplicaFetch(
  sim: SimState,
  follower: number,
  leader: number,
  incarnation: number,
): void {
  schedule(sim, sim.now + REPLICA_FETCH_BACKOFF_MS, { kind: 'replicaFetch', follower, leader, incarnation });
}

/** The replicaFetch task: send the session's next fetch with this follower's log end per partition. */
export function sendReplicaFetch(step: Step, follower: number, leader: number, incarnation: number): void {
  const { sim } = step;
  const rep = sim.brokers[follower]!.replication;
  if (!rep.alive || rep.incarnation !== incarnation) return;
  const parts = followedPartitions(sim, follower, leader);
  if (parts.length === 0) return endSession(sim, follower, leader);
  if (!linkUp(sim, follower, leader)) return retryReplicaFetch(sim, follower, leader, incarnation);
  sendMessage(sim, {
    kind: 'replicaFetchRequest',
    follower,
    broker: leader,
    incarnation,
    partitions: parts.map((tp) => ({
      topic: tp.topic,
      partition: tp.partition,
      offset: replicaOf(tp, follower)!.logEndOffset,
      epoch: tp.leaderEpoch,
    })),
  });
}

function partitionOf(sim: SimState, topic: string, partition: number): PartitionState {
  return sim.topics.find((t) => t.name === topic)!.partitions[partition]!;
}

/** The leader receives a follower's fetch: update what it knows of the follower, then answer or park. */
export function handleReplicaFetchRequest(
  step: Step,
  m: Extract<Message, { kind: 'replicaFetchRequest' }>,
): void {
  const { sim } = step;
  let changed = false;
  for (const req of m.partitions) {
    const tp = partitionOf(sim, req.topic, req.partition);
    if (tp.leader !== m.broker || tp.leaderEpoch !== req.epoch) continue;
    const r = replicaOf(tp, m.follower);
    if (!r || req.offset > tp.logEndOffset) continue;
    r.leaderKnownEnd = req.offset;
    // Caught up now, or caught up to where the leader was at the previous fetch (Replica.updateFetchState).
    if (req.offset >= tp.logEndOffset) r.lastCaughtUpAt = sim.now;
    else if (req.offset >= r.leaderEndAtLastFetch)
      r.lastCaughtUpAt = Math.max(r.lastCaughtUpAt, r.lastFetchAt);
    r.leaderEndAtLastFetch = tp.logEndOffset;
    r.lastFetchAt = sim.now;
    noteReplicated(tp, req.offset);
    const inIsr = tp.isr.length;
    maybeExpandIsr(step, tp, r);
    if (maybeIncrementHighWatermark(step, tp) || tp.isr.length !== inIsr) changed = true;
  }
  if (changed) {
    completeDelayedProduces(step, m.broker);
    wakeParkedFetches(step, m.broker);
  }
  const fetch: ParkedReplicaFetch = {
    id: newId(sim),
    follower: m.follower,
    incarnation: m.incarnation,
    deadline: sim.now + clusterNumber(sim, 'replica.fetch.wait.max.ms'),
    partitions: m.partitions,
  };
  if (hasNewData(sim, m.broker, fetch) || fetch.deadline <= sim.now) return respond(step, m.broker, fetch);
  sim.brokers[m.broker]!.replication.parkedReplicaFetches.push(fetch);
  schedule(sim, fetch.deadline, { kind: 'replicaFetchWaitExpired', broker: m.broker, fetch: fetch.id });
}

function hasNewData(sim: SimState, leader: number, fetch: ParkedReplicaFetch): boolean {
  return fetch.partitions.some((req) => {
    const tp = partitionOf(sim, req.topic, req.partition);
    return tp.leader === leader && tp.leaderEpoch === req.epoch && tp.logEndOffset > req.offset;
  });
}

/** New data on a leader: answer the followers' parked fetches. */
export function wakeReplicaFetches(step: Step, leader: number): void {
  const parked = step.sim.brokers[leader]!.replication.parkedReplicaFetches;
  for (let i = 0; i < parked.length;) {
    if (hasNewData(step.sim, leader, parked[i]!)) respond(step, leader, parked.splice(i, 1)[0]!);
    else i++;
  }
}

export function replicaFetchWaitExpired(step: Step, leader: number, id: number): void {
  const parked = step.sim.brokers[leader]!.replication.parkedReplicaFetches;
  const i = parked.findIndex((f) => f.id === id);
  if (i >= 0) respond(step, leader, parked.splice(i, 1)[0]!);
}

/** Whole batches after each fetch offset, up to replica.fetch.max.bytes, plus the leader's high watermark. */
function respond(step: Step, leader: number, fetch: ParkedReplicaFetch): void {
  const { sim } = step;
  const slices = [];
  for (const req of fetch.partitions) {
    const tp = partitionOf(sim, req.topic, req.partition);
    if (tp.leader !== leader || tp.leaderEpoch !== req.epoch) continue;
    let end = req.offset;
    let bytes = 0;
    for (let i = batchIndexAt(tp, req.offset); i < tp.batches.length; i++) {
      const b = tp.batches[i]!;
      if (bytes > 0 && bytes + b.bytes > REPLICA_FETCH_MAX_BYTES) break;
      bytes += b.bytes;
      end = b.baseOffset + b.count;
    }
    slices.push({
      topic: tp.topic,
      partition: tp.partition,
      fromOffset: req.offset,
      toOffset: Math.max(end, req.offset),
      epoch: tp.leaderEpoch,
      highWatermark: tp.highWatermark,
    });
  }
  sendMessage(sim, {
    kind: 'replicaFetchResponse',
    follower: fetch.follower,
    broker: leader,
    incarnation: fetch.incarnation,
    slices,
  });
}

/** The follower appends what came back and, after its fetch delay, fetches again. */
export function handleReplicaFetchResponse(
  step: Step,
  m: Extract<Message, { kind: 'replicaFetchResponse' }>,
): void {
  const { sim } = step;
  const rep = sim.brokers[m.follower]!.replication;
  if (!rep.alive || rep.incarnation !== m.incarnation) return;
  let records = 0;
  for (const s of m.slices) {
    const tp = partitionOf(sim, s.topic, s.partition);
    const r = replicaOf(tp, m.follower);
    if (!r || tp.leaderEpoch !== s.epoch || r.logEndOffset !== s.fromOffset || r.divergedAt >= 0) continue;
    records += s.toOffset - s.fromOffset;
    r.logEndOffset = s.toOffset;
    r.highWatermark = Math.min(s.highWatermark, r.logEndOffset);
  }
  if (records > 0)
    step.out.push({ type: 'ReplicaFetched', at: sim.now, broker: m.follower, leader: m.broker, records });
  schedule(sim, sim.now + rep.fetchDelayMs, {
    kind: 'replicaFetch',
    follower: m.follower,
    leader: m.broker,
    incarnation: rep.incarnation,
  });
}
