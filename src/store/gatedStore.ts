/**
 * A read-through view of a Kafka store that passes its changes on at most every `intervalMs` of wall
 * time (0: at once). Panels scrolled out of view and charts subscribe through one, so they update a
 * few times a second instead of every frame; actions are the source's own, so interventions are not
 * delayed. The last change is always delivered (a trailing timer), so nothing stays stale.
 *
 * Where the browser has `requestIdleCallback`, a due update waits for a gap between frames long enough
 * for it (its last cost, re-render included), but no longer than 100 ms (or half the interval): redrawing a
 * whole group panel takes 10–20 ms, which on top of a frame's own work dropped a frame each time.
 *
 * Only the clock's progress is rate-limited: a change that did not move simulated time (an action,
 * a setting, the language, a selection) is passed on at once, so a control inside a gated panel
 * answers its user without delay.
 *
 * A `text` gate (a panel's text, not what moves) ignores changes of `live` alone — the store
 * publishes those every frame while playing — and so wakes only when the read model is republished.
 */
import type { KafkaStore, KafkaStoreState } from './kafkaStore';

export interface GatedStore {
  store: KafkaStore;
  setInterval(ms: number): void;
  /** Starts passing the source's changes on; returns the stop (for an effect, so StrictMode can re-run it). */
  connect(): () => void;
}

/** How long a due delivery may wait for an idle gap: six frames, in which one usually has room. */
const IDLE_WAIT_MS = 100;

/** True when nothing but `live` differs (a frame's motion between two read models). */
function onlyLiveChanged(next: KafkaStoreState, prev: KafkaStoreState): boolean {
  for (const key in next) {
    if (key !== 'live' && next[key as keyof KafkaStoreState] !== prev[key as keyof KafkaStoreState])
      return false;
  }
  return true;
}

export function createGatedStore(source: KafkaStore, intervalMs = 0, { text = false } = {}): GatedStore {
  let state = source.getState();
  let interval = intervalMs;
  let lastFlush = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idleHandle: number | null = null;
  /** What the last delivery cost (listeners plus the re-render they queued), in ms. */
  let cost = 0;
  const listeners = new Set<(s: KafkaStoreState, prev: KafkaStoreState) => void>();

  /** Passes the source's state on; false when there was nothing new. */
  const flush = () => {
    timer = null;
    const next = source.getState();
    if (next === state) return false;
    const prev = state;
    state = next;
    lastFlush = performance.now();
    for (const l of listeners) l(state, prev);
    return true;
  };

  const measuredFlush = () => {
    idleHandle = null;
    const start = performance.now();
    // Renders the listeners asked for run as microtasks queued before this one.
    if (flush()) queueMicrotask(() => (cost = performance.now() - start));
  };

  /** Delivers in an idle gap that fits the last cost, or after at most IDLE_WAIT_MS (half an interval). */
  const flushWhenIdle = () => {
    timer = null;
    const idle = globalThis.requestIdleCallback;
    if (typeof idle !== 'function') return void flush();
    const patience = Math.min(IDLE_WAIT_MS, interval / 2);
    const giveUpAt = performance.now() + patience;
    const attempt = (deadline: IdleDeadline) => {
      if (deadline.didTimeout || deadline.timeRemaining() >= cost) measuredFlush();
      else idleHandle = idle(attempt, { timeout: Math.max(1, giveUpAt - performance.now()) });
    };
    idleHandle = idle(attempt, { timeout: Math.max(1, patience) });
  };

  const onSource = (next: KafkaStoreState, prev: KafkaStoreState) => {
    if (text && onlyLiveChanged(next, prev)) return;
    const clockMoved = next.snap.now !== prev.snap.now || next.live.now !== prev.live.now;
    if (interval <= 0 || !clockMoved) {
      cancel();
      return void flush();
    }
    if (timer !== null || idleHandle !== null) return;
    const wait = lastFlush + interval - performance.now();
    timer = setTimeout(flushWhenIdle, Math.max(0, wait));
  };

  const cancel = () => {
    if (timer) clearTimeout(timer);
    if (idleHandle !== null) globalThis.cancelIdleCallback?.(idleHandle);
    timer = null;
    idleHandle = null;
  };

  const store: KafkaStore = {
    getState: () => state,
    getInitialState: () => source.getInitialState(),
    setState: source.setState,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return {
    store,
    setInterval: (ms) => {
      interval = ms;
      if (ms <= 0 && (timer !== null || idleHandle !== null)) {
        cancel();
        flush();
      }
    },
    connect: () => {
      const unsubscribe = source.subscribe(onSource);
      onSource(source.getState(), state); // changes made while disconnected
      return () => {
        unsubscribe();
        cancel();
      };
    },
  };
}
