import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/prng';
import { createFakeAccumulator, drainAll, send, sendUnkeyed } from '../../testing/fakeAccumulator';
import {
  choosePartition,
  createPartitionerState,
  onAppended,
  refreshLoadStats,
  type PartitionerConfig,
  type ReadySnapshot,
  type TopicView,
} from './partitioners';

// Expected numbers are worked out by hand from Kafka's rules (BuiltInPartitioner / RecordAccumulator, KIP-794),
// e.g. the "0 3 1 → 4 1 3 → 4 5 8" table from the comment in updatePartitionLoadStats.
const builtin = (over: Partial<PartitionerConfig> = {}): PartitionerConfig => ({
  kind: 'builtin',
  batchSize: 1000,
  adaptive: true,
  availabilityTimeoutMs: 0,
  ignoreKeys: false,
  kafka9965Bug: false,
  ...over,
});

const allUp = (n: number): TopicView => ({
  numPartitions: n,
  available: new Array<boolean>(n).fill(true),
  allBatchesFull: new Array<boolean>(n).fill(true),
});

function runLengths(partitions: number[]): number[] {
  const runs: number[] = [];
  partitions.forEach((p, i) => {
    if (i > 0 && p === partitions[i - 1]) runs[runs.length - 1]!++;
    else runs.push(1);
  });
  return runs;
}

/** Draws `draws` sticky partitions in a row: each append reports a full batch of batch.size bytes. */
function countDraws(
  cfg: PartitionerConfig,
  view: TopicView,
  snapshot: ReadySnapshot | null,
  draws: number,
  seed = 3,
) {
  const state = createPartitionerState();
  if (snapshot) refreshLoadStats(state, cfg, snapshot);
  const rng = createRng(seed);
  const counts = new Array<number>(view.numPartitions).fill(0);
  for (let i = 0; i < draws; i++) {
    const choice = choosePartition(state, cfg, view, { keyBytes: null }, rng);
    counts[choice.partition]!++;
    onAppended(state, cfg, view, { choice, appendedBytes: cfg.batchSize, allBatchesFull: true }, rng);
  }
  return { counts, state };
}

const snapshot = (queueSizes: (number | null)[], over: Partial<ReadySnapshot> = {}): ReadySnapshot => ({
  numPartitions: queueSizes.length,
  available: queueSizes.map(() => true),
  queueSizes,
  leaderUndrainedMs: queueSizes.map(() => null),
  ...over,
});

describe('builtin partitioner: when it switches', () => {
  it('stays until batch.size bytes were produced (100-byte records, batch.size 1000: every 10th record)', () => {
    const acc = createFakeAccumulator(builtin({ adaptive: false }), 6, 1);
    const partitions = sendUnkeyed(acc, 9, 100);
    expect(new Set(partitions).size).toBe(1);
    expect(acc.state.stickyProducedBytes).toBe(900);
    const tenth = sendUnkeyed(acc, 1, 100);
    expect(tenth).toEqual([partitions[0]]);
    expect(acc.state.stickyProducedBytes).toBe(0); // the 10th record filled the batch: a new draw
    const more = [...partitions, ...tenth, ...sendUnkeyed(acc, 290, 100)];
    // The same partition may be drawn again, so a run of one partition lasts a multiple of 10 records.
    const runs = runLengths(more);
    for (const run of runs.slice(0, -1)) expect(run % 10).toBe(0);
    expect(runs.length).toBeGreaterThan(10);
  });

  it('defers the switch while the last batch is open and forces it at 2 × batch.size', () => {
    // 300-byte records, batch.size 1000: batches hold 3 records (900 bytes, never "full").
    const acc = createFakeAccumulator(builtin({ adaptive: false }), 6, 2);
    const first = sendUnkeyed(acc, 6, 300);
    expect(new Set(first).size).toBe(1);
    expect(acc.state.stickyProducedBytes).toBe(1800); // past 1000, but the open batch kept it from moving
    sendUnkeyed(acc, 1, 300); // 2100 bytes ≥ 2 × 1000: switch regardless
    expect(acc.state.stickyProducedBytes).toBe(0);
    expect(acc.deques[first[0]!]!.length).toBe(3);
  });

  it('completes a deferred switch once the partition’s batches were drained', () => {
    const acc = createFakeAccumulator(builtin({ adaptive: false }), 6, 3);
    sendUnkeyed(acc, 4, 300); // 1200 bytes, 4th record opened a second batch: switch deferred
    expect(acc.state.stickyProducedBytes).toBe(1200);
    drainAll(acc);
    sendUnkeyed(acc, 1, 300);
    expect(acc.state.stickyProducedBytes).toBe(300); // switched before placing it, then counted it
  });

  it('keyed records hash unless partitioner.ignore.keys, and never count towards the sticky bytes', () => {
    const key = new Uint8Array(Buffer.from('user-1')); // §2.4: partition 2 of 3
    const hashed = createFakeAccumulator(builtin(), 3, 4);
    expect(send(hashed, { keyBytes: key }, 100)).toBe(2);
    expect(hashed.state.stickyPartition).toBeNull();

    const ignoring = createFakeAccumulator(builtin({ ignoreKeys: true }), 3, 4);
    const placed = Array.from({ length: 9 }, () => send(ignoring, { keyBytes: key }, 100));
    expect(new Set(placed).size).toBe(1);
    expect(ignoring.state.stickyProducedBytes).toBe(900);
  });

  it('returns an explicit partition untouched', () => {
    const state = createPartitionerState();
    const choice = choosePartition(
      state,
      builtin(),
      allUp(4),
      { keyBytes: null, explicitPartition: 3 },
      createRng(1),
    );
    expect(choice).toEqual({ partition: 3, viaStickyLogic: false });
  });
});

