/**
 * Where send() puts a record (kafka-behaviour.md §2.4): the real partitioners of partitioning/, driven
 * through the contract documented at the top of partitioning/partitioners.ts — choose, try the open
 * batch, abort-and-ask-again on a new batch (KIP-480 and the KAFKA-9965 round robin), count the
 * appended bytes (KIP-794), and refresh the adaptive load table on every sender ready() pass.
 */
import type { ProducerState, RecordSample, SimState } from '../model/state';
import type { Step } from '../core/step';
import { appendToNewBatch, tryAppendToLast, type AppendOutcome } from './accumulator';
import {
  abortsOnNewBatch,
  choosePartition,
  onAppended,
  onNewBatch,
  refreshLoadStats,
  type AppendFeedback,
  type LoadStats,
  type PartitionerConfig,
  type PartitionerState,
  type ReadySnapshot,
  type RecordToPlace,
  type TopicView,
} from './partitioning/partitioners';
import { RECORD_BATCH_OVERHEAD } from './recordSize';

/** Where a record went, or that send() must block for buffer memory on that partition. */
export type Placement =
  | { blocked: false; partition: number; viaSticky: boolean; outcome: AppendOutcome }
  | { blocked: true; partition: number; viaSticky: boolean };

// One reusable view: filling two small arrays is cheaper than allocating them per record.
const scratch: TopicView = { numPartitions: 0, available: [], allBatchesFull: [] };
/** What `scratch` was last built for; while unchanged, only the few non-default entries need refreshing. */
const built = {
  sim: null as SimState | null,
  producer: -1,
  leaderVersion: -1,
  config: null as unknown,
  partitions: [] as { leader: number }[],
  known: -1,
};
/** The first `notFullCount` entries are the indices of `scratch.allBatchesFull` holding false. */
const notFull: number[] = [];
let notFullCount = 0;

// Reused per record (the partitioner reads them during the call and keeps nothing): no garbage per record.
const scratchRecord: RecordToPlace = { keyBytes: null };
const scratchFeedback: AppendFeedback = {
  choice: { partition: 0, viaStickyLogic: true },
  appendedBytes: 0,
  allBatchesFull: false,
};

function setBatchFull(view: TopicView, partition: number, full: boolean): void {
  view.allBatchesFull[partition] = full;
  if (!full) notFull[notFullCount++] = partition;
}

/**
 * The partitioner's view of the producer's topic right now (leaders known, deques full or empty).
 * Only the built-in partitioner reads allBatchesFull, and only at its sticky partition, so that is the
 * one entry computed per record; the others stay true. `available` is rebuilt only when leaders change.
 */
function topicView(sim: SimState, p: ProducerState): TopicView {
  const sticky = p.partitioner.stickyPartition;
  const builtin = p.partitionerConfig.kind === 'builtin';
  const current =
    built.sim === sim &&
    built.producer === p.index &&
    built.leaderVersion === sim.leaderVersion &&
    built.config === p.partitionerConfig &&
    built.known === p.metadataPartitions;
  if (current && !(builtin && sticky === null)) {
    for (let k = 0; k < notFullCount; k++) scratch.allBatchesFull[notFull[k]!] = true;
    notFullCount = 0;
    if (builtin) setBatchFull(scratch, sticky!, lastBatchFull(p, sticky!));
    return scratch;
  }
  const partitions = sim.topics.find((t) => t.name === p.topic)!.partitions;
  // Only the partitions in the producer's metadata (producer/metadata.ts), not ones added since.
  const n = p.metadataPartitions;
  if (scratch.numPartitions !== n) {
    scratch.numPartitions = n;
    scratch.available = new Array<boolean>(n);
    scratch.allBatchesFull = new Array<boolean>(n);
  }
  notFullCount = 0;
  for (let i = 0; i < n; i++) {
    const leader = partitions[i]!.leader;
    scratch.available[i] = typeof leader === 'number' && leader >= 0;
    scratch.allBatchesFull[i] = true;
    if (builtin && (sticky === null || sticky === i)) setBatchFull(scratch, i, lastBatchFull(p, i));
  }
  built.sim = sim;
  built.producer = p.index;
  built.leaderVersion = sim.leaderVersion;
  built.config = p.partitionerConfig;
  built.partitions = partitions;
  built.known = n;
  return scratch;
}

function lastBatchFull(p: ProducerState, partition: number): boolean {
  const deque = p.deques[partition]!;
  const last = deque[deque.length - 1];
  return last === undefined || last.full;
}

// The result of a successful placement, reused per record like the accumulator's outcome.
const placedScratch: Extract<Placement, { blocked: false }> = {
  blocked: false,
  partition: 0,
  viaSticky: false,
  outcome: { size: 0, newBatchCreated: false, batchIsFull: false },
};

/**
 * Chooses the partition for one record and appends it there (or reports that memory is exhausted).
 * A successful placement is returned in an object the next call reuses.
 */
