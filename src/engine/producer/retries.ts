/**
 * What the producer does when a batch fails (kafka-behaviour.md §2.6, Sender.canRetry): retry when the
 * error is retriable, attempts remain (`retries`) and delivery.timeout.ms has not passed — after an
 * exponential backoff from retry.backoff.ms up to retry.backoff.max.ms with ±20 % jitter (KIP-580) —
 * otherwise fail the batch's records with the error. Batches past delivery.timeout.ms expire.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { OpenBatch, ProducerState, WireBatch } from '../model/state';
import { hasKafka37Rules } from '../config/types';
import { nextFloat } from '../random/prng';
import { effectiveDeliveryTimeout } from './idempotence';
import { metadataRefreshAfterError } from './metadata';
import { resumeBlockedSend } from './applicationThread';
import { outOfOrderRetried, sequenceFailed } from './sequences';

const RETRIABLE = new Set([
  'NotLeaderOrFollowerException',
  'NotEnoughReplicasException',
  'NotEnoughReplicasAfterAppendException',
  'TimeoutException',
  'NetworkException',
  'OutOfOrderSequenceException',
]);

const FAILURES_KEPT = 50;

/** The wait before retry number `attempt` (1 = first retry), drawn with the seeded PRNG. */
export function retryBackoffMs(step: Step, p: ProducerState, attempt: number): number {
  const base = configValue(p.config, 'retry.backoff.ms');
  const max = Math.max(base, configValue(p.config, 'retry.backoff.max.ms'));
  // Before 3.7 (KIP-580) every retry waited retry.backoff.ms.
  if (max <= base || !hasKafka37Rules(step.sim.scenario.kafkaVersion)) return base;
  const term = Math.min(max, base * 2 ** (attempt - 1));
  return Math.floor(term * (0.8 + 0.4 * nextFloat(step.sim.rng)));
}

export function deliveryDeadline(p: ProducerState, batch: { createdAt: number }): number {
  return batch.createdAt + effectiveDeliveryTimeout(p.config, p.explicitKeys);
}

/** A send attempt failed: put the batch back for a retry, or fail its records for good. */
export function handleBatchError(
  step: Step,
  p: ProducerState,
  batch: WireBatch,
  error: string,
  message: string,
): void {
  const { sim } = step;
  const attempts = batch.attempts ?? 1;
  const canRetry =
    RETRIABLE.has(error) &&
    attempts - 1 < configValue(p.config, 'retries') &&
    sim.now < deliveryDeadline(p, batch);
  if (canRetry && error === 'OutOfOrderSequenceException') outOfOrderRetried(p, batch);
  p.delivery.attemptErrors[error] = (p.delivery.attemptErrors[error] ?? 0) + 1;
  step.out.push({
    type: 'ProduceFailed',
    at: sim.now,
    producer: p.id,
    topic: batch.topic,
    partition: batch.partition,
    batch: batch.id,
    records: batch.count,
    error,
    retrying: canRetry,
    attempt: attempts,
  });
  metadataRefreshAfterError(step, p, error);
  if (!canRetry) {
    sequenceFailed(p, batch, false);
    return failBatch(step, p, batch, error, message);
  }
  const retryAt = sim.now + retryBackoffMs(step, p, attempts);
  const open: OpenBatch = {
    id: batch.id,
    partition: batch.partition,
    createdAt: batch.createdAt,
    count: batch.count,
    // Back to the accumulator uncompressed: compressForWire compresses it again when it is re-sent.
    bytes: batch.uncompressedBytes ?? batch.bytes,
    capacity: batch.capacity,
    writeLimit: batch.uncompressedBytes ?? batch.bytes,
    baseSequence: batch.baseSequence,
    sumAppendAt: batch.sumAppendAt,
    full: true,
    retry: {
      attempts,
      retryAt,
      pid: batch.pid ?? -1,
      epoch: batch.epoch ?? 0,
      sequence: batch.sequence ?? -1,
      ...(batch.sequenceReset ? { sequenceReset: true } : {}),
    },
    // The record inspector's samples stay with the first attempt.
    samples: [],
  };
  // Retries go back to the front, in sequence order among other retries (RecordAccumulator.reenqueue).
  const deque = p.deques[batch.partition]!;
  let i = 0;
  while (i < deque.length && deque[i]!.retry && deque[i]!.baseSequence < batch.baseSequence) i++;
  deque.splice(i, 0, open);
  p.delivery.retries++;
  schedule(sim, retryAt, { kind: 'senderWake', producer: p.index });
  armTimer(step, p, deliveryDeadline(p, batch));
}

/** The batch's records fail for good: the callback gets the exception, the buffer memory returns. */
export function failBatch(
  step: Step,
  p: ProducerState,
  batch: { partition: number; baseSequence: number; count: number; capacity: number },
  error: string,
  message: string,
): void {
  p.bufferUsed -= batch.capacity;
  p.stats.failed += batch.count;
  p.stats.errors[error] = (p.stats.errors[error] ?? 0) + batch.count;
  p.delivery.failures.push({
    partition: batch.partition,
    baseSequence: batch.baseSequence,
    count: batch.count,
    error,
    at: step.sim.now,
  });
  if (p.delivery.failures.length > FAILURES_KEPT) p.delivery.failures.shift();
  step.out.push({
    type: 'SendFailed',
    at: step.sim.now,
    producer: p.id,
    error,
    message,
    records: batch.count,
  });
  if (p.blocked) resumeBlockedSend(step, p);
}

function expiryMessage(
  p: ProducerState,
  b: { count: number; partition: number; createdAt: number },
  now: number,
): string {
  return `Expiring ${b.count} record(s) for ${p.topic}-${b.partition}:${now - b.createdAt} ms has passed since batch creation`;
}

/** Fails batches waiting in the accumulator past delivery.timeout.ms (RecordAccumulator.expiredBatches). */
export function expireQueuedBatches(step: Step, p: ProducerState): void {
  const now = step.sim.now;
  for (const deque of p.deques) {
    while (deque.length > 0 && now >= deliveryDeadline(p, deque[0]!)) {
      const b = deque.shift()!;
      if (b.retry) sequenceFailed(p, { ...b, ...b.retry }, true);
      failBatch(step, p, b, 'TimeoutException', expiryMessage(p, b, now));
    }
  }
}

/** Fails in-flight batches past delivery.timeout.ms (Sender.getExpiredInflightBatches); a late response is ignored. */
export function expireInFlightBatches(step: Step, p: ProducerState): void {
  const now = step.sim.now;
  for (const req of p.delivery.pending) {
    const expired = req.batches.filter((b) => now >= deliveryDeadline(p, b));
    if (expired.length === 0) continue;
    req.batches = req.batches.filter((b) => now < deliveryDeadline(p, b));
    for (const b of expired) {
      sequenceFailed(p, b, true);
      failBatch(step, p, b, 'TimeoutException', expiryMessage(p, b, now));
    }
  }
}

/** Makes sure the producer's timer fires by `at` (one timer per producer, not one per request). */
export function armTimer(step: Step, p: ProducerState, at: number): void {
  const d = p.delivery;
  if (d.timerAt >= 0 && d.timerAt <= at) return;
  d.timerAt = at;
  schedule(step.sim, at, { kind: 'producerTimer', producer: p.index });
}
