/**
 * The produce purgatory (Kafka's DelayedProduce): acks=all requests wait here until the high watermark
 * covers their batches, the leader moves, or the request times out. Kept apart from produce.ts so that
 * replication, failures and leader balancing can settle waiting requests without importing the
 * produce path (which itself wakes replica fetches).
 */
import type { Step } from '../core/step';
import { sendMessage } from '../core/step';
import type { DelayedProduce, PartitionState, WireBatch } from '../model/state';
import { effectiveMinIsr, isUnderMinIsr } from './isr';
import { removeEntry } from '../time/queue';

function partitionOf(step: Step, batch: WireBatch): PartitionState {
  return step.sim.topics.find((t) => t.name === batch.topic)!.partitions[batch.partition]!;
}

/**
 * Whether every batch of an acks=all request is settled (Partition.checkEnoughReplicasReachOffset):
 * covered by the high watermark — then NotEnoughReplicasAfterAppendException if the ISR has meanwhile
 * dropped below min.insync.replicas — or no longer led here.
 */
export function produceSettled(step: Step, d: DelayedProduce, broker: number): boolean {
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

/**
 * The high watermark or the ISR changed on this broker: answer every acks=all request that is now settled,
 * and cancel its timeout (Kafka's purgatory removes completed operations from its timer wheel too). Left
 * in the queue, the timeouts of requests answered long ago piled up — 3,000 of them, a third of a
 * checkpoint of classroom-scale — to fire 30 s later and do nothing.
 */
export function completeDelayedProduces(step: Step, broker: number): void {
  const list = step.sim.brokers[broker]!.replication.delayedProduces;
  for (let i = 0; i < list.length;) {
    if (produceSettled(step, list[i]!, broker)) {
      const d = list.splice(i, 1)[0]!;
      answerProduce(step, broker, d);
      removeEntry(
        step.sim.queue,
        (e) => e.task.kind === 'produceTimeout' && e.task.delayed === d.id && e.task.broker === broker,
      );
    } else i++;
  }
}

/** The purgatory timeout passed: unsettled batches fail with REQUEST_TIMED_OUT (TimeoutException on the client). */
export function produceTimeout(step: Step, broker: number, id: number): void {
  const list = step.sim.brokers[broker]!.replication.delayedProduces;
  const i = list.findIndex((d) => d.id === id);
  if (i < 0) return;
  const d = list.splice(i, 1)[0]!;
  if (!produceSettled(step, d, broker)) {
    for (const r of d.results) {
      const tp = partitionOf(step, r.batch);
      if (!r.error && tp.highWatermark < r.baseOffset + r.batch.count) {
        r.error = 'TimeoutException';
        r.message = 'Request timed out waiting for the in-sync replicas.';
      }
    }
  }
  answerProduce(step, broker, d);
}

export function answerProduce(step: Step, broker: number, d: DelayedProduce): void {
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
