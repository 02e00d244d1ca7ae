/**
 * Kafka's Sender thread: finds brokers with a ready batch and a free in-flight slot, drains one batch
 * per partition led by that broker into one produce request (up to max.request.size), and completes
 * batches when responses arrive (kafka-behaviour.md §2.1 step 6, §2.2).
 */
import type { Step } from '../core/step';
import { sendMessage } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { Message, ProducerState, SendReason, SimState, TopicState, WireBatch } from '../model/state';
import { noteAcknowledged } from '../broker/ledger';
import { readyReason } from './accumulator';
import { rearm, takePending, trackRequest } from './inflight';
import { armTimer, deliveryDeadline, handleBatchError } from './retries';
import { compressForWire } from './compression';
import { noteNodeReady, partitionerReadyPass } from './partitionChoice';
import { resumeBlockedSend } from './applicationThread';
import { assignSequence, holdsNewBatches, resolveAndBump, sequenceAcked } from './sequences';

/**
 * Like readyReason, but aware of retries: a batch put back after a failure waits out its backoff, and
 * an idempotent producer re-sends it only when nothing else of that partition is in flight, so the
 * broker sees sequences in order (RecordAccumulator.shouldStopDrainBatchesForPartition).
 */
function sendable(p: ProducerState, partition: number, now: number): SendReason | null {
  const front = p.deques[partition]![0];
  if (front && !front.retry && holdsNewBatches(p, partition)) return null;
  if (!front?.retry) return readyReason(p, partition, now);
  if (now < front.retry.retryAt) return null;
  if (p.delivery.idempotent && partitionInFlight(p, partition)) return null;
  return 'retry';
}

function partitionInFlight(p: ProducerState, partition: number): boolean {
  return p.delivery.pending.some((r) => r.batches.some((b) => b.partition === partition));
}

/** The partitions each broker (by index in sim.brokers) leads, and what that answer was worked out from. */
interface LedPartitions {
  leaderVersion: number;
  partitions: number;
  brokers: number;
  byBroker: number[][];
}

// runSender runs on every wake-up (tens of thousands of times a run) while leadership rarely changes, so
// the per-broker lists are kept per topic and rebuilt only when an election (leaderVersion), a new
// partition or a new broker could have changed them. Derived data, not simulation state.
const ledCache = new WeakMap<TopicState, LedPartitions>();

function ledPartitions(sim: SimState, topic: TopicState): number[][] {
  const cached = ledCache.get(topic);
  if (
    cached !== undefined &&
    cached.leaderVersion === sim.leaderVersion &&
    cached.partitions === topic.partitions.length &&
    cached.brokers === sim.brokers.length
  )
    return cached.byBroker;
  const byBroker = sim.brokers.map((broker) =>
    topic.partitions.filter((tp) => tp.leader === broker.id).map((tp) => tp.partition),
  );
  ledCache.set(topic, {
    leaderVersion: sim.leaderVersion,
    partitions: topic.partitions.length,
    brokers: sim.brokers.length,
    byBroker,
  });
  return byBroker;
}

function anySendable(p: ProducerState, led: number[], now: number): boolean {
  for (let i = 0; i < led.length; i++) if (sendable(p, led[i]!, now) !== null) return true;
  return false;
}

/** Sends every request the producer can send right now. */
export function runSender(step: Step, p: ProducerState): void {
  const { sim } = step;
  const topic = sim.topics.find((t) => t.name === p.topic)!;
  const maxInFlight = configValue(p.config, 'max.in.flight.requests.per.connection');
  resolveAndBump(p);
  for (const tp of topic.partitions) {
    // No leader (offline or being elected): batches wait, bounded by delivery.timeout.ms.
    if (tp.leader >= 0) continue;
    const front = p.deques[tp.partition]![0];
    if (front) armTimer(step, p, deliveryDeadline(p, front));
  }
  partitionerReadyPass(sim, p);
  const ledByBroker = ledPartitions(sim, topic);
  for (let b = 0; b < sim.brokers.length; b++) {
    const broker = sim.brokers[b]!;
    const led = ledByBroker[b]!;
    // A broker is ready when any partition it leads has a sendable front batch (RecordAccumulator.ready).
    if (!anySendable(p, led, sim.now)) continue;
    const canDrain = p.inFlight[broker.id]! < maxInFlight;
    noteNodeReady(p, broker.id, sim.now, canDrain);
    if (!canDrain) continue;
    const batches = drainForBroker(p, led, sim.now);
    if (batches.length > 0) sendProduceRequest(step, p, broker.id, batches);
  }
  p.drainIndex++;
}

/**
 * Takes the front batch of every partition led by the broker, whether or not that batch is ready on its
 * own (RecordAccumulator.drainBatchesForOneNode): batches ride along once the connection is used.
 * Starts at a rotating index so no partition is always last, and stops at max.request.size.
 */
