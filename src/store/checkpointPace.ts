/**
 * How many simulated ms apart the store saves checkpoints while playing at `speed`. A save is one
 * `JSON.stringify` of the whole state — 25–45 ms in the browser for classroom-scale (docs/performance.md)
 * — so every 5 simulated s at 10× was a stutter twice per wall second. The interval widens with speed to
 * about one save per 1.5 wall seconds; a seek then re-simulates at most that far (≈ 15 s at 10×, about
 * 0.1 s of work for classroom-scale). Always a multiple of the engine's default, so of the sample period.
 */
import { DEFAULT_CHECKPOINT_INTERVAL_MS as BASE_MS } from '../engine';
const WALL_MS_BETWEEN_SAVES = 1500;

export function checkpointIntervalFor(speed: number): number {
  return BASE_MS * Math.max(1, Math.ceil((speed * WALL_MS_BETWEEN_SAVES) / BASE_MS));
}