describe('builtin partitioner: adaptive load stats', () => {
  it("builds Kafka's own example table: queues 0 3 1 → 4 5 8", () => {
    const state = createPartitionerState();
    refreshLoadStats(state, builtin(), snapshot([0, 3, 1]));
    expect(state.loadStats).toEqual({ cumulativeFrequency: [4, 5, 8], partitionIds: [0, 1, 2] });
  });

  it('has no table (uniform) when queues are equal, adaptive is off, a deque is missing, or one partition', () => {
    const state = createPartitionerState();
    refreshLoadStats(state, builtin(), snapshot([2, 2, 2]));
    expect(state.loadStats).toBeNull();
    refreshLoadStats(state, builtin({ adaptive: false }), snapshot([0, 3, 1]));
    expect(state.loadStats).toBeNull();
    refreshLoadStats(state, builtin(), snapshot([0, null, 3]));
    expect(state.loadStats).toBeNull();
    refreshLoadStats(state, builtin(), snapshot([4]));
    expect(state.loadStats).toBeNull();
  });

  it('leaves out partitions without a leader', () => {
    const state = createPartitionerState();
    refreshLoadStats(state, builtin(), snapshot([1, 0, 1], { available: [true, false, true] }));
    expect(state.loadStats).toEqual({ cumulativeFrequency: [1, 2], partitionIds: [0, 2] });
  });

  it('leaves out a partition whose leader stayed undrainable past partitioner.availability.timeout.ms', () => {
    const slowLeader = { leaderUndrainedMs: [0, 80, null] };
    const state = createPartitionerState();
    refreshLoadStats(state, builtin({ availabilityTimeoutMs: 50 }), snapshot([1, 1, 1], slowLeader));
    expect(state.loadStats).toEqual({ cumulativeFrequency: [1, 2], partitionIds: [0, 2] });
    refreshLoadStats(state, builtin({ availabilityTimeoutMs: 100 }), snapshot([1, 1, 1], slowLeader));
    expect(state.loadStats).toBeNull();
    // Java only looks at latency for a partition that has batches queued.
    refreshLoadStats(state, builtin({ availabilityTimeoutMs: 50 }), snapshot([1, 0, 1], slowLeader));
    expect(state.loadStats).toEqual({ cumulativeFrequency: [1, 3, 4], partitionIds: [0, 1, 2] });
  });

  it('prefers short queues: queues 0 5 5 5 give weights 6 : 1 : 1 : 1', () => {
    const { counts } = countDraws(builtin(), allUp(4), snapshot([0, 5, 5, 5]), 9000);
    expect(counts[0]).toBeGreaterThan(5700); // expected 6000
    expect(counts[0]).toBeLessThan(6300);
    for (const c of counts.slice(1)) {
      expect(c).toBeGreaterThan(800); // expected 1000 each
      expect(c).toBeLessThan(1200);
    }
  });

  it('is uniform when queues are equal', () => {
    const { counts } = countDraws(builtin(), allUp(4), snapshot([3, 3, 3, 3]), 8000);
    for (const c of counts) {
      expect(c).toBeGreaterThan(1800); // expected 2000 each
      expect(c).toBeLessThan(2200);
    }
  });
});

describe('builtin partitioner: availability', () => {
  it('never draws a partition without a leader while another one has a leader', () => {
    const view = { ...allUp(4), available: [true, false, true, false] };
    const { counts } = countDraws(builtin({ adaptive: false }), view, null, 2000);
    expect(counts[1]).toBe(0);
    expect(counts[3]).toBe(0);
    expect(counts[0]! + counts[2]!).toBe(2000);
    expect(Math.min(counts[0]!, counts[2]!)).toBeGreaterThan(800);
  });

  it('draws from all partitions when none has a leader', () => {
    const view = { ...allUp(3), available: [false, false, false] };
    const { counts } = countDraws(builtin({ adaptive: false }), view, null, 3000);
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

describe('builtin partitioner: checkpointing', () => {
  it('resumes identically from a JSON copy of its state and rng', () => {
    const acc = createFakeAccumulator(builtin(), 5, 11);
    sendUnkeyed(acc, 37, 130);
    refreshLoadStats(acc.state, acc.cfg, snapshot([1, 0, 2, 1, 0]));
    const copy = JSON.parse(JSON.stringify(acc)) as typeof acc;
    expect(sendUnkeyed(copy, 200, 130)).toEqual(sendUnkeyed(acc, 200, 130));
  });
});
