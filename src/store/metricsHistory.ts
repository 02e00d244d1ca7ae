/**
 * Metric samples over the whole known timeline (the past and the re-simulatable future), bounded.
 * Charts show the window that ends at the current time, so scrubbing back and forth moves them too.
 */
import { WINDOW_SAMPLES, type MetricsSample } from './metrics';

/** Twenty minutes of 250 ms samples at most. */
export const HISTORY_SAMPLES = 4800;

/** Adds a sample unless its time is already known (a re-simulated sample equals the original). */
export function recordSample(history: MetricsSample[], sample: MetricsSample): void {
  const last = history[history.length - 1];
  if (last && sample.t <= last.t) return;
  history.push(sample);
  if (history.length > HISTORY_SAMPLES) history.splice(0, history.length - HISTORY_SAMPLES);
}

/** The chart window: the last WINDOW_SAMPLES samples at or before `now`. */
export function windowEndingAt(history: readonly MetricsSample[], now: number): MetricsSample[] {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (history[mid]!.t <= now) lo = mid + 1;
    else hi = mid;
  }
  return history.slice(Math.max(0, lo - WINDOW_SAMPLES), lo);
}

/** Drops samples after `now` (a fork discarded that future). */
export function forgetAfter(history: MetricsSample[], now: number): void {
  while (history.length && history[history.length - 1]!.t > now) history.pop();
}
