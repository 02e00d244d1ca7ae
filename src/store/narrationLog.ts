/**
 * The store's narration log: the last NARRATION_LIMIT sentences, appended from the events of every
 * advance and intervention. Time travel must not duplicate them, so the narrator's memory and the
 * number of entries so far are saved at each simulation checkpoint; restoring a checkpoint restores
 * both and drops the entries appended after it, before the store re-simulates.
 */
import type { CheckpointStore, SimEvent, SimState } from '../engine';
import { createMemory, narrate, type NarrationEntry, type NarrationMemory } from '../narration/narrate';

export const NARRATION_LIMIT = 300;

interface Saved {
  memory: string;
  /** Entries appended since the reset when the checkpoint was taken. */
  total: number;
}

export interface NarrationLog {
  /** Narrates and appends `events`; returns the new entries. */
  append(events: readonly SimEvent[], sim: SimState): NarrationEntry[];
  /** The log, oldest first (a new array after every change). */
  entries(): NarrationEntry[];
  /**
   * Remembers the narrator's state at `at` when it is a checkpoint boundary of `checkpoints` (always
   * without them); forgets the saves of checkpoints the timeline has thinned out.
   */
  mark(at: number, checkpoints?: Pick<CheckpointStore, 'limits' | 'list'>): void;
  /** Back to the state saved at checkpoint `at` (or the latest before it): later entries are dropped. */
  restore(at: number): void;
  /** Clears everything (restart, new scenario). */
  reset(): void;
}

export function createNarrationLog(limit = NARRATION_LIMIT): NarrationLog {
  let memory: NarrationMemory = createMemory();
  let log: NarrationEntry[] = [];
  let total = 0;
  const saved = new Map<number, Saved>();
  /** Entries a step back dropped, from index `futureStart`: re-simulation regenerates the same ones. */
  let future: NarrationEntry[] = [];
  let futureStart = 0;

  return {
    append(events, sim) {
      if (events.length === 0) return [];
      const added = narrate(events, memory, sim);
      if (added.length === 0) return added;
      // Re-simulating the known future consumes it; anything different (a fork) forgets it.
      const same =
        futureStart === total &&
        added.every((e, i) => JSON.stringify(e) === JSON.stringify(future[i] ?? null));
      future = same ? future.slice(added.length) : [];
      futureStart = total + added.length;
      total += added.length;
      log = log.concat(added);
      if (log.length > limit) log = log.slice(log.length - limit);
      return added;
    },
    entries: () => log,
    mark(at, checkpoints) {
      if (checkpoints && at % checkpoints.limits.intervalMs !== 0) return;
      saved.set(at, { memory: JSON.stringify(memory), total });
      if (checkpoints && saved.size > 2 * checkpoints.list.length) {
        const keep = new Set(checkpoints.list.map((c) => c.at));
        for (const t of saved.keys()) if (!keep.has(t)) saved.delete(t);
      }
    },
    restore(at) {
      let best: { at: number; s: Saved } | null = null;
      for (const [t, s] of saved) if (t <= at && (!best || t > best.at)) best = { at: t, s };
      const target = best ? best.s.total : 0;
      memory = best ? (JSON.parse(best.s.memory) as NarrationMemory) : createMemory();
      if (target < total) {
        // Back: the dropped tail becomes the known future (a later forward jump takes it back).
        const drop = total - target;
        const tail = log.slice(Math.max(0, log.length - drop));
        future = tail.length === drop && futureStart === total ? tail.concat(future) : tail;
        futureStart = total - tail.length;
        log = log.slice(0, log.length - tail.length);
      } else if (target > total) {
        // Forward past entries never narrated here: take them from the known future when it fits.
        const gap = target - total;
        if (futureStart === total && future.length >= gap) log = log.concat(future.slice(0, gap));
        future = futureStart === total ? future.slice(gap) : [];
        futureStart = target;
        if (log.length > limit) log = log.slice(log.length - limit);
      }
      total = target;
    },
    reset() {
      memory = createMemory();
      log = [];
      total = 0;
      saved.clear();
      future = [];
      futureStart = 0;
    },
  };
}
