/**
 * The one bridge between the engine and React: a vanilla zustand store per visualiser instance.
 * It owns the simulation, exposes its snapshot, and offers playback and interventions.
 * The engine state is mutated in place by `advance`; React sees a fresh snapshot after each change.
 */
import { createStore } from 'zustand/vanilla';
import {
  ActionError,
  advanceRecorded,
  applyDue,
  createTimeline,
  intervene,
  nextEventTime,
  recordedScenario,
  restoreNear,
  restorePointFor,
  snapshot,
  type Action,
  type DiscardedFuture,
  type Scenario,
  type SimEvent,
  type SimSnapshot,
  type SimState,
  type Timeline,
} from '../engine';
import { countersOf, sampleBetween, SAMPLE_MS, type Counters, type MetricsSample } from './metrics';
import { forgetAfter, recordSample, windowEndingAt } from './metricsHistory';
import type { Lang } from '../i18n/types';
import { describeRaw, type NarrationEntry } from '../narration/narrate';
import { createNarrationLog } from './narrationLog';
import { forkMessage, startAtZero } from './simStart';
import { noticeText, refusalOf, type NoticeContent } from './noticeText';

const noticeOf = (lang: Lang, content: NoticeContent) => ({ content, text: noticeText(lang, content) });

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 10;
const RECENT_EVENTS = 400;

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  /** The text in the language of the moment it was shown (the view re-translates `content`). */
  text: string;
  content: NoticeContent;
}

/** Where a step back lands when no recent event is known: this far before now. */
const STEP_BACK_FALLBACK_MS = 100;

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
  /** The furthest simulated time reached: the scrubber runs from 0 to here. */
  horizon: number;
  /** Simulated times of the interventions recorded so far (marks on the scrubber). */
  recordedTimes: number[];
  /** Embeds can forbid interventions: the picture plays, the settings stay as authored. */
  readOnly: boolean;
  /** When set, playback jumps back to this time on reaching the scenario's duration. */
  loopFromMs: number | null;
  /** The last future a fork discarded; while set, undoFork() can bring it back. */
  lastFork: DiscardedFuture | null;
  /** Which dialog is open over this visualiser, if any. */
  dialog: 'shortcuts' | 'share' | 'course' | 'restart' | 'glossary' | null;
  /** "What just happened": the most recent narration entries, oldest first. */
  narration: NarrationEntry[];
  /** What the last step() did (its narration, else a plain description of its raw events). */
  lastStep: NarrationEntry[] | null;

  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  /** Advances simulated time by `ms` (the driver calls this every frame while playing). */
  advanceBy(ms: number): void;
  /** Jumps to the next thing that happens. */
  step(): void;
  /** Goes back to the latest moment before now when something happened. */
  stepBack(): void;
  /** Travels to simulated time `ms` (restores a checkpoint, then re-simulates to it). */
  seek(ms: number): void;
  /** The scenario with every recorded intervention in its timeline (for export and sharing). */
  recordedScenario(): Scenario;
  setLoop(fromMs: number | null): void;
  openDialog(dialog: KafkaStoreState['dialog']): void;
  /** Applies an intervention; invalid ones become an error notice and change nothing. */
  act(action: Action): boolean;
  loadScenario(id: string, scenario: Scenario): void;
  /** Takes back the intervention that forked the timeline and restores the future it discarded. */
  undoFork(): void;
  restart(): void;
  setLang(lang: Lang): void;
  /** Shows a notice: finished text, or a message key / engine refusal translated when shown. */
  notify(kind: Notice['kind'], content: string | NoticeContent): void;
  dismissNotice(id: number): void;
  selectPartition(partition: number | null): void;
  /** Calls `listener` with the events of every change (for lessons); returns the unsubscribe. */
  onEvents(listener: (events: readonly SimEvent[]) => void): () => void;
}

export type KafkaStore = ReturnType<typeof createKafkaStore>;

