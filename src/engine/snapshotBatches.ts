/**
 * The log's batches as the read model shows them. Every frame the snapshot lists the last 24 batches of
 * each partition for the picture and the last 100 for the record ledger — for classroom-scale about
 * 1,500 objects, nearly all unchanged since the previous frame. Building them afresh and then proving
 * them equal (structural sharing) was the largest part of a snapshot's cost. Instead each stored batch
 * remembers its last view (a WeakMap, so a dropped batch takes its view with it) and gets the very same
 * object back while every shown field is equal: sharing then stops at the first `===`.
 */
import type { StoredBatch } from './model/logState';
import { cachedViews } from './core/viewCache';

export interface BatchFlags {
  acked: boolean;
  duplicate: boolean;
  reordered: boolean;
}

export interface RecentBatchView extends BatchFlags {
  baseOffset: number;
  count: number;
  bytes: number;
  producer: string;
  appendedAt: number;
  baseSequence: number;
}

export interface LedgerBatchView extends BatchFlags {
  baseOffset: number;
  count: number;
  producer: string;
  baseSequence: number;
}

const flagsEqual = (v: BatchFlags, b: StoredBatch) =>
  v.acked === (b.acked === true) &&
  v.duplicate === (b.duplicate === true) &&
  v.reordered === (b.reordered === true);

const flagsOf = (b: StoredBatch): BatchFlags => ({
  acked: b.acked === true,
  duplicate: b.duplicate === true,
  reordered: b.reordered === true,
});

/** The batch as the log picture draws it (the same object as last time while nothing shown changed). */
export const recentBatchView = cachedViews(
  (b: StoredBatch): RecentBatchView => ({
    baseOffset: b.baseOffset,
    count: b.count,
    bytes: b.bytes,
    producer: b.producer,
    appendedAt: b.appendedAt,
    baseSequence: b.baseSequence,
    ...flagsOf(b),
  }),
  (v, b) =>
    v.baseOffset === b.baseOffset &&
    v.count === b.count &&
    v.bytes === b.bytes &&
    v.producer === b.producer &&
    v.appendedAt === b.appendedAt &&
    v.baseSequence === b.baseSequence &&
    flagsEqual(v, b),
);

/** The batch as the record ledger lists it (reused like `recentBatchView`). */
export const ledgerBatchView = cachedViews(
  (b: StoredBatch): LedgerBatchView => ({
    baseOffset: b.baseOffset,
    count: b.count,
    producer: b.producer,
    baseSequence: b.baseSequence,
    ...flagsOf(b),
  }),
  (v, b) =>
    v.baseOffset === b.baseOffset &&
    v.count === b.count &&
    v.producer === b.producer &&
    v.baseSequence === b.baseSequence &&
    flagsEqual(v, b),
);
