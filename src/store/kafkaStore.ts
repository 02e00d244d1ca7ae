/**
 * The one bridge between the engine and React: a vanilla zustand store per visualiser instance.
 * It owns the simulation, exposes its snapshot, and offers playback and interventions.
 * The engine state is mutated in place by `advance`; React sees a fresh snapshot after each change.
 */
import { createStore } from 'zustand/vanilla';
import {
  ActionError,
  advance,
  apply,
  createSimulation,
  nextEventTime,
  snapshot,
  type Action,
  type Scenario,
  type SimEvent,
  type SimSnapshot,
  type SimState,
} from '../engine';
import {
  countersOf,
  sampleBetween,
  SAMPLE_MS,
  WINDOW_SAMPLES,
  type Counters,
  type MetricsSample,
} from './metrics';
import type { Lang } from '../i18n/types';

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 10;
const RECENT_EVENTS = 400;

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface KafkaStoreState {
  scenarioId: string;
  scenario: Scenario;
  snap: SimSnapshot;
  /** The most recent events, oldest first (for the event log and animations). */
  recent: SimEvent[];
  series: MetricsSample[];
  playing: boolean;
  /** Simulated milliseconds per wall millisecond. */
  speed: number;
  lang: Lang;
  notices: Notice[];
  selectedPartition: number | null;

  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  /** Advances simulated time by `ms` (the driver calls this every frame while playing). */
  advanceBy(ms: number): void;
  /** Jumps to the next thing that happens. */
  step(): void;
  /** Applies an intervention; invalid ones become an error notice and change nothing. */
  act(action: Action): boolean;
  loadScenario(id: string, scenario: Scenario): void;
  restart(): void;
  setLang(lang: Lang): void;
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(id: number): void;
  selectPartition(partition: number | null): void;
}

export type KafkaStore = ReturnType<typeof createKafkaStore>;

export interface StoreOptions {
  scenarioId: string;
  scenario: Scenario;
  lang: Lang;
  speed?: number;
}

export function createKafkaStore(options: StoreOptions) {
  // Not part of React state: the engine mutates it in place and we publish snapshots of it.
  let sim: SimState = createSimulation(options.scenario);
  let counters: Counters = countersOf(snapshot(sim));
  let noticeId = 0;

  return createStore<KafkaStoreState>()((set, get) => {
    /** Advances in slices that end on sample boundaries, so charts get evenly spaced samples. */
    const run = (ms: number) => {
      const events: SimEvent[] = [];
      const series = [...get().series];
      let left = Math.floor(ms);
      while (left > 0) {
        const toBoundary = SAMPLE_MS - (sim.now % SAMPLE_MS);
        const slice = Math.min(left, toBoundary);
        const produced = advance(sim, slice);
        for (const e of produced) events.push(e);
        left -= slice;
        if (sim.now % SAMPLE_MS === 0) {
          const snap = snapshot(sim);
          const next = countersOf(snap);
          series.push(sampleBetween(counters, next, snap));
          counters = next;
          if (series.length > WINDOW_SAMPLES) series.splice(0, series.length - WINDOW_SAMPLES);
        }
        if (events.length > 4 * RECENT_EVENTS) events.splice(0, events.length - RECENT_EVENTS);
      }
      publish(events, series);
    };

    const publish = (events: SimEvent[], series = get().series) => {
      const recent = get().recent.concat(events.slice(-RECENT_EVENTS));
      set({ snap: snapshot(sim), recent: recent.slice(-RECENT_EVENTS), series });
    };

    const reset = (scenario: Scenario) => {
      sim = createSimulation(scenario);
      counters = countersOf(snapshot(sim));
      set({ snap: snapshot(sim), recent: [], series: [] });
    };

    return {
      scenarioId: options.scenarioId,
      scenario: options.scenario,
      snap: snapshot(sim),
      recent: [],
      series: [],
      playing: false,
      speed: options.speed ?? 0.25,
      lang: options.lang,
      notices: [],
      selectedPartition: null,

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      togglePlay: () => set({ playing: !get().playing }),
      setSpeed: (speed) => set({ speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) }),
      advanceBy: (ms) => {
        if (ms >= 1) run(ms);
      },
      step: () => {
        const next = nextEventTime(sim);
        run(Math.max(1, (next ?? sim.now + 1) - sim.now));
      },
      act: (action) => {
        try {
          const events = apply(sim, action);
          publish(events);
          return true;
        } catch (e) {
          if (!(e instanceof ActionError)) throw e;
          get().notify('error', e.message);
          return false;
        }
      },
      loadScenario: (scenarioId, scenario) => {
        set({ scenarioId, scenario, playing: false });
        reset(scenario);
      },
      restart: () => reset(get().scenario),
      setLang: (lang) => set({ lang }),
      notify: (kind, text) => {
        const notice = { id: ++noticeId, kind, text };
        set({ notices: [...get().notices.slice(-3), notice] });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
      selectPartition: (selectedPartition) => set({ selectedPartition }),
    };
  });
}
