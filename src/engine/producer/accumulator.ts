/**
 * Kafka's RecordAccumulator: one deque of batches per partition, each batch filling up to its write
 * limit (batch.size, or one oversized record), and the rules that make a batch ready to send
 * (kafka-behaviour.md §2.2, RecordAccumulator.batchReady).
 */
import type { Step } from '../core/step';
import { configNumber, newId, schedule } from '../core/step';
import type { OpenBatch, ProducerState, SendReason } from '../model/state';
import { RECORD_BATCH_OVERHEAD, batchSizeUpperBound, recordSizeInBatch } from './recordSize';

export interface AppendOutcome {
  /** Encoded size the record took in its batch. */
  size: number;
  newBatchCreated: boolean;
  batchIsFull: boolean;
}

/**
 * Appends one record to its partition's last batch, or to a new batch when it does not fit.
 * Returns 'blocked' when a new batch is needed but buffer.memory has no room for it.
 */
export function appendRecord(
  { sim, out }: Step,
  p: ProducerState,
  partition: number,
  keyBytes: number | null,
  valueBytes: number,
): AppendOutcome | 'blocked' {
  const deque = p.deques[partition]!;
  const last = deque[deque.length - 1];
  if (last && !last.full) {
    const size = recordSizeInBatch(last.count, sim.now - last.createdAt, keyBytes, valueBytes);
    if (last.bytes + size <= last.writeLimit) {
      addToBatch(last, size, sim.now, p);
      return { size, newBatchCreated: false, batchIsFull: last.full };
    }
    // No room: the batch is closed for appends, which also makes it ready to send.
    last.full = true;
  }
  const writeLimit = Math.max(
    configNumber(p.config, 'batch.size'),
    batchSizeUpperBound(keyBytes, valueBytes),
  );
  if (p.bufferUsed + writeLimit > configNumber(p.config, 'buffer.memory')) return 'blocked';
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
  };
  p.bufferUsed += writeLimit;
  deque.push(batch);
  const size = recordSizeInBatch(0, 0, keyBytes, valueBytes);
  addToBatch(batch, size, sim.now, p);
  out.push({
    type: 'BatchCreated',
    at: sim.now,
    producer: p.id,
    topic: p.topic,
    partition,
    batch: batch.id,
    capacity: batch.capacity,
  });
  const linger = configNumber(p.config, 'linger.ms');
  if (linger > 0) schedule(sim, sim.now + linger, { kind: 'senderWake', producer: p.index });
  return { size, newBatchCreated: true, batchIsFull: batch.full };
}

function addToBatch(batch: OpenBatch, size: number, now: number, p: ProducerState): void {
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
  if (now - front.createdAt >= configNumber(p.config, 'linger.ms')) return 'linger';
  if (p.blocked) return 'memory';
  return null;
}
