/**
 * The record ledger: what happened to records, counted per batch (never per record). It keeps
 * "appended", "replicated", "below the high watermark", "acknowledged" apart, and notices the gaps
 * between them: acknowledged records that a truncation removed (lost after ack), batches written twice
 * (duplicated) and batches written after a later one of the same producer (reordered).
 */
import type { Step } from '../core/step';
import type { PartitionLedger, PartitionState, StoredBatch } from '../model/state';
import { getOwn, idTable, setOwn } from '../core/idTable';

const LOST_SHOWN = 20;

export function newLedger(): PartitionLedger {
  return {
    appended: 0,
    replicated: 0,
    replicatedEnd: 0,
    belowHw: 0,
    committedEnd: 0,
    lostAfterAck: 0,
    duplicated: 0,
    reordered: 0,
    truncated: 0,
    maxSeqEnd: idTable(),
    lost: [],
  };
}

/** Index of the stored batch that starts at `offset`, or -1. */
export function storedBatchAt(tp: PartitionState, offset: number): number {
  let lo = 0;
  let hi = tp.batches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = tp.batches[mid]!;
    if (b.baseOffset === offset) return mid;
    if (b.baseOffset < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Classifies a batch the leader just appended: a second copy of a batch (duplicate) or out of send order. */
export function noteAppended(tp: PartitionState, stored: StoredBatch, attempts: number): void {
  const l = tp.ledger;
  l.appended += stored.count;
  // A retried non-idempotent batch may already be in the log: its first attempt was written, the ack lost.
  if (attempts > 1) {
    for (let i = tp.batches.length - 2; i >= 0 && i >= tp.batches.length - 200; i--) {
      const b = tp.batches[i]!;
      if (b.batchId === stored.batchId && b.producer === stored.producer) {
        stored.duplicate = true;
        l.duplicated += stored.count;
        return;
      }
    }
  }
  const end = stored.baseSequence + stored.count;
  const maxEnd = getOwn(l.maxSeqEnd, stored.producer) ?? 0;
  if (stored.baseSequence < maxEnd) {
    stored.reordered = true;
    l.reordered += stored.count;
  } else setOwn(l.maxSeqEnd, stored.producer, end);
}

/**
 * The producer learned that a batch succeeded at `baseOffset`. If that batch is still in the log it is
 * marked acknowledged (a later truncation then counts as a loss); if it is already gone, it is lost now.
 */
export function noteAcknowledged(
  step: Step,
  tp: PartitionState,
  producer: string,
  batchId: number,
  baseOffset: number,
  count: number,
  baseSequence: number,
): void {
  if (baseOffset < 0) return;
  const i = storedBatchAt(tp, baseOffset);
  const b = i >= 0 ? tp.batches[i] : undefined;
  if (b && b.batchId === batchId) {
    b.acked = true;
    return;
  }
  // Older than what the simulator keeps in memory: it was not truncated (truncation keeps what it removes in view).
  if (
    !b &&
    (tp.batches.length === 0 || baseOffset < tp.batches[0]!.baseOffset) &&
    baseOffset < tp.logEndOffset
  )
    return;
  recordLoss(step, tp, { producer, baseSequence, count, baseOffset });
}

export function recordLoss(
  step: Step,
  tp: PartitionState,
  lost: { producer: string; baseSequence: number; count: number; baseOffset: number },
): void {
  tp.ledger.lostAfterAck += lost.count;
  // Consecutive losses of one producer are kept as one range.
  const last = tp.ledger.lost[tp.ledger.lost.length - 1];
  if (
    last &&
    last.producer === lost.producer &&
    last.baseSequence + last.count === lost.baseSequence &&
    (lost.baseOffset < 0 ? last.baseOffset < 0 : last.baseOffset + last.count === lost.baseOffset)
  ) {
    last.count += lost.count;
    last.at = step.sim.now;
  } else tp.ledger.lost.push({ ...lost, at: step.sim.now });
  if (tp.ledger.lost.length > LOST_SHOWN) tp.ledger.lost.shift();
  step.out.push({
    type: 'RecordsLostAfterAck',
    at: step.sim.now,
    topic: tp.topic,
    partition: tp.partition,
    producer: lost.producer,
    records: lost.count,
  });
}

/** A follower now holds offsets up to `end`: count newly replicated offsets once. */
export function noteReplicated(tp: PartitionState, end: number): void {
  if (end > tp.ledger.replicatedEnd) {
    tp.ledger.replicated += end - tp.ledger.replicatedEnd;
    tp.ledger.replicatedEnd = end;
  }
}

/** The leader's log was cut back to `offset`: acknowledged batches removed are lost. */
export function noteTruncation(step: Step, tp: PartitionState, removed: StoredBatch[], offset: number): void {
  const l = tp.ledger;
  for (const b of removed) {
    l.truncated += b.count;
    if (b.acked)
      recordLoss(step, tp, {
        producer: b.producer,
        baseSequence: b.baseSequence,
        count: b.count,
        baseOffset: b.baseOffset,
      });
  }
  l.replicatedEnd = Math.min(l.replicatedEnd, offset);
  l.committedEnd = Math.min(l.committedEnd, offset);
  l.maxSeqEnd = idTable();
  for (const b of tp.batches) {
    if (b.duplicate) continue;
    const end = b.baseSequence + b.count;
    if (end > (getOwn(l.maxSeqEnd, b.producer) ?? 0)) setOwn(l.maxSeqEnd, b.producer, end);
  }
}
