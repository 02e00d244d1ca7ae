/**
 * The only code that reads the wall clock: each animation frame converts elapsed wall time into
 * simulated time through the speed factor and advances the store. Long gaps (a hidden tab, a
 * breakpoint) are clamped so the simulation never jumps minutes ahead at once.
 */
import type { KafkaStore } from './kafkaStore';

const MAX_FRAME_GAP_MS = 250;

export function startDriver(store: KafkaStore): () => void {
  let last = performance.now();
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
        advanceBy(whole);
      }
    } else carry = 0;
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
