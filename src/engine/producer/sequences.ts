/**
 * The idempotent producer's sequence numbers and epoch (kafka-behaviour.md §2.7, §10), following
 * Kafka's TransactionManager for a non-transactional producer (KIP-360, 2.5+):
 * - a batch gets its sequence when it is first drained into a request (RecordAccumulator.drain), so a
 *   batch that expires unsent leaves no gap;
 * - a partition whose sequence became unresolved (a batch that was sent expired) is resolved once nothing
 *   of it is in flight: resolved if the acknowledged sequences reached the next one, else the producer
 *   bumps its epoch (maybeResolveSequences);
 * - OutOfOrderSequence on the batch right after the last acknowledged one means the broker really has a
 *   gap (e.g. after an unclean election): bump the epoch and retry (TransactionManager.canRetry);
 * - the bump (bumpIdempotentEpochAndResetIdIfNeeded) raises the epoch and rewrites the in-flight batches of
 *   the partitions that asked for it from sequence 0 (startSequencesAtBeginning); other partitions restart
 *   at 0 under the new epoch when their in-flight batches are done (maybeUpdateProducerIdAndEpoch).
 * The broker accepts a new epoch's first batch at sequence 0 (ProducerAppendInfo).
 */
import type { OpenBatch, PartitionSequenceState, ProducerState, WireBatch } from '../model/state';

/** The partition's entry, created on first use with the producer's current id and epoch. */
export function partitionSequence(p: ProducerState, partition: number): PartitionSequenceState {
  const d = p.delivery;
  const list = (d.partitionSequences ??= []);
  while (list.length <= partition) {
    list.push({ pid: d.pid, epoch: d.epoch, next: 0, lastAcked: -1, unresolved: false });
  }
  return list[partition]!;
}

/** Batches of the partition holding a sequence and not yet complete: on the wire, or back for a retry. */
function sequencedBatches(p: ProducerState, partition: number): (WireBatch | OpenBatch)[] {
  const out: (WireBatch | OpenBatch)[] = [];
  for (const r of p.delivery.pending) for (const b of r.batches) if (b.partition === partition) out.push(b);
  for (const b of p.deques[partition] ?? []) if (b.retry) out.push(b);
  return out;
}

function hasInFlight(p: ProducerState, partition: number): boolean {
  return sequencedBatches(p, partition).length > 0;
}

function stale(p: ProducerState, s: PartitionSequenceState): boolean {
  return s.pid !== p.delivery.pid || s.epoch !== p.delivery.epoch;
}

/**
 * Whether a batch without a sequence must wait (RecordAccumulator.shouldStopDrainBatchesForPartition):
 * the partition's sequence is unresolved, or its batches in flight belong to an older epoch.
 */
export function holdsNewBatches(p: ProducerState, partition: number): boolean {
  if (!p.delivery.idempotent) return false;
  const s = partitionSequence(p, partition);
  if (s.unresolved) return true;
  return stale(p, s) && hasInFlight(p, partition);
}

/** The producer id, epoch and sequence a batch leaves with on its first drain. */
export function assignSequence(
  p: ProducerState,
  partition: number,
  count: number,
): { pid: number; epoch: number; sequence: number } {
  const d = p.delivery;
  if (!d.idempotent) return { pid: -1, epoch: 0, sequence: -1 };
  const s = partitionSequence(p, partition);
  if (stale(p, s)) {
    // Nothing of the old epoch is in flight (holdsNewBatches): start again at 0 under the new one.
    Object.assign(s, { pid: d.pid, epoch: d.epoch, next: 0, lastAcked: -1, unresolved: false });
  }
  const sequence = s.next;
  s.next += count;
  return { pid: d.pid, epoch: d.epoch, sequence };
}

/** The broker acknowledged the batch: its last sequence is the partition's last acknowledged one. */
export function sequenceAcked(p: ProducerState, batch: WireBatch): void {
  if (!p.delivery.idempotent || batch.sequence === undefined || batch.sequence < 0) return;
  const s = partitionSequence(p, batch.partition);
  if (batch.pid !== s.pid || batch.epoch !== s.epoch) return;
  s.lastAcked = Math.max(s.lastAcked, batch.sequence + batch.count - 1);
}