function drainForBroker(p: ProducerState, led: number[], now: number): WireBatch[] {
  const maxRequest = configValue(p.config, 'max.request.size');
  const batches: WireBatch[] = [];
  let size = 0;
  for (let i = 0; i < led.length; i++) {
    const partition = led[(p.drainIndex + i) % led.length]!;
    const deque = p.deques[partition]!;
    const front = deque[0];
    if (!front) continue;
    // A batch in retry backoff (or held back for sequence order or an epoch change) does not ride along.
    if (front.retry ? sendable(p, partition, now) === null : holdsNewBatches(p, partition)) continue;
    if (size + front.bytes > maxRequest && batches.length > 0) break;
    const reason = sendable(p, partition, now) ?? 'drained';
    deque.shift();
    size += front.bytes;
    // The sequence is given on the first drain and kept by every retry (RecordAccumulator.drainBatchesForOneNode).
    const producerState = front.retry
      ? { pid: front.retry.pid, epoch: front.retry.epoch, sequence: front.retry.sequence ?? -1 }
      : assignSequence(p, partition, front.count);
    const compressed = compressForWire(p, front);
    // Built field by field (spreads here took V8's slow clone path once per batch); same key order.
    const wire: WireBatch = {
      id: front.id,
      topic: p.topic,
      partition,
      count: front.count,
      bytes: compressed.bytes,
      uncompressedBytes: compressed.uncompressedBytes,
      baseSequence: front.baseSequence,
      createdAt: front.createdAt,
      sumAppendAt: front.sumAppendAt,
      reason,
      capacity: front.capacity,
      attempts: (front.retry?.attempts ?? 0) + 1,
      pid: producerState.pid,
      epoch: producerState.epoch,
      sequence: producerState.sequence,
    };
    if (front.retry?.sequenceReset) wire.sequenceReset = true;
    batches.push(wire);
  }
  return batches;
}

function sendProduceRequest(step: Step, p: ProducerState, broker: number, batches: WireBatch[]): void {
  const { sim, out } = step;
  const acks = String(p.config['acks']);
  const timeoutMs = configValue(p.config, 'request.timeout.ms');
  const message = sendMessage(sim, {
    kind: 'produceRequest',
    producer: p.index,
    broker,
    acks,
    batches,
    timeoutMs,
  });
  for (const b of batches) {
    p.stats.batchesSent++;
    p.stats.batchBytesSent += b.bytes;
    p.stats.recordsInSentBatches += b.count;
    out.push({
      type: 'BatchSent',
      at: sim.now,
      producer: p.id,
      topic: b.topic,
      partition: b.partition,
      batch: b.id,
      records: b.count,
      bytes: b.bytes,
      reason: b.reason,
      broker,
    });
  }
  if (acks === '0') {
    // acks=0: no response will come; the client completes the batches as soon as they are written
    // to the socket, with offset -1, and never learns whether the broker stored them.
    completeBatches(
      step,
      p,
      batches.map((batch) => ({ batch, baseOffset: -1 })),
    );
  } else {
    trackRequest(step, p, message.id, broker, batches);
  }
}

/** A produce response arrived: the request's slot frees and its batches complete. */
export function handleProduceResponse(
  step: Step,
  message: Extract<Message, { kind: 'produceResponse' }>,
): void {
  const p = step.sim.producers[message.producer]!;
  // A response to a request the producer already gave up on (timeout, disconnect) is ignored.
  const req = message.request === undefined ? undefined : takePending(p, message.request);
  if (!req) return;
  // The producer's own copies: an epoch bump may have rewritten their sequences since they were sent.
  const ok = [];
  for (const r of message.results) {
    const batch = ownCopy(req.batches, r.batch.id);
    if (!batch) continue;
    if (r.error) handleBatchError(step, p, batch, r.error, r.message ?? r.error);
    else ok.push({ batch, baseOffset: r.baseOffset });
  }
  completeBatches(step, p, ok);
  if (p.delivery.retries > 0) rearm(step, p);
  runSender(step, p);
}

/** A linear search: a request holds a handful of batches, fewer than a Map is worth building for. */
function ownCopy(batches: WireBatch[], id: number): WireBatch | undefined {
  for (let i = 0; i < batches.length; i++) if (batches[i]!.id === id) return batches[i];
  return undefined;
}

function completeBatches(
  step: Step,
  p: ProducerState,
  results: { batch: WireBatch; baseOffset: number }[],
): void {
  const { sim, out } = step;
  for (const { batch, baseOffset } of results) {
    const tp = sim.topics.find((t) => t.name === batch.topic)!.partitions[batch.partition]!;
    noteAcknowledged(step, tp, p.id, batch.id, baseOffset, batch.count, batch.baseSequence);
    sequenceAcked(p, batch);
    p.bufferUsed -= batch.capacity;
    p.stats.acked += batch.count;
    const latencyTotal = batch.count * sim.now - batch.sumAppendAt;
    p.stats.latencySum += latencyTotal;
    out.push({
      type: 'ProduceAcked',
      at: sim.now,
      producer: p.id,
      topic: batch.topic,
      partition: batch.partition,
      batch: batch.id,
      baseOffset,
      records: batch.count,
      avgLatencyMs: latencyTotal / batch.count,
    });
  }
  // Memory came back to the pool: a send() blocked on buffer.memory may go on.
  if (p.blocked) resumeBlockedSend(step, p);
}
