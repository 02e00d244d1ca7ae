/**
 * Plays a lesson through the engine without a UI: each step's actions, then time until its `until`
 * holds, then (for a goal) the step's intended solution until the goal is passed. The lesson tests use
 * it to prove every lesson is finishable; the app uses the same steps to open a deep link at step N.
 */
import { advance, apply, snapshot, type SimState } from '../engine';
import { beginStep, DEFAULT_WITHIN_MS, restartGoal, updateStep, type StepProgress } from './runner';
import type { LessonStep } from './types';

/** Simulated ms per slice while waiting for a condition: fine at first, coarser on long waits. */
export const SLICE_MS = 50;
const LONG_WAIT_MS = 5_000;
const LONG_SLICE_MS = 250;

export interface HeadlessStepResult {
  progress: StepProgress;
  /** Simulated ms the goal took after the solution was applied (null without a goal). */
  goalMs: number | null;
}

function playUntil(
  sim: SimState,
  step: LessonStep,
  progress: StepProgress,
  done: () => boolean,
  withinMs: number,
) {
  const start = sim.now;
  while (!done() && sim.now - start < withinMs) {
    const events = advance(sim, sim.now - start < LONG_WAIT_MS ? SLICE_MS : LONG_SLICE_MS);
    updateStep(step, progress, events, snapshot(sim));
  }
}

/** Runs one step on `sim` as a learner who does what the step asks would. */
export function playStepHeadless(sim: SimState, step: LessonStep, solve = true): HeadlessStepResult {
  const events = (step.actions ?? []).flatMap((a) => apply(sim, a));
  const progress = beginStep(step, snapshot(sim));
  updateStep(step, progress, events, snapshot(sim));
  const within = step.withinMs ?? DEFAULT_WITHIN_MS;
  playUntil(sim, step, progress, () => progress.reached, within);
  let goalMs: number | null = null;
  if (step.goal && solve) {
    const before = sim.now;
    const solved = step.goal.solution.flatMap((a) => apply(sim, a));
    restartGoal(step, progress, snapshot(sim));
    updateStep(step, progress, solved, snapshot(sim));
    playUntil(sim, step, progress, () => progress.passed, within);
    goalMs = progress.passed ? sim.now - before : null;
  }
  return { progress, goalMs };
}
