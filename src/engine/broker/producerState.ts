/**
 * The leader's idempotent-producer state (ProducerStateEntry, ProducerAppendInfo): per producer id it
 * keeps the last 5 batches' sequence ranges and offsets. A batch equal to one of them is a duplicate
 * (answered with the original offset), one that continues the last sequence is appended, anything else
 * is out of order. The state is rebuilt from the log, so a new leader knows what its log holds.
 */
import type { PartitionState, ProducerIdState, StoredBatch, WireBatch } from '../model/state';

/** ProducerStateEntry.NUM_BATCHES_TO_RETAIN */
export const BATCHES_RETAINED = 5;

export type SequenceCheck =
  | { kind: 'append' }
  | { kind: 'duplicate'; offset: number }
  | { kind: 'outOfOrder'; expected: number }
  | { kind: 'fencedEpoch' };

// The common answer, shared (callers only read it): one per produced batch otherwise.
const APPEND: SequenceCheck = { kind: 'append' };

export function checkSequence(tp: PartitionState, batch: WireBatch): SequenceCheck {
  const pid = batch.pid ?? -1;
  if (pid < 0) return APPEND;
  const entry = tp.producerStates.find((e) => e.pid === pid);
  // No state for this producer id: accept whatever the sequence (a new producer, or state expired).
  if (!entry || entry.batches.length === 0) return APPEND;
  const epoch = batch.epoch ?? 0;
  if (epoch < entry.epoch) return { kind: 'fencedEpoch' };
  const first = batch.sequence ?? batch.baseSequence;
  const last = first + batch.count - 1;
  // A new epoch starts its sequences at 0 (ProducerAppendInfo.checkSequence).
  if (epoch > entry.epoch) return first === 0 ? APPEND : { kind: 'outOfOrder', expected: 0 };
  // Duplicates are looked for among the same epoch's batches only (ProducerStateEntry.findDuplicateBatch).
  const dup = entry.batches.find((b) => b.firstSeq === first && b.lastSeq === last);
  if (dup) return { kind: 'duplicate', offset: dup.offset };
  const lastSeq = entry.batches[entry.batches.length - 1]!.lastSeq;
  return first === lastSeq + 1 ? APPEND : { kind: 'outOfOrder', expected: lastSeq + 1 };
}

/** Remembers an appended idempotent batch (keeps the last 5 per producer id). */
export function rememberBatch(
  tp: PartitionState,
  pid: number,
  epoch: number,
  firstSeq: number,
  count: number,
  offset: number,
): void {
  rememberIn(tp.producerStates, pid, epoch, firstSeq, count, offset);
}

function rememberIn(
  states: ProducerIdState[],
  pid: number,
  epoch: number,
  firstSeq: number,
  count: number,
  offset: number,
): void {
  if (pid < 0) return;
  let entry = states.find((e) => e.pid === pid);
  if (!entry) {
    entry = { pid, epoch, batches: [] };
    states.push(entry);
  }
  if (epoch > entry.epoch) {
    entry.epoch = epoch;
    entry.batches = [];
  }
  entry.batches.push({ firstSeq, lastSeq: firstSeq + count - 1, offset });
  if (entry.batches.length > BATCHES_RETAINED) entry.batches.shift();
}

/**
 * After truncation: the producer state is what the remaining log says (UnifiedLog rebuilds it the same
 * way). Each batch header carries the *producer* epoch, which is what ProducerAppendInfo checks; the
 * *partition leader* epoch in the same header is a different number and plays no part here.
 */
export function rebuildProducerStates(tp: PartitionState): void {
  // Start from the state of the batches the simulator no longer keeps in memory (like Kafka's producer
  // snapshot files), then replay the log that remains.
  tp.producerStates = (tp.prunedProducerStates ?? []).map((e) => ({
    ...e,
    batches: e.batches.filter((b) => b.offset < tp.logEndOffset).map((b) => ({ ...b })),
  }));
  for (const b of tp.batches) replay(tp.producerStates, b);
}

function replay(states: ProducerIdState[], b: StoredBatch): void {
  if (b.pid === undefined || b.pid < 0 || b.duplicate) return;
  rememberIn(states, b.pid, b.producerEpoch ?? 0, b.sequence ?? b.baseSequence, b.count, b.baseOffset);
}

/** Batches leave the simulator's memory: their producer state is kept, as a snapshot to rebuild from. */
export function foldPrunedBatches(tp: PartitionState, dropped: readonly StoredBatch[]): void {
  const states = (tp.prunedProducerStates ??= []);
  for (const b of dropped) replay(states, b);
}