export interface StoreOptions {
  scenarioId: string;
  scenario: Scenario;
  lang: Lang;
  speed?: number;
  readOnly?: boolean;
}

export function createKafkaStore(options: StoreOptions) {
  // Not part of React state: the engine mutates it in place and we publish snapshots of it.
  const narration = createNarrationLog();
  let sim: SimState = startAtZero(options.scenario, narration);
  let timeline: Timeline = createTimeline(sim);
  let counters: Counters = countersOf(snapshot(sim));
  let history: MetricsSample[] = [];
  let noticeId = 0;
  const eventListeners = new Set<(events: readonly SimEvent[]) => void>();
  /** What a fork replaced: the recorded interventions and horizon before it (cleared by the next change). */
  let beforeFork: { recorded: Timeline['recorded']; horizon: number } | null = null;

  return createStore<KafkaStoreState>()((set, get) => {
    /** Advances in slices that end on sample boundaries, so charts get evenly spaced samples. */
    const run = (ms: number) => {
      const events: SimEvent[] = [];
      // Listeners (lessons) see every event; the recent window below is trimmed.
      const all: SimEvent[] | null = eventListeners.size ? [] : null;
      const added: NarrationEntry[] = [];
      // Timeline actions the state no longer allows were skipped; each becomes a notice.
      const refused: Extract<SimEvent, { type: 'ActionRefused' }>[] = [];
      let left = Math.floor(ms);
      while (left > 0) {
        const toBoundary = SAMPLE_MS - (sim.now % SAMPLE_MS);
        const slice = Math.min(left, toBoundary);
        const produced = advanceRecorded(timeline, sim, slice);
        for (const e of produced) events.push(e);
        if (all) for (const e of produced) all.push(e);
        for (const e of produced) if (e.type === 'ActionRefused') refused.push(e);
        for (const e of narration.append(produced, sim)) if (added.length < 50) added.push(e);
        narration.mark(sim.now, timeline.checkpoints);
        left -= slice;
        if (sim.now % SAMPLE_MS === 0) {
          const snap = snapshot(sim);
          const next = countersOf(snap);
          recordSample(history, sampleBetween(counters, next, snap));
          counters = next;
        }
        if (events.length > 4 * RECENT_EVENTS) events.splice(0, events.length - RECENT_EVENTS);
      }
      publish(events, false, all ?? events);
      for (const e of refused) get().notify('error', refusalOf(e));
      return { events, added };
    };

    /** `fresh`: events not yet narrated; `heard`: what event listeners get (every event of the change). */
    const publish = (events: SimEvent[], fresh = true, heard: readonly SimEvent[] = events) => {
      if (fresh) narration.append(events, sim);
      const recent = get().recent.concat(events.slice(-RECENT_EVENTS));
      set({
        // Structural sharing: unchanged partitions, members… keep their identity, so views skip them.
        snap: snapshot(sim, get().snap),
        recent: recent.slice(-RECENT_EVENTS),
        series: windowEndingAt(history, sim.now),
        horizon: timeline.horizon,
        recordedTimes: timeline.recorded.map((r) => r.atMs),
        narration: narration.entries(),
        lastStep: null,
      });
      for (const listener of eventListeners) listener(heard);
    };

    const seekTo = (ms: number) => {
      const target = Math.max(0, Math.floor(ms));
      // Going forward from here is no more work than from the checkpoint (keeps a forward drag cheap).
      if (target < sim.now || sim.now < restorePointFor(timeline, target)) {
        sim = restoreNear(timeline, target);
        narration.restore(sim.now);
        counters = countersOf(snapshot(sim));
        // Checkpoints sit on sample boundaries, so re-simulating regenerates the same samples.
        set({ recent: [] });
      }
      run(target - sim.now);
      const due: SimEvent[] = [];
      applyDue(timeline, sim, due);
      publish(due);
      for (const e of due) if (e.type === 'ActionRefused') get().notify('error', refusalOf(e));
    };

    const reset = (scenario: Scenario) => {
      beforeFork = null;
      sim = startAtZero(scenario, narration);
      timeline = createTimeline(sim);
      counters = countersOf(snapshot(sim));
      history = [];
      set({ snap: snapshot(sim), recent: [], series: [], horizon: 0, recordedTimes: [], lastFork: null });
      set({ narration: narration.entries(), lastStep: null });
    };

    const announceFork = (fork: DiscardedFuture) => {
      forgetAfter(history, fork.fromMs);
      set({ lastFork: fork, series: windowEndingAt(history, sim.now) });
      get().notify('info', forkMessage(get().lang, fork));
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
      horizon: 0,
      recordedTimes: [],
      readOnly: options.readOnly ?? false,
      loopFromMs: null,
      lastFork: null,
      dialog: null,
      narration: narration.entries(),
      lastStep: null,

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      togglePlay: () => set({ playing: !get().playing }),
      setSpeed: (speed) => set({ speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) }),
      advanceBy: (ms) => {
        const { loopFromMs, scenario } = get();
        if (loopFromMs !== null && sim.now + ms >= scenario.durationMs) seekTo(loopFromMs);
        else if (ms >= 1) run(ms);
      },
      step: () => {
        const next = nextEventTime(sim);
        const { events, added } = run(Math.max(1, (next ?? sim.now + 1) - sim.now));
        set({ lastStep: added.length > 0 ? added : describeRaw(events) });
      },
      stepBack: () => {
        const recent = get().recent;
        let target = sim.now - STEP_BACK_FALLBACK_MS;
        for (let i = recent.length - 1; i >= 0; i--) {
          if (recent[i]!.at < sim.now) {
            target = recent[i]!.at;
            break;
          }
        }
        if (sim.now > 0) seekTo(target);
      },
      seek: (ms) => seekTo(ms),
      recordedScenario: () => recordedScenario(get().scenario, timeline),
      setLoop: (loopFromMs) => set({ loopFromMs }),
      openDialog: (dialog) => set({ dialog }),
      act: (action) => {
        if (get().readOnly) {
          get().notify('error', { key: 'timeline.readOnly' });
          return false;
        }
        try {
          const before = { recorded: [...timeline.recorded], horizon: timeline.horizon };
          const { events, discarded } = intervene(timeline, sim, action);
          beforeFork = discarded ? before : null;
          if (!discarded && get().lastFork) set({ lastFork: null });
          publish(events);
          if (discarded) announceFork(discarded);
          return true;
        } catch (e) {
          if (!(e instanceof ActionError)) throw e;
          get().notify('error', { refusal: { code: e.code, params: e.params } });
          return false;
        }
      },
      loadScenario: (scenarioId, scenario) => {
        set({ scenarioId, scenario, playing: false });
        reset(scenario);
      },
      restart: () => reset(get().scenario),
      undoFork: () => {
        if (!beforeFork) return;
        const at = sim.now;
        timeline.recorded = beforeFork.recorded;
        timeline.horizon = beforeFork.horizon;
        beforeFork = null;
        // Re-simulate to the same moment without the forking change (checkpoints up to now are valid).
        sim = restoreNear(timeline, at);
        narration.restore(sim.now);
        counters = countersOf(snapshot(sim));
        set({ recent: [], lastFork: null });
        seekTo(at);
        get().notify('info', { key: 'timeline.forkUndone' });
      },
      setLang: (lang) => set({ lang }),
      notify: (kind, content) => {
        const notice: Notice = {
          id: ++noticeId,
          kind,
          ...noticeOf(get().lang, typeof content === 'string' ? { text: content } : content),
        };
        set({ notices: [...get().notices.slice(-3), notice] });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
      selectPartition: (selectedPartition) => set({ selectedPartition }),
      onEvents: (listener) => (eventListeners.add(listener), () => eventListeners.delete(listener)),
    };
  });
}