function requestEpochBump(p: ProducerState, partition: number): void {
  const list = (p.delivery.bumpPartitions ??= []);
  if (!list.includes(partition)) list.push(partition);
}

/**
 * OutOfOrderSequenceException that will be retried: a batch that is not the next after the last
 * acknowledged one waits for the earlier batch's retry; the next one itself means the broker lacks
 * sequences the client thought written, so the epoch is bumped (TransactionManager.canRetry).
 */
export function outOfOrderRetried(p: ProducerState, batch: WireBatch): void {
  if (!p.delivery.idempotent || batch.sequence === undefined || batch.sequence < 0) return;
  const s = partitionSequence(p, batch.partition);
  const next = batch.sequence === s.lastAcked + 1 && batch.pid === s.pid && batch.epoch === s.epoch;
  if (!s.unresolved && (batch.sequenceReset === true || !next)) return;
  requestEpochBump(p, batch.partition);
}

/**
 * A batch that held a sequence failed for good. An error answer (or OutOfOrderSequence) asks for an epoch
 * bump (TransactionManager.handleFailedBatch); an expired batch that had been retried leaves its sequence
 * unresolved (Sender: markSequenceUnresolved), since the broker may have written it.
 */
export function sequenceFailed(
  p: ProducerState,
  batch: { partition: number; sequence?: number; attempts?: number },
  expired: boolean,
): void {
  if (!p.delivery.idempotent || batch.sequence === undefined || batch.sequence < 0) return;
  if (!expired) return requestEpochBump(p, batch.partition);
  if ((batch.attempts ?? 1) > 1) partitionSequence(p, batch.partition).unresolved = true;
}

/**
 * Before the sender drains (Sender.runOnce): resolve unresolved partitions with nothing in flight, then
 * bump the epoch if any partition asked for it, rewriting that partition's in-flight sequences from 0.
 * Returns whether the epoch was bumped.
 */
export function resolveAndBump(p: ProducerState): boolean {
  const d = p.delivery;
  if (!d.idempotent) return false;
  // Plain loops and no fallback arrays: the sender runs this on every wake-up.
  const sequences = d.partitionSequences;
  if (sequences !== undefined) {
    for (let partition = 0; partition < sequences.length; partition++) {
      const s = sequences[partition];
      if (s === undefined || !s.unresolved || hasInFlight(p, partition)) continue;
      s.unresolved = false;
      // Resolved when later batches were acknowledged past the expired one (it was written after all).
      if (s.next - s.lastAcked !== 1) requestEpochBump(p, partition);
    }
  }
  const bump = d.bumpPartitions;
  if (bump === undefined || bump.length === 0) return false;
  // Epoch Short.MAX_VALUE would need a new producer id (InitProducerId); a teaching run never gets there.
  d.epoch++;
  d.epochBumps = (d.epochBumps ?? 0) + 1;
  for (const partition of bump) {
    const batches = sequencedBatches(p, partition);
    batches.sort((a, b) => seqOf(a) - seqOf(b));
    let next = 0;
    for (const b of batches) {
      if ('retry' in b && b.retry) {
        Object.assign(b.retry, { pid: d.pid, epoch: d.epoch, sequence: next, sequenceReset: true });
      } else Object.assign(b, { pid: d.pid, epoch: d.epoch, sequence: next, sequenceReset: true });
      next += b.count;
    }
    Object.assign(partitionSequence(p, partition), {
      pid: d.pid,
      epoch: d.epoch,
      next,
      lastAcked: -1,
      unresolved: false,
    });
  }
  d.bumpPartitions = [];
  return true;
}

function seqOf(b: WireBatch | OpenBatch): number {
  return ('retry' in b && b.retry ? b.retry.sequence : (b as WireBatch).sequence) ?? 0;
}
