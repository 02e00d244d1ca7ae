/**
 * Metric samples over the whole known timeline (the past and the re-simulatable future), bounded.
 * Charts show the window that ends at the current time, so scrubbing back and forth moves them too.
 */
import { SAMPLE_MS, WINDOW_SAMPLES, type MetricsSample } from './metrics';

/**
 * Five minutes of 250 ms samples at most: a sample is ~2 KB in memory, and twenty minutes of them grew
 * classroom-scale's heap by 6.6 MiB after its first five (docs/performance.md).
 */
export const HISTORY_SAMPLES = 1200;

/**
 * Adds a sample in time order unless its time is already known (a re-simulated sample equals the
 * original). Over the bound, the samples farthest from this one go: playing on drops the oldest, while
 * re-simulating a far past after a seek drops the newest (playing forward again re-creates them), so the
 * charts fill from the restored checkpoint on.
 */
export function recordSample(history: MetricsSample[], sample: MetricsSample): void {
  const last = history[history.length - 1];
  let at = history.length;
  if (last && sample.t <= last.t) {
    at = firstAfter(history, sample.t);
    if (at > 0 && history[at - 1]!.t === sample.t) return;
    history.splice(at, 0, sample);
  } else history.push(sample);
  if (history.length <= HISTORY_SAMPLES) return;
  if (at >= history.length / 2) history.splice(0, history.length - HISTORY_SAMPLES);
  else history.length = HISTORY_SAMPLES;
}

/** Index of the first sample later than `t` (binary search; samples are in time order). */
function firstAfter(history: readonly MetricsSample[], t: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (history[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The chart window: the samples of the last WINDOW_SAMPLES sample periods up to `now` (fewer after a
 * far seek, until re-simulating fills them in — never samples from across a gap in the history).
 */
export function windowEndingAt(history: readonly MetricsSample[], now: number): MetricsSample[] {
  const end = firstAfter(history, now);
  const from = firstAfter(history, now - WINDOW_SAMPLES * SAMPLE_MS);
  return history.slice(Math.max(from, end - WINDOW_SAMPLES), end);
}

/** Drops samples after `now` (a fork discarded that future). */
export function forgetAfter(history: MetricsSample[], now: number): void {
  while (history.length && history[history.length - 1]!.t > now) history.pop();
}
