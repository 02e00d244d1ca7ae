/**
 * Client-side partitioning for the simulated producer: Java's partitioners of every era plus kafka-python's,
 * as pure functions on a plain per-topic `PartitionerState` (keep one per producer per topic).
 *
 * Contract for the accumulator — placing ONE record (Java `KafkaProducer.doSend` + `RecordAccumulator.append`):
 *
 *   1. `choice = choosePartition(state, cfg, view, record, rng)`
 *      `view.allBatchesFull` describes the deques as they are now, before this record.
 *   2. If the record fits in the last open batch of `choice.partition`, append it there and go to 4.
 *   3. A new batch is needed (a batch that refused the record is closed for appends: it now counts as full).
 *      - If `abortsOnNewBatch(cfg)`: do not create it yet. Call
 *        `onNewBatch(state, cfg, view, choice.partition, rng)`, then ask again with
 *        `choice = choosePartition(state, cfg, view, record, rng)` and append to the new `choice.partition`
 *        — into its open batch if the record fits, else into a new batch. Never abort a second time.
 *      - Otherwise create the batch on `choice.partition` and append.
 *   4. `onAppended(state, cfg, view, { choice, appendedBytes, allBatchesFull }, rng)` where `appendedBytes` is
 *      how much the batch's estimated size grew (a new batch: its whole size, header included) and
 *      `allBatchesFull` tells whether that partition's last batch is full now, after the append.
 *
 * On every sender ready() pass, per topic: `refreshLoadStats(state, cfg, snapshot)` (builtin adaptive mode).
 *
 * An explicit `record.explicitPartition` is returned as is; checking it against the partition count (Java:
 * "Invalid partition given with record") is the producer's job. Randomness comes only from `rng`, so the
 * same state, inputs and rng give the same partitions, and a JSON copy of the state resumes exactly.
 */
import type { RngState } from '../../random/prng';
import { chooseBuiltIn, onAppendedBuiltIn } from './builtin';
import {
  chooseKafkaPython,
  chooseKip480,
  chooseLegacyRoundRobin,
  chooseRoundRobin,
  kip480NextPartition,
} from './olderPartitioners';
import type {
  AppendFeedback,
  PartitionChoice,
  PartitionerConfig,
  PartitionerKind,
  PartitionerState,
  RecordToPlace,
  TopicView,
} from './types';

export { refreshLoadStats } from './builtin';
export { createPartitionerState } from './types';
export type {
  AppendFeedback,
  LoadStats,
  PartitionChoice,
  PartitionerConfig,
  PartitionerKind,
  PartitionerState,
  ReadySnapshot,
  RecordToPlace,
  TopicView,
} from './types';

/** Step 1 (and the retry in step 3): the partition for one record. */
export function choosePartition(
  state: PartitionerState,
  cfg: PartitionerConfig,
  view: TopicView,
  record: RecordToPlace,
  rng: RngState,
): PartitionChoice {
  if (!Number.isInteger(view.numPartitions) || view.numPartitions < 1) {
    throw new RangeError(`numPartitions must be a positive integer, got ${view.numPartitions}`);
  }
  switch (cfg.kind) {
    case 'builtin':
      return chooseBuiltIn(state, cfg, view, record, rng);
    case 'sticky-kip480':
      return notSticky(chooseKip480(state, view, record, rng));
    case 'legacy-round-robin':
      return notSticky(chooseLegacyRoundRobin(state, view, record, rng));
    case 'round-robin':
      return notSticky(chooseRoundRobin(state, view, record));
    case 'kafka-python-default':
      return notSticky(chooseKafkaPython(view, record, rng));
  }
}

/**
 * Whether the accumulator must stop before creating a new batch and ask again (step 3). True for KIP-480
 * (Java 2.4–3.2 always passed `abortOnNewBatch`) and for the round robin with the KAFKA-9965 bug (Java 2.4–3.8
 * passed it for every custom partitioner; 4.0 removed `onNewBatch` altogether).
 */
export function abortsOnNewBatch(cfg: PartitionerConfig): boolean {
  return cfg.kind === 'sticky-kip480' || (cfg.kind === 'round-robin' && cfg.kafka9965Bug);
}

/** Step 3: `Partitioner.onNewBatch(topic, cluster, prevPartition)`. */
export function onNewBatch(
  state: PartitionerState,
  cfg: PartitionerConfig,
  view: TopicView,
  prevPartition: number,
  rng: RngState,
): void {
  // The buggy RoundRobinPartitioner did not implement onNewBatch: the second partition() call then
  // advances its counter again, which is the whole of KAFKA-9965.
  if (cfg.kind === 'sticky-kip480') kip480NextPartition(state, view, prevPartition, rng);
}

/** Step 4: byte accounting after the append; may move the builtin sticky partition. */
export function onAppended(
  state: PartitionerState,
  cfg: PartitionerConfig,
  view: TopicView,
  feedback: AppendFeedback,
  rng: RngState,
): void {
  if (cfg.kind === 'builtin') onAppendedBuiltIn(state, cfg, view, feedback, rng);
}

function notSticky(partition: number): PartitionChoice {
  return { partition, viaStickyLogic: false };
}

/** Client versions the simulator can imitate ('3.x' = 3.3–3.9). */
export type KafkaClientVersion = '2.3' | '3.2' | '3.x' | '4.0';

/** The default partitioner a Java client of that version uses for unkeyed records. */
export function unkeyedStrategyForVersion(version: KafkaClientVersion): PartitionerKind {
  switch (version) {
    case '2.3':
      return 'legacy-round-robin';
    case '3.2':
      return 'sticky-kip480';
    case '3.x':
    case '4.0':
      return 'builtin';
  }
}

/**
 * Kafka's default partitioner settings for a Java client version. `kafka9965Bug` is on before 4.0 (it
 * only matters if the user opts into round-robin; the fix was also backported to a later 3.9.x patch,
 * which '3.x' does not model).
 */
export function defaultPartitionerConfig(version: KafkaClientVersion): PartitionerConfig {
  return {
    kind: unkeyedStrategyForVersion(version),
    batchSize: 16384,
    adaptive: true,
    availabilityTimeoutMs: 0,
    ignoreKeys: false,
    kafka9965Bug: version !== '4.0',
  };
}
