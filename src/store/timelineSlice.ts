/** Timeline slice: the scrubber's range and marks, seeking, stepping back, undoing a fork. */
import { recordedScenario } from '../engine';
import type { SimRuntime } from './simRuntime';
import type { StoreGet, StoreSet, TimelineSlice } from './storeTypes';

/** Where a step back lands when no recent event is known: this far before now. */
const STEP_BACK_FALLBACK_MS = 100;

export function createTimelineSlice(set: StoreSet, get: StoreGet, rt: SimRuntime): TimelineSlice {
  return {
    horizon: 0,
    recordedTimes: [],
    lastFork: null,

    stepBack: () => {
      rt.catchUp(); // `recent` must hold the latest events
      const recent = get().recent;
      const now = rt.sim.now;
      let target = now - STEP_BACK_FALLBACK_MS;
      for (let i = recent.length - 1; i >= 0; i--) {
        if (recent[i]!.at < now) {
          target = recent[i]!.at;
          break;
        }
      }
      if (now > 0) rt.seekTo(target);
    },
    seek: (ms) => rt.seekTo(ms),
    recordedScenario: () => recordedScenario(get().scenario, rt.timeline),
    undoFork: () => {
      const before = rt.beforeFork;
      if (!before) return;
      const at = rt.sim.now;
      rt.timeline.recorded = before.recorded;
      rt.timeline.horizon = before.horizon;
      rt.beforeFork = null;
      // Re-simulate to the same moment without the forking change (checkpoints up to now are valid).
      rt.restoreBefore(at);
      set({ recent: [], lastFork: null });
      rt.seekTo(at);
      get().notify('info', { key: 'timeline.forkUndone' });
    },
  };
}
