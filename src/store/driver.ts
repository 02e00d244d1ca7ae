/**
 * The only code that reads the wall clock: each animation frame converts elapsed wall time into
 * simulated time through the speed factor and advances the store. Long gaps (a hidden tab, a
 * breakpoint) are clamped so the simulation never jumps minutes ahead at once.
 *
 * While playing, what moves (`live`) is published every frame and the whole read model (`snap`, the
 * panels' text) at most every TEXT_REFRESH_MS: rebuilding every partition, replica and group each
 * frame cost ~2 ms of a 16.7-ms frame at classroom-scale, for text nobody reads 60 times a second.
 */
import type { KafkaStore } from './kafkaStore';

const MAX_FRAME_GAP_MS = 250;

/**
 * 20 times a second: faster than a reader follows a changing number. Panels' text refreshes at this
 * rate (views/VisibilityGate.tsx), so the store rebuilds the read model no more often.
 */
export const TEXT_REFRESH_MS = 50;
/** Due half a frame early, so at 60 Hz the read model lands on every third frame, not the fourth. */
const TEXT_DUE_MS = TEXT_REFRESH_MS - 8;

export function startDriver(store: KafkaStore): () => void {
  let last = performance.now();
  let lastReadModel = -Infinity;
  let carry = 0; // fractional simulated ms not yet advanced
  let frame = 0;
  const tick = (now: number) => {
    const gap = Math.min(MAX_FRAME_GAP_MS, Math.max(0, now - last));
    last = now;
    const { playing, speed, advanceBy } = store.getState();
    if (playing) {
      carry += gap * speed;
      const whole = Math.floor(carry);
      if (whole >= 1) {
        carry -= whole;
        const readModelDue = now - lastReadModel >= TEXT_DUE_MS;
        if (readModelDue) lastReadModel = now;
        advanceBy(whole, readModelDue ? undefined : 'live');
      }
    } else carry = 0;
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
