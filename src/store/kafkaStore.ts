/**
 * The one bridge between the engine and React: a vanilla zustand store per visualiser instance.
 * It owns the simulation, exposes its snapshot, and offers playback and interventions.
 * The engine state is mutated in place by `advance` (in `SimRuntime`); React sees a fresh read model
 * after each change — while playing, what moves (`live`) every frame and the whole snapshot (`snap`)
 * when the driver says the text is due (store/driver.ts). The state is composed of four slices,
 * each in its own file: simulation (`simulationSlice.ts`), playback (`playbackSlice.ts`), timeline
 * (`timelineSlice.ts`) and UI (`uiSlice.ts`).
 */
import { createStore } from 'zustand/vanilla';
import { createPlaybackSlice } from './playbackSlice';
import { createSimRuntime } from './simRuntime';
import { createSimulationSlice } from './simulationSlice';
import type { KafkaStoreState, StoreOptions } from './storeTypes';
import { createTimelineSlice } from './timelineSlice';
import { createUiSlice } from './uiSlice';

export { MIN_SPEED, MAX_SPEED } from './playbackSlice';
export type { KafkaStoreState, Notice, StoreOptions } from './storeTypes';

export type KafkaStore = ReturnType<typeof createKafkaStore>;

export function createKafkaStore(options: StoreOptions) {
  return createStore<KafkaStoreState>()((set, get) => {
    // Not part of React state: the engine mutates it in place and the slices publish snapshots of it.
    const rt = createSimRuntime(options.scenario, set, get);
    return {
      ...createSimulationSlice(set, get, rt, options),
      ...createPlaybackSlice(set, get, rt, options),
      ...createTimelineSlice(set, get, rt),
      ...createUiSlice(set, get, options),
    };
  });
}
