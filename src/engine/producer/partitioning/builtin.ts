/**
 * Java's built-in partitioner (Kafka 3.3+, the 4.0 default; KIP-794, `BuiltInPartitioner` together with the
 * parts of `RecordAccumulator` that drive it). Unkeyed records stick to one partition until at least
 * `batch.size` bytes went to it, then the next partition is drawn — weighted towards short queues when
 * adaptive partitioning is on.
 */
import { nextU32, type RngState } from '../../random/prng';
import { partitionForKey } from './murmur2';
import {
  availablePartitions,
  type AppendFeedback,
  type LoadStats,
  type PartitionChoice,
  type PartitionerConfig,
  type PartitionerState,
  type ReadySnapshot,
  type RecordToPlace,
  type TopicView,
} from './types';

/** Java's `Utils.toPositive(ThreadLocalRandom.current().nextInt())`: a random int in [0, 2^31). */
export function randomNonNegativeInt(rng: RngState): number {
  return nextU32(rng) & 0x7fffffff;
}

/**
 * Chooses the partition for one record under the builtin rules (explicit, then key hash, then sticky).
 * A sticky choice comes back in one reused object: read it before the next call.
 */
export function chooseBuiltIn(
  state: PartitionerState,
  cfg: PartitionerConfig,
  view: TopicView,
  record: RecordToPlace,
  rng: RngState,
): PartitionChoice {
  if (record.explicitPartition != null) return { partition: record.explicitPartition, viaStickyLogic: false };
  if (record.keyBytes !== null && !cfg.ignoreKeys) {
    return { partition: partitionForKey(record.keyBytes, view.numPartitions), viaStickyLogic: false };
  }
  if (state.stickyPartition === null) switchStickyPartition(state, view, rng);
  // RecordAccumulator.partitionChanged: a switch that was deferred because the last batch was still open
  // completes as soon as that deque has only full batches (or was drained), before this record is placed.
  const current = state.stickyPartition!;
  if (view.allBatchesFull[current] !== false) countProducedBytes(state, cfg, view, 0, true, rng);
  stickyChoice.partition = state.stickyPartition!;
  return stickyChoice;
}

// The sticky choice is made once per simulated record: one object, reused, read before the next call.
const stickyChoice: PartitionChoice = { partition: 0, viaStickyLogic: true };

/** Counts the appended bytes towards the sticky partition and switches when enough went there. */
export function onAppendedBuiltIn(
  state: PartitionerState,
  cfg: PartitionerConfig,
  view: TopicView,
  feedback: AppendFeedback,
  rng: RngState,
): void {
  // Keyed and explicit records never count (Java passes a null StickyPartitionInfo for them).
  if (!feedback.choice.viaStickyLogic || state.stickyPartition !== feedback.choice.partition) return;
  // Switching while the last batch is open would leave a fractional batch behind; Java defers it.
  countProducedBytes(state, cfg, view, feedback.appendedBytes, feedback.allBatchesFull, rng);
}

/** Java's `updatePartitionInfo`: switch at ≥ batch.size if allowed, and unconditionally at ≥ 2 × batch.size. */
function countProducedBytes(
  state: PartitionerState,
  cfg: PartitionerConfig,
  view: TopicView,
  appendedBytes: number,
  enableSwitch: boolean,
  rng: RngState,
): void {
  state.stickyProducedBytes += appendedBytes;
  const stickyBatchSize = Math.max(1, cfg.batchSize);
  const produced = state.stickyProducedBytes;
  if ((produced >= stickyBatchSize && enableSwitch) || produced >= 2 * stickyBatchSize) {
    switchStickyPartition(state, view, rng);
  }
}

function switchStickyPartition(state: PartitionerState, view: TopicView, rng: RngState): void {
  state.stickyPartition = nextPartition(state, view, rng);
  state.stickyProducedBytes = 0;
}

/**
 * Java's `nextPartition`: uniform over partitions with a leader when there are no load stats, otherwise
 * weighted by the cumulative frequency table. The previous partition may be drawn again.
 */
