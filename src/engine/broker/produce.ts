/**
 * The leader's handling of a produce request (kafka-behaviour.md §2.5, §2.7, §3.3): reject when this
 * broker does not lead the partition, reject acks=all writes while the ISR is smaller than
 * min.insync.replicas (NotEnoughReplicasException, nothing appended), check idempotent sequences, append,
 * then answer: acks=0 never, acks=1 at once, acks=all once the high watermark covers the batch — held
 * in the produce purgatory until then or until the request's timeout.
 */
import type { Step } from '../core/step';
import { newId, schedule } from '../core/step';
import type { DelayedProduce, Message, PartitionState, ProduceResult, WireBatch } from '../model/state';
import { wakeParkedFetches } from './fetch';
import { effectiveMinIsr, isUnderMinIsr } from './isr';
import { noteAppended } from './ledger';
import { appendBatch } from './log';
import { checkSequence, rememberBatch } from './producerState';
import { wakeReplicaFetches } from './replication';
import { answerProduce, produceSettled } from './producePurgatory';

type ProduceRequest = Extract<Message, { kind: 'produceRequest' }>;

function partitionOf(step: Step, batch: WireBatch): PartitionState {
  return step.sim.topics.find((t) => t.name === batch.topic)!.partitions[batch.partition]!;
}

function failed(batch: WireBatch, error: string, text: string): ProduceResult {
  return { batch, baseOffset: -1, error, message: text };
}

function appendOne(step: Step, message: ProduceRequest, batch: WireBatch): ProduceResult {
  const { sim } = step;
  const tp = partitionOf(step, batch);
  if (tp.leader !== message.broker) {
    return failed(
      batch,
      'NotLeaderOrFollowerException',
      `This server is not the leader for ${tp.topic}-${tp.partition}.`,
    );
  }
  const rep = sim.brokers[message.broker]!.replication;
  const dip = message.acks === 'all' && rep.isrDips > 0;
  if (dip) rep.isrDips--;
  if (message.acks === 'all' && (dip || isUnderMinIsr(sim, tp))) {
    return failed(
      batch,
      'NotEnoughReplicasException',
      `The size of the current ISR [${dip ? tp.leader : tp.isr.join(', ')}] is insufficient to satisfy the min.isr requirement of ${effectiveMinIsr(sim, tp)} for partition ${tp.topic}-${tp.partition}.`,
    );
  }
  const check = checkSequence(tp, batch);
  if (check.kind === 'duplicate') return { batch, baseOffset: check.offset };
  if (check.kind === 'fencedEpoch')
    return failed(batch, 'InvalidProducerEpochException', 'Producer attempted to produce with an old epoch.');
  if (check.kind === 'outOfOrder') {
    return failed(
      batch,
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
  const results: ProduceResult[] = [];
  for (const batch of message.batches) results.push(appendOne(step, message, batch));
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
  if (message.acks === '1' || produceSettled(step, delayed, message.broker)) {
    answerProduce(step, message.broker, delayed);
    return;
  }
  sim.brokers[message.broker]!.replication.delayedProduces.push(delayed);
  schedule(sim, delayed.deadline, { kind: 'produceTimeout', broker: message.broker, delayed: delayed.id });
}
