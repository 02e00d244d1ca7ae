/**
 * Checkpoints of the whole simulation state, kept as JSON text (the state is plain data, PRNG included,
 * so parsing one back resumes byte-identically). Bounded in number and size: when over a bound, the
 * checkpoint whose neighbours lie closest together goes first, which leaves them dense near the
 * present and sparse in the old past (a far seek then re-simulates a little longer).
 */
import type { SimState } from '../model/state';

export interface Checkpoint {
  /** Simulated time of the saved state. */
  at: number;
  /** How many recorded interventions the saved state already contains. */
  applied: number;
  state: string;
  /** Memory the text takes (`textBytes`). */
  bytes: number;
}

export interface CheckpointLimits {
  /** Simulated ms between checkpoints (a multiple of the store's metric sample period). */
  intervalMs: number;
  maxCount: number;
  /** Upper bound on the memory of the saved JSON texts, in bytes (see `textBytes`). */
  maxBytes: number;
}

/**
 * ~100 checkpoints keep a seek into a 10-minute past under a few simulated seconds of re-simulation.
 * Every 5 s, not every second: saving is one JSON.stringify of the whole state (~0.5 MB for
 * classroom-scale: 3.5–5 ms in Chromium, 10–25 ms while the scenario's Korean text was in it), which at
 * 10× every second took a third of the browser's CPU; the store widens the interval further at high
 * speed (store/checkpointPace.ts). At most 8 MB of text (about 16 checkpoints of classroom-scale): the
 * checkpoints are a cache, and a budget it reaches within a few minutes keeps the page's memory flat
 * over an hour-long lesson (docs/performance.md).
 */
export const DEFAULT_LIMITS: CheckpointLimits = { intervalMs: 5000, maxCount: 100, maxBytes: 8_000_000 };

/**
 * Bytes a string takes in a JavaScript engine: one per character while every character is Latin-1, two
 * once any is not — one Korean record key makes a whole checkpoint text two-byte (the scenario's Korean
 * text is kept out of them, `CheckpointStore.scenario`).
 */
export function textBytes(text: string): number {
  return /[\u0100-\uffff]/.test(text) ? 2 * text.length : text.length;
}

export interface CheckpointStore {
  limits: CheckpointLimits;
  list: Checkpoint[];
  bytes: number;
  /**
   * The run's scenario as JSON, kept once instead of in every checkpoint: the engine never changes it
   * during a run, and its Korean title and description made every checkpoint text two-byte, which
   * Chromium writes 3–5 times slower (10–25 ms instead of 3.5–5 for classroom-scale, measured in the page).
   */
  scenario: string;
}

export function createCheckpoints(sim: SimState, limits: CheckpointLimits = DEFAULT_LIMITS): CheckpointStore {
  const store: CheckpointStore = {
    limits: { ...limits, maxCount: Math.max(3, limits.maxCount) },
    list: [],
    bytes: 0,
    scenario: JSON.stringify(sim.scenario),
  };
  saveCheckpoint(store, sim, 0);
  return store;
}

/** Saves the state as the newest checkpoint, then thins the list back within its limits. */
export function saveCheckpoint(store: CheckpointStore, sim: SimState, applied: number): void {
  // The scenario's place is kept (key order, so a restored state writes the same JSON) with a stand-in.
  const state = JSON.stringify({ ...sim, scenario: 0 });
  const bytes = textBytes(state);
  store.list.push({ at: sim.now, applied, state, bytes });
  store.bytes += bytes;
  thin(store);
}

function thin(store: CheckpointStore): void {
  const { list, limits } = store;
  while (list.length > 2 && (list.length > limits.maxCount || store.bytes > limits.maxBytes)) {
    // Never the first (time 0: every seek can start there) nor the newest (the live edge).
    let drop = 1;
    for (let i = 2; i < list.length - 1; i++) {
      if (list[i + 1]!.at - list[i - 1]!.at < list[drop + 1]!.at - list[drop - 1]!.at) drop = i;
    }
    store.bytes -= list[drop]!.bytes;
    list.splice(drop, 1);
  }
}

/** The latest checkpoint at or before `at` (the one at time 0 always qualifies). */
export function checkpointAtOrBefore(store: CheckpointStore, at: number): Checkpoint {
  let found = store.list[0]!;
  for (const c of store.list) if (c.at <= at) found = c;
  return found;
}

/** Forgets checkpoints after `at` (their future was discarded by a fork). */
export function dropCheckpointsAfter(store: CheckpointStore, at: number): void {
  const keep = store.list.filter((c) => c.at <= at);
  store.bytes = keep.reduce((n, c) => n + c.bytes, 0);
  store.list = keep;
}

export function restoreCheckpoint(store: CheckpointStore, c: Checkpoint): SimState {
  const sim = JSON.parse(c.state) as SimState;
  sim.scenario = JSON.parse(store.scenario) as SimState['scenario'];
  return sim;
}