function nextPartition(state: PartitionerState, view: TopicView, rng: RngState): number {
  const random = randomNonNegativeInt(rng);
  const stats = state.loadStats;
  if (stats === null) {
    const candidates = availablePartitions(view);
    if (candidates.length > 0) return candidates[random % candidates.length]!;
    return random % view.numPartitions;
  }
  const cft = stats.cumulativeFrequency;
  const weighted = random % cft[cft.length - 1]!;
  // The first entry strictly greater than `weighted` (the table is ascending, so binary search).
  let lo = 0;
  let hi = cft.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cft[mid]! > weighted) hi = mid;
    else lo = mid + 1;
  }
  return stats.partitionIds[lo]!;
}

/**
 * Rebuilds the adaptive table from the sender's ready() pass (`RecordAccumulator.partitionReady` followed by
 * `BuiltInPartitioner.updatePartitionLoadStats`). Call it once per ready pass for each topic; until it runs,
 * and whenever Java would have no stats, the next sticky partition is drawn uniformly.
 */
export function refreshLoadStats(
  state: PartitionerState,
  cfg: PartitionerConfig,
  snapshot: ReadySnapshot,
): void {
  state.loadStats = cfg.adaptive ? buildLoadStats(cfg, snapshot) : null;
}

// Working arrays of buildLoadStats, reused (it runs on most sender wake-ups); the table it returns is
// always fresh, since the partitioner keeps it.
const scratchSizes: number[] = [];
const scratchIds: number[] = [];

function buildLoadStats(cfg: PartitionerConfig, snapshot: ReadySnapshot): LoadStats | null {
  const { numPartitions, available, queueSizes, leaderUndrainedMs } = snapshot;
  let dequeCount = 0;
  for (let p = 0; p < numPartitions; p++) if (queueSizes[p] != null) dequeCount++;
  // Java waits until every partition has had a deque: a partition missing from the map could never be chosen.
  if (dequeCount < numPartitions) return null;

  // Slots are filled the way Java fills its arrays, including the reuse of a slot after an excluded partition.
  const sizes = scratchSizes;
  const ids = scratchIds;
  // Assigning `length`, even unchanged, is a slow runtime call in V8: only when the count changed.
  if (sizes.length !== dequeCount) {
    sizes.length = dequeCount;
    ids.length = dequeCount;
  }
  sizes.fill(0);
  ids.fill(0);
  let last = -1;
  for (let p = 0; p < numPartitions; p++) {
    const queued = queueSizes[p];
    if (queued == null) continue;
    const hasLeader = available[p] === true;
    if (hasLeader) ids[++last] = p;
    // Java skips an empty deque before recording its size or checking its leader's latency.
    if (queued === 0 || !hasLeader) continue;
    sizes[last] = queued;
    const undrained = leaderUndrainedMs[p];
    // partitioner.availability.timeout.ms: a leader that could not take data for too long is left out.
    if (cfg.availabilityTimeoutMs > 0 && undrained != null && undrained > cfg.availabilityTimeoutMs) last--;
  }
  return cumulativeFrequencyTable(sizes, ids, last + 1);
}

/** Java's `updatePartitionLoadStats`: invert queue sizes (max + 1 − size) and take running sums. */
function cumulativeFrequencyTable(sizes: number[], ids: number[], length: number): LoadStats | null {
  // One partition in the topic (or none left) gives nothing to weigh.
  if (length < 1 || sizes.length < 2) return null;
  let max = sizes[0]!;
  let allEqual = true;
  for (let i = 1; i < length; i++) {
    if (sizes[i] !== sizes[0]) allEqual = false;
    if (sizes[i]! > max) max = sizes[i]!;
  }
  // Equal queues and nobody excluded: uniform choice, same as having no stats.
  if (allEqual && length === sizes.length) return null;
  const cumulativeFrequency: number[] = [];
  let sum = 0;
  for (let i = 0; i < length; i++) {
    sum += max + 1 - sizes[i]!;
    cumulativeFrequency.push(sum);
  }
  return { cumulativeFrequency, partitionIds: ids.slice(0, length) };
}
