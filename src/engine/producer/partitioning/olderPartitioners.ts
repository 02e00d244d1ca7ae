/**
 * The partitioners other than Java's current default: KIP-480 sticky (Java 2.4–3.2), the ≤ 2.3 round robin,
 * the opt-in `RoundRobinPartitioner`, and kafka-python's `DefaultPartitioner`.
 */
import { nextInt, nextU32, type RngState } from '../../random/prng';
import { randomNonNegativeInt } from './builtin';
import { partitionForKey, toPositive } from './murmur2';
import { availablePartitions, type PartitionerState, type RecordToPlace, type TopicView } from './types';

/** Java ≤ 3.2 `DefaultPartitioner` for a keyed record; null when the record has no key. */
function hashIfKeyed(record: RecordToPlace, view: TopicView): number | null {
  return record.keyBytes === null ? null : partitionForKey(record.keyBytes, view.numPartitions);
}

/** Java's "counter over available partitions" step shared by both round robins. */
function pickByCounter(counter: number, view: TopicView): number {
  const candidates = availablePartitions(view);
  if (candidates.length > 0) return candidates[toPositive(counter) % candidates.length]!;
  // No partition has a leader: Java still returns one (the record then waits for metadata).
  return toPositive(counter) % view.numPartitions;
}

/** KIP-480 (`DefaultPartitioner.partition` 2.4–3.2): key hash, else the topic's cached sticky partition. */
export function chooseKip480(
  state: PartitionerState,
  view: TopicView,
  record: RecordToPlace,
  rng: RngState,
): number {
  if (record.explicitPartition != null) return record.explicitPartition;
  const hashed = hashIfKeyed(record, view);
  if (hashed !== null) return hashed;
  if (state.kip480Partition === null) kip480NextPartition(state, view, -1, rng);
  return state.kip480Partition!;
}

/**
 * `StickyPartitionCache.nextPartition`, called through `onNewBatch` when the accumulator was about to open a
 * new batch on `prevPartition`. Only a new batch on the sticky partition itself moves it (a keyed record can
 * trigger that too); the new choice differs from the old one whenever two or more partitions are available.
 */
export function kip480NextPartition(
  state: PartitionerState,
  view: TopicView,
  prevPartition: number,
  rng: RngState,
): void {
  const old = state.kip480Partition;
  if (old !== null && old !== prevPartition) return;
  const candidates = availablePartitions(view);
  let chosen: number | null = old;
  if (candidates.length < 1) {
    chosen = randomNonNegativeInt(rng) % view.numPartitions;
  } else if (candidates.length === 1) {
    chosen = candidates[0]!;
  } else {
    while (chosen === null || chosen === old)
      chosen = candidates[randomNonNegativeInt(rng) % candidates.length]!;
  }
  state.kip480Partition = chosen;
}

/** Java ≤ 2.3 `DefaultPartitioner`: key hash, else a per-topic counter that starts at a random int. */
export function chooseLegacyRoundRobin(
  state: PartitionerState,
  view: TopicView,
  record: RecordToPlace,
  rng: RngState,
): number {
  if (record.explicitPartition != null) return record.explicitPartition;
  const hashed = hashIfKeyed(record, view);
  if (hashed !== null) return hashed;
  // Java: new AtomicInteger(ThreadLocalRandom.current().nextInt()), then getAndIncrement (wrapping at 2^31).
  const counter = state.legacyCounter ?? nextU32(rng) | 0;
  state.legacyCounter = (counter + 1) | 0;
  return pickByCounter(counter, view);
}

/**
 * `RoundRobinPartitioner.partition`: the next counter value over available partitions, for keyed records too
 * (`KafkaProducer` only bypasses it for an explicit partition). The counter starts at 0.
 */
export function chooseRoundRobin(state: PartitionerState, view: TopicView, record: RecordToPlace): number {
  if (record.explicitPartition != null) return record.explicitPartition;
  const counter = state.roundRobinCounter;
  state.roundRobinCounter = (counter + 1) | 0;
  return pickByCounter(counter, view);
}

/**
 * kafka-python `DefaultPartitioner.__call__`: murmur2 like Java for keys (same partition for the same key
 * bytes), `random.choice` over available partitions — or over all if none is available — otherwise.
 */
export function chooseKafkaPython(view: TopicView, record: RecordToPlace, rng: RngState): number {
  if (record.explicitPartition != null) return record.explicitPartition;
  const hashed = hashIfKeyed(record, view);
  if (hashed !== null) return hashed;
  const candidates = availablePartitions(view);
  if (candidates.length > 0) return candidates[nextInt(rng, candidates.length)]!;
  return nextInt(rng, view.numPartitions);
}
