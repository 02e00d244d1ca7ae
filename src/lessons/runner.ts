/**
 * One step's progress, shared by the app (through the lesson store) and the headless lesson tests: the
 * same code decides when a step's `until` is reached, whether its prediction was borne out, and when
 * its goal is passed.
 */
import type { SimEvent, SimSnapshot } from '../engine';
import { holds, measure, observe, startTracking, type StepTracker } from './conditions';
import type { Condition, LessonStep } from './types';

export const DEFAULT_WITHIN_MS = 60_000;
/** A step plays at least this long before it pauses on its outcome, so there is something to watch. */
export const MIN_WATCH_MS = 1_000;

export interface StepProgress {
  /** Tracks `until` and the prediction's evidence from the step's start. */
  tracker: StepTracker;
  /** Tracks the goal from the learner's latest change (a goal is about what their change did). */
  goalTracker: StepTracker | null;
  /** True once `until` held (immediately for a step without one). */
  reached: boolean;
  /** Simulated time `until` held, or null. */
  reachedAt: number | null;
  /** Whether the prediction's evidence held when `until` was reached (null before, or without predict). */
  evidenceHeld: boolean | null;
  passed: boolean;
}

export function beginStep(step: LessonStep, snap: SimSnapshot): StepProgress {
  const progress: StepProgress = {
    tracker: startTracking(snap, [step.until, step.predict?.evidence]),
    goalTracker: step.goal ? startTracking(snap, [step.goal.check]) : null,
    reached: false,
    reachedAt: null,
    evidenceHeld: null,
    passed: !step.goal,
  };
  checkReached(step, progress, snap);
  return progress;
}

/** The learner changed something: the goal is judged from here on. */
export function restartGoal(step: LessonStep, progress: StepProgress, snap: SimSnapshot): void {
  if (step.goal && !progress.passed) progress.goalTracker = startTracking(snap, [step.goal.check]);
}

function checkReached(step: LessonStep, progress: StepProgress, snap: SimSnapshot): boolean {
  if (progress.reached) return false;
  if (step.until && !holds(step.until, snap, progress.tracker)) return false;
  if (step.until && snap.now - progress.tracker.startedAt < MIN_WATCH_MS) return false;
  progress.reached = true;
  progress.reachedAt = snap.now;
  if (step.predict) progress.evidenceHeld = holds(step.predict.evidence, snap, progress.tracker);
  return true;
}

/** Feeds new events and the current read model; says what changed in this update. */
export function updateStep(
  step: LessonStep,
  progress: StepProgress,
  events: readonly SimEvent[],
  snap: SimSnapshot,
): { reachedNow: boolean; passedNow: boolean } {
  observe(progress.tracker, events);
  const reachedNow = checkReached(step, progress, snap);
  let passedNow = false;
  if (step.goal && !progress.passed && progress.goalTracker) {
    observe(progress.goalTracker, events);
    if (holds(step.goal.check, snap, progress.goalTracker)) {
      progress.passed = true;
      passedNow = true;
    }
  }
  return { reachedNow, passedNow };
}

/** The figure a goal is measured by (e.g. the average records per batch so far), for a progress line. */
export function goalFigure(step: LessonStep, progress: StepProgress, snap: SimSnapshot): number | null {
  if (!step.goal || !progress.goalTracker) return null;
  const first = firstMeasurable(step.goal.check);
  return first ? measure(first, snap, progress.goalTracker) : null;
}

function firstMeasurable(c: Condition): Condition | null {
  if ('all' in c) return c.all.map(firstMeasurable).find((x) => x) ?? null;
  if ('any' in c) return c.any.map(firstMeasurable).find((x) => x) ?? null;
  if ('average' in c || 'change' in c || 'value' in c) return c;
  return null;
}
