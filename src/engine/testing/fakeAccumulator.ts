/**
 * Test support only: the smallest accumulator that follows the contract at the top of partitioners.ts, so
 * tests can watch partitioners behave as they would inside Kafka's send path. Batches hold byte counts, no
 * header overhead, and the sender is simulated by `drainAll`.
 */
import { createRng, type RngState } from '../random/prng';
import {
  abortsOnNewBatch,
  choosePartition,
  createPartitionerState,
  onAppended,
  onNewBatch,
  type PartitionerConfig,
  type PartitionerState,
  type RecordToPlace,
  type TopicView,
} from '../producer/partitioning/partitioners';

interface FakeBatch {
  bytes: number;
  capacity: number;
  /** Java closes a batch for appends once a record did not fit; it then counts as full. */
  closed: boolean;
}

/** The fake accumulator's whole state (plain data). */
export interface FakeAccumulator {
  cfg: PartitionerConfig;
  state: PartitionerState;
  rng: RngState;
  available: boolean[];
  deques: FakeBatch[][];
}

/** A fake accumulator for `numPartitions` partitions, all available unless told otherwise. */
export function createFakeAccumulator(
  cfg: PartitionerConfig,
  numPartitions: number,
  seed: number,
  available: boolean[] = new Array<boolean>(numPartitions).fill(true),
): FakeAccumulator {
  return {
    cfg,
    state: createPartitionerState(),
    rng: createRng(seed),
    available,
    deques: Array.from({ length: numPartitions }, () => []),
  };
}

function isFull(batch: FakeBatch | undefined): boolean {
  return batch === undefined || batch.closed || batch.bytes >= batch.capacity;
}

/** The TopicView the partitioner sees right now. */
function viewOf(acc: FakeAccumulator): TopicView {
  return {
    numPartitions: acc.deques.length,
    available: acc.available,
    allBatchesFull: acc.deques.map((dq) => isFull(dq[dq.length - 1])),
  };
}

/** Tries the open batch of `partition`; closes it if the record does not fit. */
function tryAppend(acc: FakeAccumulator, partition: number, size: number): FakeBatch | null {
  const dq = acc.deques[partition]!;
  const last = dq[dq.length - 1];
  if (last === undefined || last.closed) return null;
  if (last.bytes + size <= last.capacity) return last;
  last.closed = true;
  return null;
}

/** Sends one record of `size` bytes through the contract; returns the partition it landed on. */
export function send(acc: FakeAccumulator, record: RecordToPlace, size: number): number {
  let choice = choosePartition(acc.state, acc.cfg, viewOf(acc), record, acc.rng);
  let batch = tryAppend(acc, choice.partition, size);
  if (batch === null && abortsOnNewBatch(acc.cfg)) {
    onNewBatch(acc.state, acc.cfg, viewOf(acc), choice.partition, acc.rng);
    choice = choosePartition(acc.state, acc.cfg, viewOf(acc), record, acc.rng);
    batch = tryAppend(acc, choice.partition, size);
  }
  if (batch === null) {
    batch = { bytes: 0, capacity: Math.max(acc.cfg.batchSize, size), closed: false };
    acc.deques[choice.partition]!.push(batch);
  }
  batch.bytes += size;
  onAppended(
    acc.state,
    acc.cfg,
    viewOf(acc),
    { choice, appendedBytes: size, allBatchesFull: isFull(batch) },
    acc.rng,
  );
  return choice.partition;
}

/** The sender took every batch (as with linger.ms=0 and an idle connection). */
export function drainAll(acc: FakeAccumulator): void {
  for (const dq of acc.deques) dq.length = 0;
}

/** Sends `count` unkeyed records of `size` bytes; `drainEach` empties the queues after every record. */
export function sendUnkeyed(acc: FakeAccumulator, count: number, size: number, drainEach = false): number[] {
  const partitions: number[] = [];
  for (let i = 0; i < count; i++) {
    partitions.push(send(acc, { keyBytes: null }, size));
    if (drainEach) drainAll(acc);
  }
  return partitions;
}
