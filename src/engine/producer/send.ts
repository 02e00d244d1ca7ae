/**
 * The application thread's side of the producer: send() with its checks (record size, buffer memory
 * with max.block.ms), partition choice, and the rate-driven workload that calls it
 * (kafka-behaviour.md §2.1).
 */
import type { Step } from '../core/step';
import { configNumber, schedule } from '../core/step';
import type { ProducerState } from '../model/state';
import { appendRecord } from './accumulator';
import { choosePartition, keyByteLength, recordAppendedTo } from './partitionChoice';
import { batchSizeUpperBound } from './recordSize';
import { runSender } from './sender';

/** The key the workload gives its next record. */
function nextKey(p: ProducerState): string | null {
  const keys = p.workload.keys;
  const i = p.keyCursor++;
  switch (keys.type) {
    case 'none':
      return null;
    case 'list':
      return keys.values[i % keys.values.length]!;
    case 'sequence':
      return `${keys.prefix}${i % keys.count}`;
  }
}

type SendResult = 'sent' | 'failed' | 'blocked';

/** One send() call. Appended counts are gathered in `appended` so events stay one per partition per burst. */
function send(
  step: Step,
  p: ProducerState,
  key: string | null,
  appended: Map<number, [number, number]>,
): SendResult {
  const { sim } = step;
  const keyBytes = keyByteLength(key);
  const valueBytes = p.workload.valueBytes;
  const upperBound = batchSizeUpperBound(keyBytes, valueBytes);
  if (
    upperBound > configNumber(p.config, 'max.request.size') ||
    upperBound > configNumber(p.config, 'buffer.memory')
  ) {
    const limit = Math.min(
      configNumber(p.config, 'max.request.size'),
      configNumber(p.config, 'buffer.memory'),
    );
    fail(
      step,
      p,
      'RecordTooLargeException',
      `The message is ${upperBound} bytes when serialized which is larger than ${limit}.`,
    );
    return 'failed';
  }
  const partition = choosePartition(step.sim, p, key);
  const outcome = appendRecord(step, p, partition, keyBytes, valueBytes);
  if (outcome === 'blocked') {
    p.blocked = { since: sim.now, token: ++p.blockToken, partition, key };
    step.out.push({ type: 'SendBlocked', at: sim.now, producer: p.id, bufferUsed: p.bufferUsed });
    schedule(sim, sim.now + configNumber(p.config, 'max.block.ms'), {
      kind: 'blockExpired',
      producer: p.index,
      token: p.blocked.token,
    });
    // Memory pressure makes every batch ready (RecordAccumulator.batchReady, "exhausted").
    runSender(step, p);
    return 'blocked';
  }
  p.stats.sent++;
  const entry = appended.get(partition) ?? [0, 0];
  entry[0]++;
  entry[1] += outcome.size;
  appended.set(partition, entry);
  recordAppendedTo(step.sim, p, key, partition, outcome);
  // The accumulator wakes the sender when a batch fills or a new one starts (KafkaProducer.doSend).
  if (outcome.batchIsFull || outcome.newBatchCreated) runSender(step, p);
  return 'sent';
}

function fail(step: Step, p: ProducerState, error: string, message: string): void {
  p.stats.failed++;
  p.stats.errors[error] = (p.stats.errors[error] ?? 0) + 1;
  step.out.push({ type: 'SendFailed', at: step.sim.now, producer: p.id, error, message, records: 1 });
}

function emitAppended(step: Step, p: ProducerState, appended: Map<number, [number, number]>): void {
  for (const [partition, [count, bytes]] of appended) {
    step.out.push({
      type: 'RecordAppended',
      at: step.sim.now,
      producer: p.id,
      topic: p.topic,
      partition,
      count,
      bytes,
    });
  }
}

/** The workload's application thread: calls send() for every record due by now at the configured rate. */
export function workloadTick(step: Step, p: ProducerState, token: number): void {
  const { sim } = step;
  if (token !== p.tickToken || p.blocked) return;
  const rate = p.workload.recordsPerSec;
  if (!(rate > 0)) return;
  const due = Math.floor(((sim.now - p.rateSince) * rate) / 1000) - p.rateProduced;
  const appended = new Map<number, [number, number]>();
  for (let i = 0; i < due; i++) {
    p.rateProduced++;
    if (send(step, p, nextKey(p), appended) === 'blocked') break;
  }
  emitAppended(step, p, appended);
  if (!p.blocked) scheduleNextTick(sim, p);
}

/** Schedules the tick at which the next record is due (never the same millisecond twice in a row). */
export function scheduleNextTick(sim: Step['sim'], p: ProducerState): void {
  const rate = p.workload.recordsPerSec;
  if (!(rate > 0)) return;
  const nextAt = p.rateSince + Math.ceil(((p.rateProduced + 1) * 1000) / rate);
  schedule(sim, Math.max(nextAt, sim.now + 1), {
    kind: 'workloadTick',
    producer: p.index,
    token: p.tickToken,
  });
}

/** Restarts rate accounting from now (after a rate change or a block), dropping any stale tick. */
export function restartWorkload(sim: Step['sim'], p: ProducerState): void {
  p.rateSince = sim.now;
  p.rateProduced = 0;
  p.tickToken++;
  scheduleNextTick(sim, p);
}

/** Memory was freed: retry the send() that was blocked, and let the application thread go on. */
export function resumeBlockedSend(step: Step, p: ProducerState): void {
  const blocked = p.blocked!;
  const appended = new Map<number, [number, number]>();
  const outcome = appendRecord(step, p, blocked.partition, keyByteLength(blocked.key), p.workload.valueBytes);
  if (outcome === 'blocked') return;
  p.blocked = null;
  p.stats.sent++;
  appended.set(blocked.partition, [1, outcome.size]);
  recordAppendedTo(step.sim, p, blocked.key, blocked.partition, outcome);
  emitAppended(step, p, appended);
  restartWorkload(step.sim, p);
}

/** max.block.ms passed with send() still blocked: that record fails with BufferExhaustedException. */
export function blockExpired(step: Step, p: ProducerState, token: number): void {
  if (!p.blocked || p.blocked.token !== token) return;
  const maxBlock = configNumber(p.config, 'max.block.ms');
  p.blocked = null;
  fail(
    step,
    p,
    'BufferExhaustedException',
    `Failed to allocate memory within the configured max blocking time ${maxBlock} ms.`,
  );
  restartWorkload(step.sim, p);
}
