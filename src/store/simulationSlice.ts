/**
 * Simulation slice: the scenario, its published read model (snapshot, recent events, metric series,
 * narration) and the interventions that change it. The engine state itself lives in `SimRuntime`.
 */
import { ActionError, intervene, liveOf, snapshot } from '../engine';
import type { SimRuntime } from './simRuntime';
import type { SimulationSlice, StoreGet, StoreOptions, StoreSet } from './storeTypes';

export function createSimulationSlice(
  set: StoreSet,
  get: StoreGet,
  rt: SimRuntime,
  options: StoreOptions,
): SimulationSlice {
  const snap = snapshot(rt.sim);
  return {
    scenarioId: options.scenarioId,
    scenario: options.scenario,
    snap,
    live: liveOf(snap),
    recent: [],
    series: [],
    narration: rt.narration.entries(),
    lastStep: null,
    readOnly: options.readOnly ?? false,

    act: (action) => {
      if (get().readOnly) {
        get().notify('error', { key: 'timeline.readOnly' });
        return false;
      }
      try {
        const before = { recorded: [...rt.timeline.recorded], horizon: rt.timeline.horizon };
        const { events, discarded } = intervene(rt.timeline, rt.sim, action);
        rt.beforeFork = discarded ? before : null;
        if (!discarded && get().lastFork) set({ lastFork: null });
        rt.publish(events);
        if (discarded) rt.announceFork(discarded);
        return true;
      } catch (e) {
        if (!(e instanceof ActionError)) throw e;
        get().notify('error', { refusal: { code: e.code, params: e.params } });
        return false;
      }
    },
    loadScenario: (scenarioId, scenario) => {
      // A producer picked in the previous scenario means nothing in this one.
      set({ scenarioId, scenario, playing: false, selectedProducer: null });
      rt.reset(scenario);
    },
    restart: () => rt.reset(get().scenario),
    onEvents: (listener) => (rt.eventListeners.add(listener), () => rt.eventListeners.delete(listener)),
    catchUp: () => rt.catchUp(),
  };
}
