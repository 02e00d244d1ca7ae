/**
 * The application thread's side of the producer: send() with its checks (record size, buffer memory
 * with max.block.ms), partition choice, and the rate-driven workload that calls it
 * (kafka-behaviour.md §2.1).
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { ProducerState, RecordSample } from '../model/state';
import { placeRecord } from './partitionChoice';
import { keySerializerOf, serializeKey, valueLength, valueSerializerOf } from './recordContent';
import { batchSizeUpperBound } from './recordSize';
import { nextKey } from './workloadKeys';
import { runSender } from './sender';
import { emitAppended, restartWorkload, scheduleNextTick } from './applicationThread';

// Their home moved to applicationThread.ts; re-exported so callers keep one import.
export { restartWorkload, resumeBlockedSend, scheduleNextTick } from './applicationThread';

type SendResult = 'sent' | 'failed' | 'blocked';

/**
 * What every unkeyed send() of one workload tick shares: the value's serialized length and the size check
 * (neither config nor workload can change inside a tick), worked out once instead of per record.
 */
interface TickConstants {
  valueBytes: number;
  /** The RecordTooLargeException message for an unkeyed record, null if it fits; undefined until needed. */
  unkeyedTooLarge: string | null | undefined;
}

/**
 * The appended counts of one tick, per partition in first-append order. The sticky partitioner sends
 * runs of records to one partition, so the last entry is checked before the map.
 */
interface AppendedCounts {
  byPartition: Map<number, [number, number]>;
  lastPartition: number;
  last: [number, number] | null;
}

// One tick's counts and constants, reused by every tick (a workload tick never runs inside another):
// a thousand ticks per simulated second at high rates, each of which used to allocate both afresh.
const tickAppended: AppendedCounts = { byPartition: new Map(), lastPartition: -1, last: null };
const tickConstants: TickConstants = { valueBytes: 0, unkeyedTooLarge: undefined };

// One sample object reused by every send(): the accumulator copies it into the few batches that keep samples.
const scratchSample: RecordSample = { key: null, recordNo: 0 };

/** One send() call. Appended counts are gathered in `appended` so events stay one per partition per burst. */
function send(
  step: Step,
  p: ProducerState,
  key: string | null,
  recordNo: number,
  appended: AppendedCounts,
  tick: TickConstants,
): SendResult {
  const { sim } = step;
  let keyBytes: Uint8Array | null = null;
  const valueBytes = tick.valueBytes;
  let tooLarge: string | null;
  if (key !== null) {
    const serialized = serializeKey(keySerializerOf(p.config), key);
    if (typeof serialized === 'string') {
      // Thrown from send() itself (kafka-behaviour.md §2.1 step 2); the record never reaches the accumulator.
      rejectSend(step, p, 'SerializationException', serialized);
      return 'failed';
    }
    keyBytes = serialized;
    tooLarge = recordTooLargeMessage(p, batchSizeUpperBound(keyBytes.length, valueBytes));
  } else {
    // Not `??=`: a record that fits caches null, which `??=` would recompute every time.
    if (tick.unkeyedTooLarge === undefined)
      tick.unkeyedTooLarge = recordTooLargeMessage(p, batchSizeUpperBound(null, valueBytes));
    tooLarge = tick.unkeyedTooLarge;
  }
  if (tooLarge !== null) {
    rejectSend(step, p, 'RecordTooLargeException', tooLarge);
    return 'failed';
  }
  scratchSample.key = key;
  scratchSample.recordNo = recordNo;
  const placed = placeRecord(step, p, keyBytes, valueBytes, scratchSample);
  if (placed.blocked) {
    const { partition, viaSticky } = placed;
    p.blocked = { since: sim.now, token: ++p.blockToken, partition, key, viaSticky, recordNo };
    step.out.push({ type: 'SendBlocked', at: sim.now, producer: p.id, bufferUsed: p.bufferUsed });
    schedule(sim, sim.now + configValue(p.config, 'max.block.ms'), {
      kind: 'blockExpired',
      producer: p.index,
      token: p.blocked.token,
    });
    // Memory pressure makes every batch ready (RecordAccumulator.batchReady, "exhausted").
    runSender(step, p);
    return 'blocked';
  }
  const { partition, outcome } = placed;
  p.stats.sent++;
  let entry = appended.lastPartition === partition ? appended.last : null;
  if (entry === null) {
    entry = appended.byPartition.get(partition) ?? [0, 0];
    appended.byPartition.set(partition, entry);
    appended.lastPartition = partition;
    appended.last = entry;
  }
  entry[0]++;
  entry[1] += outcome.size;
  // The accumulator wakes the sender when a batch fills or a new one starts (KafkaProducer.doSend).
  if (outcome.batchIsFull || outcome.newBatchCreated) runSender(step, p);
  return 'sent';
}

