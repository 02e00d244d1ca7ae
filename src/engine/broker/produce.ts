/**
 * The leader's handling of a produce request (kafka-behaviour.md §2.5, §2.7, §3.3): reject when this
 * broker does not lead the partition, reject acks=all writes while the ISR is smaller than
 * min.insync.replicas (NotEnoughReplicasException, nothing appended), check idempotent sequences, append,
 * then answer: acks=0 never, acks=1 at once, acks=all once the high watermark covers the batch — held
 * in the produce purgatory until then or until the request's timeout.
 */
import type { Step } from '../core/step';
import { newId, schedule, sendMessage } from '../core/step';
import type { DelayedProduce, Message, PartitionState, ProduceResult, WireBatch } from '../model/state';
import { wakeParkedFetches } from './fetch';
import { effectiveMinIsr, isUnderMinIsr } from './isr';
import { noteAppended } from './ledger';
import { appendBatch } from './log';
import { checkSequence, rememberBatch } from './producerState';
import { wakeReplicaFetches } from './replication';

type ProduceRequest = Extract<Message, { kind: 'produceRequest' }>;

function partitionOf(step: Step, batch: WireBatch): PartitionState {
  return step.sim.topics.find((t) => t.name === batch.topic)!.partitions[batch.partition]!;
}

function appendOne(step: Step, message: ProduceRequest, batch: WireBatch): ProduceResult {
  const { sim } = step;
  const tp = partitionOf(step, batch);
  const fail = (error: string, text: string): ProduceResult => ({
    batch,
    baseOffset: -1,
    error,
    message: text,
  });
  if (tp.leader !== message.broker) {
    return fail(
      'NotLeaderOrFollowerException',
      `This server is not the leader for ${tp.topic}-${tp.partition}.`,
    );
  }
  const rep = sim.brokers[message.broker]!.replication;
  const dip = message.acks === 'all' && rep.isrDips > 0;
  if (dip) rep.isrDips--;
  if (message.acks === 'all' && (dip || isUnderMinIsr(sim, tp))) {
    return fail(
      'NotEnoughReplicasException',
      `The size of the current ISR [${dip ? tp.leader : tp.isr.join(', ')}] is insufficient to satisfy the min.isr requirement of ${effectiveMinIsr(sim, tp)} for partition ${tp.topic}-${tp.partition}.`,
    );
  }
  const check = checkSequence(tp, batch);
  if (check.kind === 'duplicate') return { batch, baseOffset: check.offset };
  if (check.kind === 'fencedEpoch')
    return fail('InvalidProducerEpochException', 'Producer attempted to produce with an old epoch.');
  if (check.kind === 'outOfOrder') {
    return fail(
      'OutOfOrderSequenceException',
      `Out of order sequence number for producer ${batch.pid} at offset ${tp.logEndOffset} in partition ${tp.topic}-${tp.partition}: ${batch.sequence ?? batch.baseSequence} (incoming seq. number), ${check.expected - 1} (current end sequence number)`,
    );
  }
  const producer = sim.producers[message.producer]!;
  const baseOffset = appendBatch(step, tp, {
    count: batch.count,
    bytes: batch.bytes,
    producer: producer.id,
    baseSequence: batch.baseSequence,
    createdAt: batch.createdAt,
    batchId: batch.id,
    leaderEpoch: tp.leaderEpoch,
    pid: batch.pid ?? -1,
    producerEpoch: batch.epoch ?? 0,
    sequence: batch.sequence ?? batch.baseSequence,
    // acks=0: the client already counted the batch as sent successfully.
    acked: message.acks === '0',
  });
  noteAppended(tp, tp.batches[tp.batches.length - 1]!, batch.attempts ?? 1);
  rememberBatch(
    tp,
    batch.pid ?? -1,
    batch.epoch ?? 0,
    batch.sequence ?? batch.baseSequence,
    batch.count,
    baseOffset,
  );
  return { batch, baseOffset };
}

