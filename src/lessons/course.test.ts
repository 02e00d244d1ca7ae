/**
 * Every lesson of the course is valid, names only things that exist, and can be finished: played headless
 * through the engine, each step's `until` is reached, each prediction's answer is what the run shows, and
 * each goal is passed by its intended action (and not without it).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, advance, findKey, snapshot, type SimState } from '../engine';
import { leaves, resolvePath } from './conditions';
import { playStepHeadless } from './headless';
import { COURSE, lessonScenario, lessonTexts } from './index';
import { validateLesson } from './schema';
import type { Condition, Lesson, LessonStep } from './types';

const WORKLOAD_CONTROLS = new Set(['records/s', 'valueBytes', 'keys']);

/** Keys the lesson card can show as a control: producer and consumer config, and the workload. */
function controllable(key: string): boolean {
  return (
    WORKLOAD_CONTROLS.has(key) || (['producer', 'consumer'] as const).some((scope) => findKey(scope, key))
  );
}

function conditionsOf(step: LessonStep): Condition[] {
  return [step.until, step.predict?.evidence, step.goal?.check].flatMap((c) => (c ? leaves(c) : []));
}

function startLesson(lesson: Lesson): SimState {
  const sim = createSimulation(lessonScenario(lesson));
  advance(sim, 0);
  return sim;
}

describe('the course', () => {
  it('has unique lesson ids', () => {
    const ids = COURSE.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const lesson of COURSE) {
    describe(`lesson ${lesson.id}`, () => {
      it('passes the lesson schema', () => {
        const result = validateLesson(lesson, `lesson ${lesson.id}`);
        expect(result.ok ? [] : result.errors).toEqual([]);
      });

      it('teaches in 4–8 steps with at least one prediction and one goal', () => {
        expect(lesson.steps.length).toBeGreaterThanOrEqual(4);
        expect(lesson.steps.length).toBeLessThanOrEqual(8);
        expect(lesson.steps.some((s) => s.predict)).toBe(true);
        expect(lesson.steps.some((s) => s.goal)).toBe(true);
      });

      it('has every text in English and Korean', () => {
        for (const t of lessonTexts(lesson)) {
          expect(t.en.trim()).not.toBe('');
          expect(t.ko.trim()).not.toBe('');
          expect(/[가-힣]/.test(t.ko), `not Korean: ${t.ko}`).toBe(true);
        }
      });

      it('names only elements, keys and clients that exist', () => {
        const scenario = lessonScenario(lesson);
        const partitions = Math.max(...scenario.topics.map((t) => t.partitions));
        for (const step of lesson.steps) {
          const h = step.highlight;
          if (h && 'partition' in h) expect(h.partition).toBeLessThan(partitions);
          if (h && 'broker' in h) expect(h.broker).toBeLessThan(scenario.cluster.brokers);
          // A highlighted setting is shown as a live control in the lesson card: a client key or workload.
          if (h && 'slider' in h) expect(controllable(h.slider), h.slider).toBe(true);
          if (h && 'member' in h)
            expect(
              scenario.consumerGroups.some((g) => h.member.startsWith(`consumer-${g.id}-`)),
              h.member,
            ).toBe(true);
          for (const key of step.goal?.controls ?? []) expect(controllable(key), key).toBe(true);
          for (const a of [...(step.actions ?? []), ...(step.goal?.solution ?? [])]) {
            if ('producer' in a) expect(scenario.producers.map((p) => p.id)).toContain(a.producer);
            if ('group' in a) expect(scenario.consumerGroups.map((g) => g.id)).toContain(a.group);
            if ('topic' in a) expect(scenario.topics.map((t) => t.name)).toContain(a.topic);
          }
        }
      });

      it('can be finished: every until is reached, every prediction borne out, every goal passed', () => {
        const sim = startLesson(lesson);
        lesson.steps.forEach((step, i) => {
          const where = `step ${i} (${step.title.en})`;
          for (const c of conditionsOf(step)) {
            const path = 'value' in c ? c.value : 'change' in c ? c.change : null;
            if (path) expect(resolvePath(snapshot(sim), path), `${where}: path ${path}`).not.toBeUndefined();
          }
          const { progress } = playStepHeadless(sim, step);
          expect(progress.reached, `${where}: until not reached`).toBe(true);
          if (step.predict) expect(progress.evidenceHeld, `${where}: prediction's evidence`).toBe(true);
          if (step.goal) expect(progress.passed, `${where}: goal not passed`).toBe(true);
        });
      });

      it('has goals that need the learner: not passed without the intended change', () => {
        const sim = startLesson(lesson);
        lesson.steps.forEach((step, i) => {
          if (step.goal) {
            const probe = structuredClone(sim);
            const { progress } = playStepHeadless(probe, { ...step, withinMs: 10_000 }, false);
            expect(progress.passed, `step ${i}: goal passed without doing anything`).toBe(false);
          }
          playStepHeadless(sim, step);
        });
      });
    });
  }
});
