/**
 * Keeps the address bar's hash equal to a share link of what the learner is looking at, so a reload
 * (or a bookmark) never loses their scenario, recorded changes, language and speed. Written with
 * history.replaceState — no history entries, no navigation — and only after things settle: while
 * playing, time is left out (it changes every frame); when paused, the moment is kept too.
 */
import type { KafkaStore, KafkaStoreState } from '../store/kafkaStore';
import { encodeShareHash } from './shareHash';

const SETTLE_MS = 400;

function keyOf(s: KafkaStoreState): unknown[] {
  return [
    s.scenario,
    s.scenarioId,
    s.lang,
    s.speed,
    s.recordedTimes.length,
    s.playing ? -1 : s.snap.now,
    s.selectedProducer,
  ];
}

function sameKey(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/** Query options the hash now carries are dropped, or they would override it on reload. */
const CARRIED_BY_HASH = ['scenario', 'lang', 'speed', 't', 'autoplay'];

function writeToAddressBar(hash: string): void {
  const params = new URLSearchParams(window.location.search);
  for (const key of CARRIED_BY_HASH) params.delete(key);
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${hash}`;
  window.history.replaceState(window.history.state, '', url);
}

export function syncHashWithStore(
  store: KafkaStore,
  write: (hash: string) => void = writeToAddressBar,
  /** While true (a lesson runs: its own URL says where the learner is), the hash is left alone. */
  skip: () => boolean = () => false,
): () => void {
  let last = keyOf(store.getState());
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (skip()) return;
    const s = store.getState();
    write(
      encodeShareHash({
        scenario: s.recordedScenario(),
        exampleId: s.scenarioId,
        t: s.playing ? 0 : s.snap.now,
        lang: s.lang,
        speed: s.speed,
        selectedPartition: s.selectedPartition,
        selectedProducer: s.selectedProducer,
      }),
    );
  };
  const unsubscribe = store.subscribe((s) => {
    const key = keyOf(s);
    if (sameKey(key, last)) return;
    last = key;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