export function placeRecord(
  step: Step,
  p: ProducerState,
  keyBytes: Uint8Array | null,
  valueLength: number,
  sample: RecordSample,
): Placement {
  const { sim } = step;
  const cfg = p.partitionerConfig;
  const record = scratchRecord;
  record.keyBytes = keyBytes;
  const keyLength = keyBytes === null ? null : keyBytes.length;
  const view = topicView(sim, p);
  let choice = choosePartition(p.partitioner, cfg, view, record, sim.rng);
  let outcome: AppendOutcome | 'blocked' | null = tryAppendToLast(
    step,
    p,
    choice.partition,
    keyLength,
    valueLength,
    sample,
  );
  if (outcome === null && abortsOnNewBatch(cfg)) {
    // Java's abortOnNewBatch: tell the partitioner a batch would be created, then ask again (once).
    setBatchFull(view, choice.partition, lastBatchFull(p, choice.partition));
    onNewBatch(p.partitioner, cfg, view, choice.partition, sim.rng);
    choice = choosePartition(p.partitioner, cfg, view, record, sim.rng);
    outcome = tryAppendToLast(step, p, choice.partition, keyLength, valueLength, sample);
  }
  outcome ??= appendToNewBatch(step, p, choice.partition, keyLength, valueLength, sample);
  if (outcome === 'blocked')
    return { blocked: true, partition: choice.partition, viaSticky: choice.viaStickyLogic };
  if (choice.viaStickyLogic) {
    // The record went into the partition's last batch (the open one or a new one): its fullness is that batch's.
    setBatchFull(view, choice.partition, outcome.batchIsFull);
    countAppendedIn(view, sim, p, choice.partition, outcome);
  }
  const placed = placedScratch;
  placed.partition = choice.partition;
  placed.viaSticky = choice.viaStickyLogic;
  placed.outcome = outcome;
  return placed;
}

/** Contract step 4: the built-in partitioner counts the bytes and may move its sticky partition. */
export function countAppended(
  sim: SimState,
  p: ProducerState,
  partition: number,
  viaSticky: boolean,
  outcome: AppendOutcome,
): void {
  if (viaSticky) countAppendedIn(topicView(sim, p), sim, p, partition, outcome);
}

function countAppendedIn(
  view: TopicView,
  sim: SimState,
  p: ProducerState,
  partition: number,
  outcome: AppendOutcome,
) {
  const feedback = scratchFeedback;
  feedback.choice.partition = partition;
  // A new batch's estimated size includes its header.
  feedback.appendedBytes = outcome.size + (outcome.newBatchCreated ? RECORD_BATCH_OVERHEAD : 0);
  feedback.allBatchesFull = view.allBatchesFull[partition]!;
  onAppended(p.partitioner, p.partitionerConfig, view, feedback, sim.rng);
}

/**
 * The sender's ready() pass: remembers which brokers had data and could take it (NodeLatencyStats) and
 * rebuilds the adaptive partitioning table from the queue lengths.
 */
export function partitionerReadyPass(sim: SimState, p: ProducerState): void {
  const cfg = p.partitionerConfig;
  if (cfg.kind !== 'builtin') return;
  const all = sim.topics.find((t) => t.name === p.topic)!.partitions;
  const n = Math.min(all.length, p.metadataPartitions);
  // Filled in place (the sender runs this on every wake-up), noting whether anything differs from the
  // pass before; buildLoadStats copies what it keeps.
  const ready = scratchReady;
  let changed = ready.numPartitions !== n;
  // Assigning `length`, even unchanged, is a slow runtime call in V8 (~0.5 µs each): only on a change.
  if (changed) {
    ready.numPartitions = n;
    ready.available.length = n;
    ready.queueSizes.length = n;
    ready.leaderUndrainedMs.length = n;
  }
  for (let i = 0; i < n; i++) {
    const leader = all[i]!.leader;
    const available = typeof leader === 'number' && leader >= 0;
    const deque = p.deques[i];
    const queued = deque === undefined ? null : deque.length;
    const readyAt = p.nodeReadyAt[leader];
    const drainAt = p.nodeDrainAt[leader];
    const undrained = readyAt == null || drainAt == null ? null : readyAt - drainAt;
    if (
      ready.available[i] !== available ||
      ready.queueSizes[i] !== queued ||
      ready.leaderUndrainedMs[i] !== undrained
    ) {
      changed = true;
      ready.available[i] = available;
      ready.queueSizes[i] = queued;
      ready.leaderUndrainedMs[i] = undrained;
    }
  }
  // The table is a pure function of this snapshot and the config: when neither changed since it was
  // built for this partitioner, and nothing replaced it, rebuilding would give an equal table (and
  // garbage: most wake-ups see the same queue lengths as the one before).
  const last = lastReadyPass;
  if (
    !changed &&
    last.state === p.partitioner &&
    last.cfg === cfg &&
    last.loadStats === p.partitioner.loadStats
  )
    return;
  refreshLoadStats(p.partitioner, cfg, ready);
  last.state = p.partitioner;
  last.cfg = cfg;
  last.loadStats = p.partitioner.loadStats;
}

const scratchReady: ReadySnapshot = {
  numPartitions: 0,
  available: [],
  queueSizes: [],
  leaderUndrainedMs: [],
};

/** The partitioner whose table was last refreshed from `scratchReady`, with that config and result. */
const lastReadyPass = {
  state: null as PartitionerState | null,
  cfg: null as PartitionerConfig | null,
  loadStats: null as LoadStats | null,
};

/** A broker had ready data: note the time, and whether the sender could drain it (a free in-flight slot). */
export function noteNodeReady(p: ProducerState, broker: number, now: number, canDrain: boolean): void {
  // Java creates the stats with both times = now, so a broker that never drained starts at 0 ms behind.
  if (canDrain || p.nodeDrainAt[broker] == null) p.nodeDrainAt[broker] = now;
  p.nodeReadyAt[broker] = now;
}
