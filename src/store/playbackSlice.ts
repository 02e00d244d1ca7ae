/** Playback slice: play/pause, speed, stepping to the next event, and the loop at the scenario's end. */
import { nextEventTime } from '../engine';
import { describeRaw } from '../narration/narrate';
import type { SimRuntime } from './simRuntime';
import type { PlaybackSlice, StoreGet, StoreOptions, StoreSet } from './storeTypes';

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 10;

export function createPlaybackSlice(
  set: StoreSet,
  get: StoreGet,
  rt: SimRuntime,
  options: StoreOptions,
): PlaybackSlice {
  return {
    playing: false,
    speed: options.speed ?? 0.25,
    loopFromMs: null,

    play: () => set({ playing: true }),
    pause: () => {
      set({ playing: false });
      rt.catchUp();
    },
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    setSpeed: (speed) => set({ speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) }),
    advanceBy: (ms, publish) => {
      const { loopFromMs, scenario } = get();
      if (loopFromMs !== null && rt.sim.now + ms >= scenario.durationMs) rt.seekTo(loopFromMs);
      else if (ms >= 1) rt.run(ms, publish === 'live');
    },
    step: () => {
      const next = nextEventTime(rt.sim);
      const { events, added } = rt.run(Math.max(1, (next ?? rt.sim.now + 1) - rt.sim.now));
      set({ lastStep: added.length > 0 ? added : describeRaw(events) });
    },
    setLoop: (loopFromMs) => set({ loopFromMs }),
  };
}
