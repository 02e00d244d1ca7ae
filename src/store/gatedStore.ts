/**
 * A read-through view of a Kafka store that passes its changes on at most every `intervalMs` of wall
 * time (0: at once). Panels scrolled out of view and charts subscribe through one, so they update a
 * few times a second instead of every frame; actions are the source's own, so interventions are not
 * delayed. The last change is always delivered (a trailing timer), so nothing stays stale.
 */
import type { KafkaStore, KafkaStoreState } from './kafkaStore';

export interface GatedStore {
  store: KafkaStore;
  setInterval(ms: number): void;
  /** Starts passing the source's changes on; returns the stop (for an effect, so StrictMode can re-run it). */
  connect(): () => void;
}

export function createGatedStore(source: KafkaStore, intervalMs = 0): GatedStore {
  let state = source.getState();
  let interval = intervalMs;
  let lastFlush = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<(s: KafkaStoreState, prev: KafkaStoreState) => void>();

  const flush = () => {
    timer = null;
    const next = source.getState();
    if (next === state) return;
    const prev = state;
    state = next;
    lastFlush = performance.now();
    for (const l of listeners) l(state, prev);
  };

  const onSource = () => {
    if (interval <= 0) return flush();
    const wait = lastFlush + interval - performance.now();
    if (wait <= 0) flush();
    else timer ??= setTimeout(flush, wait);
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
      if (ms <= 0 && timer) {
        clearTimeout(timer);
        flush();
      }
    },
    connect: () => {
      const unsubscribe = source.subscribe(onSource);
      onSource(); // changes made while disconnected
      return () => {
        unsubscribe();
        if (timer) clearTimeout(timer);
        timer = null;
      };
    },
  };
}
