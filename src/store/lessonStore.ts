/**
 * The lesson a visualiser is running: which step, whether its `until` was reached, the learner's
 * prediction, whether the goal is passed. A vanilla store beside the Kafka store of the same instance;
 * it listens to the Kafka store's events and performs steps' actions through the same `act` as every
 * other intervention, so lessons are recorded, rewindable and shareable like any change.
 */
import { createStore } from 'zustand/vanilla';
import type { SimEvent } from '../engine';
import type { Lesson, LessonStep } from '../lessons';
import { loadedCourse } from '../lessons/courseLoader';
import {
  beginStep,
  DEFAULT_WITHIN_MS,
  goalFigure,
  restartGoal,
  updateStep,
  type StepProgress,
} from '../lessons/runner';
import { loadProgress, saveProgress, withCompleted, type CourseProgress } from './courseProgress';
import type { KafkaStore } from './kafkaStore';

/** Simulated ms per slice when the app plays earlier steps to open a later one. */
const FAST_FORWARD_SLICE_MS = 250;

export interface LessonStoreState {
  lesson: Lesson | null;
  stepIndex: number;
  reached: boolean;
  reachedAt: number | null;
  evidenceHeld: boolean | null;
  passed: boolean;
  /** The figure the goal is measured by, since the learner's latest change (e.g. records per batch). */
  goalFigure: number | null;
  /** `until` did not hold within the step's `withinMs`. */
  timedOut: boolean;
  /** The learner's answer to the step's prediction. */
  choice: number | null;
  showAllPanels: boolean;
  presenter: boolean;
  completed: CourseProgress;
  start(lessonId: string, step?: number): boolean;
  goTo(step: number): void;
  next(): void;
  prev(): void;
  choose(choice: number): void;
  exit(): void;
  setShowAllPanels(show: boolean): void;
  setPresenter(on: boolean): void;
}

export type LessonStore = ReturnType<typeof createLessonStore>;

export function createLessonStore(kafka: KafkaStore, options: { presenter?: boolean } = {}) {
  let progress: StepProgress | null = null;
  /** Interventions recorded when the step began (its own actions included): later ones are the learner's. */
  let recordedAtStart = 0;
  /** True while earlier steps are replayed to open a later one: those are not the learner's work. */
  let replaying = false;

  return createStore<LessonStoreState>()((set, get) => {
    const step = (): LessonStep | null => get().lesson?.steps[get().stepIndex] ?? null;

    const copy = () => {
      const s = step();
      if (!progress || !s) return;
      set({
        reached: progress.reached,
        reachedAt: progress.reachedAt,
        evidenceHeld: progress.evidenceHeld,
        passed: progress.passed,
        goalFigure: goalFigure(s, progress, kafka.getState().snap),
      });
    };

    const markIfComplete = () => {
      const { lesson, stepIndex, choice, completed } = get();
      const s = step();
      if (!lesson || !s || !progress || replaying) return;
      if (!progress.reached || !progress.passed || (s.predict && choice === null)) return;
      const next = withCompleted(completed, lesson.id, stepIndex);
      if (next !== completed) {
        saveProgress(next);
        set({ completed: next });
      }
    };

    const onEvents = (events: readonly SimEvent[]) => {
      const s = step();
      if (!s || !progress) return;
      // Goals are checked against the present, not the read model the panels last showed.
      kafka.getState().catchUp();
      const k = kafka.getState();
      if (k.snap.now < progress.tracker.startedAt) {
        // The learner went back before this step began: watch the step again from here.
        progress = beginStep(s, k.snap);
        recordedAtStart = k.recordedTimes.length;
        set({ timedOut: false });
      }
      if (k.recordedTimes.length > recordedAtStart) {
        recordedAtStart = k.recordedTimes.length;
        restartGoal(s, progress, k.snap);
      }
      const { reachedNow } = updateStep(s, progress, events, k.snap);
      if (reachedNow && s.until) k.pause();
      const late =
        !progress.reached && k.snap.now - progress.tracker.startedAt > (s.withinMs ?? DEFAULT_WITHIN_MS);
      if (late && !get().timedOut) {
        k.pause();
        set({ timedOut: true });
      }
      copy();
      markIfComplete();
    };
    kafka.getState().onEvents(onEvents);
    // Another scenario chosen (the picker, a link): the lesson is over.
    kafka.subscribe((k, before) => {
      const lesson = get().lesson;
      if (lesson && k.scenarioId !== before.scenarioId && k.scenarioId !== `lesson:${lesson.id}`)
        get().exit();
    });

    /** Begins step `index` from the simulation as it is now. */
    const enter = (index: number) => {
      const lesson = get().lesson!;
      const s = lesson.steps[index]!;
      kafka.getState().pause();
      set({ stepIndex: index, choice: null, timedOut: false });
      progress = null;
      for (const action of s.actions ?? []) kafka.getState().act(action);
      const k = kafka.getState();
      recordedAtStart = k.recordedTimes.length;
      progress = beginStep(s, k.snap);
      copy();
      markIfComplete();
    };

    /** Plays step `index` as a learner who does what it asks would (to open a later step). */
    const playThrough = (index: number) => {
      enter(index);
      const s = step()!;
      const within = s.withinMs ?? DEFAULT_WITHIN_MS;
      const run = (done: () => boolean) => {
        const from = kafka.getState().snap.now;
        while (!done() && kafka.getState().snap.now - from < within)
          kafka.getState().advanceBy(FAST_FORWARD_SLICE_MS);
      };
      run(() => progress!.reached);
      if (s.goal) {
        for (const action of s.goal.solution) kafka.getState().act(action);
        run(() => progress!.passed);
      }
    };

    const open = (lesson: Lesson, index: number) => {
      kafka.getState().loadScenario(`lesson:${lesson.id}`, loadedCourse()!.lessonScenario(lesson));
      set({ lesson, stepIndex: 0 });
      replaying = true;
      try {
        for (let i = 0; i < index; i++) playThrough(i);
      } finally {
        replaying = false;
      }
      enter(index);
    };

    return {
      lesson: null,
      stepIndex: 0,
      reached: false,
      reachedAt: null,
      evidenceHeld: null,
      passed: false,
      goalFigure: null,
      timedOut: false,
      choice: null,
      showAllPanels: false,
      presenter: options.presenter ?? false,
      completed: loadProgress(),

      // The course must be loaded first (`loadCourse()`); before that no lesson is found.
      start: (lessonId, stepIndex = 0) => {
        const lesson = loadedCourse()?.findLesson(lessonId);
        if (!lesson) return false;
        open(lesson, Math.max(0, Math.min(lesson.steps.length - 1, Math.floor(stepIndex))));
        return true;
      },
      goTo: (index) => {
        const { lesson, stepIndex } = get();
        if (!lesson || index < 0 || index >= lesson.steps.length || index === stepIndex) return;
        // Forward by one continues from here; any other jump replays the lesson up to that step.
        if (index === stepIndex + 1) enter(index);
        else open(lesson, index);
      },
      next: () => get().goTo(get().stepIndex + 1),
      prev: () => get().goTo(get().stepIndex - 1),
      choose: (choice) => {
        set({ choice });
        markIfComplete();
      },
      exit: () => {
        progress = null;
        set({ lesson: null, stepIndex: 0, choice: null, timedOut: false });
      },
      setShowAllPanels: (showAllPanels) => set({ showAllPanels }),
      setPresenter: (presenter) => set({ presenter }),
    };
  });
}
