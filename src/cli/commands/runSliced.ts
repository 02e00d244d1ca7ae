/**
 * The `run` command's simulation loop: advances in slices so a long run (days of simulated time)
 * reports progress on stderr and never holds more than one slice's events, and stops at the first
 * timeline action the engine refused (the command then exits 2 with its message).
 */
import { advance, type SimState } from '../../engine';

const SLICE_MS = 10 * 60_000;
/** Runs shorter than this finish quickly and print no progress. */
const PROGRESS_FROM_MS = 6 * 3600_000;

const hours = (ms: number) => `${(ms / 3600_000).toFixed(1)} h`;

/** Returns the refusal message, or null when the run reached `untilMs`. */
export function runSliced(sim: SimState, untilMs: number, progress?: (line: string) => void): string | null {
  const target = sim.now + untilMs;
  const fastForwards = sim.scenario.timeline.filter((a) => a.action === 'fastForward');
  let reported = 0;
  while (sim.now < target) {
    const from = sim.now;
    const step = Math.min(SLICE_MS, target - sim.now);
    for (const a of fastForwards)
      if (a.atMs >= from && a.atMs < from + step)
        progress?.(
          `progress: timeline fastForward of ${hours(a.ms)} at ${hours(a.atMs)} (this can take a while)\n`,
        );
    for (const e of advance(sim, step))
      if (e.type === 'ActionRefused') return `timeline ${e.action} at ${e.at} ms was refused: ${e.message}`;
    const percent = Math.floor(((sim.now - (target - untilMs)) / untilMs) * 20) * 5;
    if (untilMs >= PROGRESS_FROM_MS && percent > reported && sim.now < target) {
      reported = percent;
      progress?.(`progress: ${percent}% (${hours(sim.now)} of ${hours(target)} simulated)\n`);
    }
  }
  return null;
}
