/**
 * Kafka's RecordAccumulator: one deque of batches per partition, each batch filling up to its write
 * limit (batch.size, or one oversized record), and the rules that make a batch ready to send
 * (kafka-behaviour.md §2.2, RecordAccumulator.batchReady).
 */
import type { Step } from '../core/step';
import { newId, schedule } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { OpenBatch, ProducerState, RecordSample, SendReason } from '../model/state';
import { RECORD_BATCH_OVERHEAD, batchSizeUpperBound, recordSizeInBatch } from './recordSize';

export interface AppendOutcome {
  /** Encoded size the record took in its batch. */
  size: number;
  newBatchCreated: boolean;
  batchIsFull: boolean;
}

/** How many records of each batch are remembered for the record inspector. */
export const SAMPLES_PER_BATCH = 3;

/**
 * Appends one record to its partition's last batch if it fits there; null when a new batch is needed
 * (a last batch that refused the record is closed for appends, which also makes it ready to send).
 * The outcome object is reused by the next call.
 */
export function tryAppendToLast(
  { sim }: Step,
  p: ProducerState,
  partition: number,
  keyBytes: number | null,
  valueBytes: number,
  sample: RecordSample,
): AppendOutcome | null {
  const deque = p.deques[partition]!;
  const last = deque[deque.length - 1];
  if (!last || last.full) return null;
  const size = recordSizeInBatch(last.count, sim.now - last.createdAt, keyBytes, valueBytes);
  if (last.bytes + size > last.writeLimit) {
    last.full = true;
    return null;
  }
  addToBatch(last, size, sim.now, p, sample);
  appendedToLast.size = size;
  appendedToLast.batchIsFull = last.full;
  return appendedToLast;
}

// The outcome of an append to the open batch, reused (this runs once per simulated record): read it
// before the next append.
const appendedToLast: AppendOutcome = { size: 0, newBatchCreated: false, batchIsFull: false };

/**
 * Opens a new batch on the partition for this record, sized max(batch.size, the record's upper bound).
 * Returns 'blocked' when buffer.memory has no room for it.
 */
export function appendToNewBatch(
  { sim, out }: Step,
  p: ProducerState,
  partition: number,
  keyBytes: number | null,
  valueBytes: number,
  sample: RecordSample,
): AppendOutcome | 'blocked' {
  const writeLimit = Math.max(configValue(p.config, 'batch.size'), batchSizeUpperBound(keyBytes, valueBytes));
  if (p.bufferUsed + writeLimit > configValue(p.config, 'buffer.memory')) return 'blocked';
  const batch: OpenBatch = {
    id: newId(sim),
    partition,
    createdAt: sim.now,
    count: 0,
    bytes: RECORD_BATCH_OVERHEAD,
    capacity: writeLimit,
    writeLimit,
    baseSequence: p.sequences[partition]!,
    sumAppendAt: 0,
    full: false,
    samples: [],
  };
  p.bufferUsed += writeLimit;
  p.deques[partition]!.push(batch);
  const size = recordSizeInBatch(0, 0, keyBytes, valueBytes);
  addToBatch(batch, size, sim.now, p, sample);
  out.push({
    type: 'BatchCreated',
    at: sim.now,
    producer: p.id,
    topic: p.topic,
    partition,
    batch: batch.id,
    capacity: batch.capacity,
  });
  const linger = configValue(p.config, 'linger.ms');
  if (linger > 0) schedule(sim, sim.now + linger, { kind: 'senderWake', producer: p.index });
  return { size, newBatchCreated: true, batchIsFull: batch.full };
}

/** Appends one record to its partition: to the last batch if it fits, else to a new batch. */
export function appendRecord(
  step: Step,
  p: ProducerState,
  partition: number,
  keyBytes: number | null,
  valueBytes: number,
  sample: RecordSample = { key: null, recordNo: 0 },
): AppendOutcome | 'blocked' {
  return (
    tryAppendToLast(step, p, partition, keyBytes, valueBytes, sample) ??
    appendToNewBatch(step, p, partition, keyBytes, valueBytes, sample)
  );
}

function addToBatch(
  batch: OpenBatch,
  size: number,
  now: number,
  p: ProducerState,
  sample: RecordSample,
): void {
  // A copy: send() passes one reused sample object for every record.
  if (batch.count < SAMPLES_PER_BATCH) batch.samples.push({ key: sample.key, recordNo: sample.recordNo });
  batch.count++;
  batch.bytes += size;
  batch.sumAppendAt += now;
  p.sequences[batch.partition]!++;
  // MemoryRecordsBuilder.isFull: the written bytes reached the write limit.
  if (batch.bytes >= batch.writeLimit) batch.full = true;
}

/**
 * Why the front batch of a partition may be sent now, or null if it must keep waiting.
 * A deque with more than one batch means the front one was closed, i.e. full.
 */
export function readyReason(p: ProducerState, partition: number, now: number): SendReason | null {
  const deque = p.deques[partition]!;
  const front = deque[0];
  if (!front) return null;
  if (front.full || deque.length > 1) return 'full';
  if (now - front.createdAt >= configValue(p.config, 'linger.ms')) return 'linger';
  if (p.blocked) return 'memory';
  // close() and flush() make every batch ready at once, ignoring linger.ms (RecordAccumulator.batchReady).
  if (p.lifecycle === 'closing') return 'close';
  if (p.flushing) return 'flush';
  return null;
}