/** KafkaProducer.ensureValidRecordSize: the record's batch upper bound against max.request.size and buffer.memory. */
function recordTooLargeMessage(p: ProducerState, size: number): string | null {
  const maxRequest = configValue(p.config, 'max.request.size');
  if (size > maxRequest) {
    return `The message is ${size} bytes when serialized which is larger than ${maxRequest}, which is the value of the max.request.size configuration.`;
  }
  if (size > configValue(p.config, 'buffer.memory')) {
    return `The message is ${size} bytes when serialized which is larger than the total memory buffer you have configured with the buffer.memory configuration.`;
  }
  return null;
}

/** A record send() refused before it reached the accumulator: failed, never appended. */
export function rejectSend(step: Step, p: ProducerState, error: string, message: string): void {
  p.stats.rejected++;
  fail(step, p, error, message);
}

/** Counts a failed record under its exception name and reports it. */
export function fail(step: Step, p: ProducerState, error: string, message: string, records = 1): void {
  p.stats.failed += records;
  p.stats.errors[error] = (p.stats.errors[error] ?? 0) + records;
  step.out.push({ type: 'SendFailed', at: step.sim.now, producer: p.id, error, message, records });
}

/** The workload's application thread: calls send() for every record due by now at the configured rate. */
export function workloadTick(step: Step, p: ProducerState, token: number): void {
  const { sim } = step;
  // A closed or killed producer's application thread sends nothing; flush() keeps it waiting.
  if (token !== p.tickToken || p.blocked || p.lifecycle !== 'running' || p.flushing) return;
  const rate = p.workload.recordsPerSec;
  if (!(rate > 0)) return;
  const due = Math.floor(((sim.now - p.rateSince) * rate) / 1000) - p.rateProduced;
  const appended = tickAppended;
  appended.byPartition.clear();
  appended.lastPartition = -1;
  appended.last = null;
  const tick = tickConstants;
  tick.valueBytes = valueLength(valueSerializerOf(p.config), p.workload.valueBytes);
  tick.unkeyedTooLarge = undefined;
  for (let i = 0; i < due; i++) {
    p.rateProduced++;
    const recordNo = p.keyCursor;
    if (send(step, p, nextKey(sim, p), recordNo, appended, tick) === 'blocked') break;
  }
  emitAppended(step, p, appended.byPartition);
  if (!p.blocked) scheduleNextTick(sim, p);
}

/** max.block.ms passed with send() still blocked: that record fails with BufferExhaustedException. */
export function blockExpired(step: Step, p: ProducerState, token: number): void {
  if (!p.blocked || p.blocked.token !== token) return;
  const maxBlock = configValue(p.config, 'max.block.ms');
  const total = configValue(p.config, 'buffer.memory');
  const keyBytes = p.blocked.key === null ? null : serializeKey(keySerializerOf(p.config), p.blocked.key);
  const keyLength = keyBytes === null || typeof keyBytes === 'string' ? null : keyBytes.length;
  const valueBytes = valueLength(valueSerializerOf(p.config), p.workload.valueBytes);
  const wanted = Math.max(configValue(p.config, 'batch.size'), batchSizeUpperBound(keyLength, valueBytes));
  p.blocked = null;
  // BufferPool.allocate's message (Kafka 3.x/4.0); the failed Future is returned by send(), not thrown.
  rejectSend(
    step,
    p,
    'BufferExhaustedException',
    `Failed to allocate ${wanted} bytes within the configured max blocking time ${maxBlock} ms. ` +
      `Total memory: ${total} bytes. Available memory: ${Math.max(0, total - p.bufferUsed)} bytes. ` +
      `Poolable size: ${configValue(p.config, 'batch.size')} bytes`,
  );
  restartWorkload(step.sim, p);
}