export function handleProduceRequest(step: Step, message: ProduceRequest): void {
  const { sim } = step;
  const results = message.batches.map((batch) => appendOne(step, message, batch));
  wakeParkedFetches(step, message.broker);
  wakeReplicaFetches(step, message.broker);
  if (message.acks === '0') return;
  const delayed: DelayedProduce = {
    id: newId(sim),
    producer: message.producer,
    request: message.id,
    deadline: sim.now + (message.timeoutMs ?? 30000),
    results,
  };
  if (message.acks === '1' || completion(step, delayed, message.broker)) {
    respond(step, message.broker, delayed);
    return;
  }
  sim.brokers[message.broker]!.replication.delayedProduces.push(delayed);
  schedule(sim, delayed.deadline, { kind: 'produceTimeout', broker: message.broker, delayed: delayed.id });
}

/**
 * Whether every batch of an acks=all request is settled (Partition.checkEnoughReplicasReachOffset):
 * covered by the high watermark — then NotEnoughReplicasAfterAppendException if the ISR has meanwhile
 * dropped below min.insync.replicas — or no longer led here.
 */
function completion(step: Step, d: DelayedProduce, broker: number): boolean {
  // A broker that no longer leads the partition (a preferred-leader election moved it) answers
  // NOT_LEADER_OR_FOLLOWER (Kafka's DelayedProduce after Partition.makeFollower).
  const ready = d.results.every((r) => {
    if (r.error) return true;
    const tp = partitionOf(step, r.batch);
    return tp.leader !== broker || tp.highWatermark >= r.baseOffset + r.batch.count;
  });
  if (!ready) return false;
  for (const r of d.results) {
    if (r.error) continue;
    const tp = partitionOf(step, r.batch);
    if (tp.leader !== broker) {
      r.error = 'NotLeaderOrFollowerException';
      r.message = `This server is not the leader for ${tp.topic}-${tp.partition}.`;
    } else if (isUnderMinIsr(step.sim, tp)) {
      r.error = 'NotEnoughReplicasAfterAppendException';
      r.message = `The number of insync replicas for partition ${tp.topic}-${tp.partition} [${tp.isr.join(', ')}] is below the required minimum ${effectiveMinIsr(step.sim, tp)}; the records were written but may not be replicated.`;
    }
  }
  return true;
}

/** The high watermark or the ISR changed on this broker: answer every acks=all request that is now settled. */
export function completeDelayedProduces(step: Step, broker: number): void {
  const list = step.sim.brokers[broker]!.replication.delayedProduces;
  for (let i = 0; i < list.length;) {
    if (completion(step, list[i]!, broker)) respond(step, broker, list.splice(i, 1)[0]!);
    else i++;
  }
}

/** The purgatory timeout passed: unsettled batches fail with REQUEST_TIMED_OUT (TimeoutException on the client). */
export function produceTimeout(step: Step, broker: number, id: number): void {
  const list = step.sim.brokers[broker]!.replication.delayedProduces;
  const i = list.findIndex((d) => d.id === id);
  if (i < 0) return;
  const d = list.splice(i, 1)[0]!;
  if (!completion(step, d, broker)) {
    for (const r of d.results) {
      const tp = partitionOf(step, r.batch);
      if (!r.error && tp.highWatermark < r.baseOffset + r.batch.count) {
        r.error = 'TimeoutException';
        r.message = 'Request timed out waiting for the in-sync replicas.';
      }
    }
  }
  respond(step, broker, d);
}

function respond(step: Step, broker: number, d: DelayedProduce): void {
  const rep = step.sim.brokers[broker]!.replication;
  if (!rep.alive) return;
  // An injected fault: the response is lost on the way back, and the connection with it: later
  // responses to that producer queue behind it until the producer times out and reconnects.
  if (rep.stalledProducers.includes(d.producer)) return;
  if (rep.dropResponses > 0) {
    rep.dropResponses--;
    rep.stalledProducers.push(d.producer);
    return;
  }
  sendMessage(step.sim, {
    kind: 'produceResponse',
    producer: d.producer,
    broker,
    results: d.results,
    request: d.request,
  });
}
