/**
 * Time travel (after RaftScope's state.js): checkpoints, seek and fork over one simulation.
 * Interventions a user makes are recorded with their simulated time; re-simulating from a checkpoint
 * applies them again at the same moments, so seeking back then forward reproduces the same state and
 * events. An intervention made in the past forks: the recorded future after it is discarded.
 */
import { applyAction, applyScheduled } from '../actions/apply';
import type { Action } from '../actions/types';
import type { SimEvent } from '../events/types';
import type { Scenario, TimelineEntry } from '../model/scenario';
import type { SimState } from '../model/state';
import { clonePlain } from '../core/clone';
import { advance } from '../simulation';
import {
  checkpointAtOrBefore,
  createCheckpoints,
  dropCheckpointsAfter,
  restoreCheckpoint,
  saveCheckpoint,
  type CheckpointLimits,
  type CheckpointStore,
  DEFAULT_LIMITS,
} from './checkpoints';
export { textBytes } from './checkpoints';

/** The checkpoint interval a new timeline starts with (simulated ms; the store widens it at high speed). */
export const DEFAULT_CHECKPOINT_INTERVAL_MS = DEFAULT_LIMITS.intervalMs;

/**
 * Changes how far apart future checkpoints are saved (existing ones stay). A positive multiple of the
 * default, so checkpoints keep landing on the same boundaries the store samples metrics on.
 */
export function setCheckpointInterval(tl: Timeline, intervalMs: number): void {
  if (!(intervalMs > 0 && intervalMs % DEFAULT_LIMITS.intervalMs === 0))
    throw new RangeError(
      `checkpoint interval ${intervalMs} ms is not a multiple of ${DEFAULT_LIMITS.intervalMs} ms`,
    );
  tl.checkpoints.limits.intervalMs = intervalMs;
}

export interface Timeline {
  checkpoints: CheckpointStore;
  /** Interventions made through the UI, in the order made (so by time too). */
  recorded: TimelineEntry[];
  /** How many of `recorded` the current state contains. */
  applied: number;
  /** The furthest simulated time reached: the known future runs up to here. */
  horizon: number;
}

/** What a fork threw away, for the notice that announces it. */
export interface DiscardedFuture {
  fromMs: number;
  toMs: number;
  interventions: number;
}

/** Starts a timeline for a freshly created simulation (time 0). */
export function createTimeline(sim: SimState, limits?: CheckpointLimits): Timeline {
  return { checkpoints: createCheckpoints(sim, limits), recorded: [], applied: 0, horizon: sim.now };
}

/** Applies the recorded interventions due by now that the state does not yet contain. */
export function applyDue(tl: Timeline, sim: SimState, out: SimEvent[]): void {
  for (let next = tl.recorded[tl.applied]; next && next.atMs <= sim.now; next = tl.recorded[tl.applied]) {
    const { atMs: _atMs, ...action } = next;
    for (const e of applyScheduled(sim, action as Action, advance)) out.push(e);
    tl.applied++;
  }
}

/**
 * Advances `sim` by `ms`, applying recorded interventions at their times and saving a checkpoint at
 * each interval boundary beyond the newest one. Returns the events, like `advance`.
 */
export function advanceRecorded(tl: Timeline, sim: SimState, ms: number): SimEvent[] {
  const out: SimEvent[] = [];
  const target = sim.now + Math.floor(ms);
  const { intervalMs } = tl.checkpoints.limits;
  applyDue(tl, sim, out);
  while (sim.now < target) {
    const boundary = (Math.floor(sim.now / intervalMs) + 1) * intervalMs;
    const pending = tl.recorded[tl.applied]?.atMs ?? Infinity;
    const stop = Math.min(target, boundary, pending);
    for (const e of advance(sim, stop - sim.now)) out.push(e);
    // Clicks due exactly at the target wait for the next call, as a live click comes after the frame.
    if (sim.now < target) applyDue(tl, sim, out);
    const newest = tl.checkpoints.list[tl.checkpoints.list.length - 1]!;
    if (sim.now % intervalMs === 0 && sim.now > newest.at) saveCheckpoint(tl.checkpoints, sim, tl.applied);
  }
  tl.horizon = Math.max(tl.horizon, sim.now);
  return out;
}

/**
 * Restores the nearest checkpoint at or before `target`. The caller then advances (with
 * `advanceRecorded`) by `target - sim.now` to land exactly on `target`.
 */
export function restoreNear(tl: Timeline, target: number): SimState {
  const c = checkpointAtOrBefore(tl.checkpoints, Math.max(0, target));
  tl.applied = c.applied;
  return restoreCheckpoint(tl.checkpoints, c);
}

/** Time of the checkpoint a seek to `target` would restore (a caller already past it can just advance). */
export function restorePointFor(tl: Timeline, target: number): number {
  return checkpointAtOrBefore(tl.checkpoints, Math.max(0, target)).at;
}

/** Seeks to `target` in one call (restore + re-simulate); returns the new state and the replayed events. */
export function seek(tl: Timeline, target: number): { sim: SimState; events: SimEvent[] } {
  const sim = restoreNear(tl, target);
  const events = advanceRecorded(tl, sim, Math.max(0, target) - sim.now);
  applyDue(tl, sim, events);
  return { sim, events };
}

/**
 * Applies a user's intervention now and records it. If the present lies before the horizon, the
 * recorded future is discarded first and described in the result. Throws ActionError (nothing changes)
 * when the action is invalid.
 */
export function intervene(
  tl: Timeline,
  sim: SimState,
  action: Action,
): { events: SimEvent[]; discarded: DiscardedFuture | null } {
  const events: SimEvent[] = [];
  applyDue(tl, sim, events);
  for (const e of applyAction(sim, action, advance)) events.push(e);
  let discarded: DiscardedFuture | null = null;
  if (tl.horizon > sim.now) {
    discarded = { fromMs: sim.now, toMs: tl.horizon, interventions: tl.recorded.length - tl.applied };
    tl.recorded.length = tl.applied;
    dropCheckpointsAfter(tl.checkpoints, sim.now);
    tl.horizon = sim.now;
  }
  tl.recorded.push({ atMs: sim.now, ...action } as TimelineEntry);
  tl.applied++;
  return { events, discarded };
}

/**
 * The scenario with the recorded interventions added to its timeline, so a rehearsed demo can be
 * exported, shared and replayed exactly (timeline actions apply after everything else due in their
 * millisecond, as a click does).
 */
export function recordedScenario(base: Scenario, tl: Timeline): Scenario {
  const timeline = [...base.timeline, ...tl.recorded].map((entry, order) => ({ entry, order }));
  timeline.sort((a, b) => a.entry.atMs - b.entry.atMs || a.order - b.order);
  return { ...clonePlain(base), timeline: timeline.map((x) => clonePlain(x.entry)) };
}

export type { Checkpoint, CheckpointLimits, CheckpointStore } from './checkpoints';
