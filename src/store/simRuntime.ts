/**
 * The part of the store that is not React state: the `SimState` the engine mutates in place, its
 * timeline (checkpoints, recorded interventions), metric counters and history, the narration log and
 * the event listeners. Every slice works through this one object; `publish` turns it into state
 * (`publishLive` only its moving part, on the driver's frames between two read models).
 */
import {
  advanceRecorded,
  applyDue,
  createTimeline,
  liveOf,
  liveView,
  metricReadings,
  restoreNear,
  restorePointFor,
  setCheckpointInterval,
  snapshot,
  type DiscardedFuture,
  type Scenario,
  type SimEvent,
  type SimState,
  type Timeline,
} from '../engine';
import { checkpointIntervalFor } from './checkpointPace';
import { countersOf, sampleBetween, SAMPLE_MS, type Counters, type MetricsSample } from './metrics';
import { forgetAfter, recordSample, windowEndingAt } from './metricsHistory';
import type { NarrationEntry } from '../narration/narrate';
import { createNarrationLog } from './narrationLog';
import { refusalOf } from './noticeText';
import { forkMessage, startAtZero } from './simStart';
import type { StoreGet, StoreSet } from './storeTypes';

const RECENT_EVENTS = 400;

export type SimRuntime = ReturnType<typeof createSimRuntime>;

export function createSimRuntime(scenario: Scenario, set: StoreSet, get: StoreGet) {
  const narration = createNarrationLog();
  const rt = {
    narration,
    sim: startAtZero(scenario, narration) as SimState,
    timeline: null as unknown as Timeline,
    counters: null as unknown as Counters,
    history: [] as MetricsSample[],
    eventListeners: new Set<(events: readonly SimEvent[]) => void>(),
    /** What a fork replaced: the recorded interventions and horizon before it (cleared by the next change). */
    beforeFork: null as { recorded: Timeline['recorded']; horizon: number } | null,
    /** Events simulated since `snap` was last published (they join `recent` with the next one). */
    unpublished: [] as SimEvent[],

    /**
     * Advances in slices that end on sample boundaries, so charts get evenly spaced samples.
     * `liveOnly`: publish only what moves (the driver's frames between two read models).
     */
    run(ms: number, liveOnly = false) {
      const events: SimEvent[] = [];
      // Listeners (lessons) see every event; the recent window below is trimmed.
      const all: SimEvent[] | null = rt.eventListeners.size ? [] : null;
      const added: NarrationEntry[] = [];
      // Timeline actions the state no longer allows were skipped; each becomes a notice.
      const refused: Extract<SimEvent, { type: 'ActionRefused' }>[] = [];
      let left = Math.floor(ms);
      setCheckpointInterval(rt.timeline, checkpointIntervalFor(get().speed));
      while (left > 0) {
        const sim = rt.sim;
        const toBoundary = SAMPLE_MS - (sim.now % SAMPLE_MS);
        const slice = Math.min(left, toBoundary);
        const produced = advanceRecorded(rt.timeline, sim, slice);
        for (const e of produced) events.push(e);
        if (all) for (const e of produced) all.push(e);
        for (const e of produced) if (e.type === 'ActionRefused') refused.push(e);
        for (const e of narration.append(produced, sim)) if (added.length < 50) added.push(e);
        narration.mark(sim.now, rt.timeline.checkpoints);
        left -= slice;
        if (sim.now % SAMPLE_MS === 0) {
          const readings = metricReadings(sim);
          const next = countersOf(readings);
          recordSample(rt.history, sampleBetween(rt.counters, next, readings));
          rt.counters = next;
        }
        if (events.length > 4 * RECENT_EVENTS) events.splice(0, events.length - RECENT_EVENTS);
      }
      if (liveOnly && refused.length === 0) rt.publishLive(events, all ?? events);
      else rt.publish(events, false, all ?? events);
      for (const e of refused) get().notify('error', refusalOf(e));
      return { events, added };
    },

    /** `fresh`: events not yet narrated; `heard`: what event listeners get (every event of the change). */
    publish(events: SimEvent[], fresh = true, heard: readonly SimEvent[] = events) {
      if (fresh) narration.append(events, rt.sim);
      rt.publishReadModel(events);
      for (const listener of rt.eventListeners) listener(heard);
    },

    /** Publishes only `live`; the rest of the state waits for the next `publishReadModel`. */
    publishLive(events: SimEvent[], heard: readonly SimEvent[]) {
      rt.unpublished = rt.unpublished.concat(events.slice(-RECENT_EVENTS)).slice(-RECENT_EVENTS);
      set({ live: liveView(rt.sim, get().live) });
      for (const listener of rt.eventListeners) listener(heard);
    },

    /** Publishes the read model if only `live` followed the clock since (every other change publishes it). */
    catchUp() {
      if (get().snap.now !== rt.sim.now) rt.publishReadModel([]);
    },

    publishReadModel(events: SimEvent[]) {
      const recent = get().recent.concat(rt.unpublished, events.slice(-RECENT_EVENTS));
      rt.unpublished = [];
      // Structural sharing: unchanged partitions, members… keep their identity, so views skip them.
      const snap = snapshot(rt.sim, get().snap);
      set({
        snap,
        live: liveOf(snap, get().live),
        recent: recent.slice(-RECENT_EVENTS),
        series: windowEndingAt(rt.history, rt.sim.now),
        horizon: rt.timeline.horizon,
        recordedTimes: rt.timeline.recorded.map((r) => r.atMs),
        narration: narration.entries(),
        lastStep: null,
      });
    },

    /** Goes back to the checkpoint at or before `ms` (re-simulating from there is the caller's). */
    restoreBefore(ms: number) {
      rt.sim = restoreNear(rt.timeline, ms);
      rt.unpublished = [];
      narration.restore(rt.sim.now);
      rt.counters = countersOf(metricReadings(rt.sim));
    },

    seekTo(ms: number) {
      const target = Math.max(0, Math.floor(ms));
      // Going forward from here is no more work than from the checkpoint (keeps a forward drag cheap).
      if (target < rt.sim.now || rt.sim.now < restorePointFor(rt.timeline, target)) {
        rt.restoreBefore(target);
        // Checkpoints sit on sample boundaries, so re-simulating regenerates the same samples.
        set({ recent: [] });
      }
      rt.run(target - rt.sim.now);
      const due: SimEvent[] = [];
      applyDue(rt.timeline, rt.sim, due);
      rt.publish(due);
      for (const e of due) if (e.type === 'ActionRefused') get().notify('error', refusalOf(e));
    },

    reset(next: Scenario) {
      rt.beforeFork = null;
      rt.sim = startAtZero(next, narration);
      rt.timeline = createTimeline(rt.sim);
      rt.counters = countersOf(metricReadings(rt.sim));
      rt.history = [];
      rt.unpublished = [];
      const snap = snapshot(rt.sim);
      set({
        snap,
        live: liveOf(snap),
        recent: [],
        series: [],
        horizon: 0,
        recordedTimes: [],
        lastFork: null,
      });
      set({ narration: narration.entries(), lastStep: null });
    },

    announceFork(fork: DiscardedFuture) {
      forgetAfter(rt.history, fork.fromMs);
      set({ lastFork: fork, series: windowEndingAt(rt.history, rt.sim.now) });
      get().notify('info', forkMessage(get().lang, fork));
    },
  };
  rt.timeline = createTimeline(rt.sim);
  rt.counters = countersOf(metricReadings(rt.sim));
  return rt;
}
