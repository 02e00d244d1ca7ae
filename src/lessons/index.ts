/** The course: one lesson per topic of the seed notes, in teaching order. */
import { findExample, parseScenarioObject } from '../scenarios';
import type { Scenario } from '../engine';
import { batching } from './course/batching';
import { fetchAndPoll } from './course/fetch-and-poll';
import { offsetsAndLag } from './course/offsets-and-lag';
import { rebalances } from './course/rebalances';
import { liveness } from './course/liveness';
import { offsetRetention } from './course/offset-retention';
import type { Lesson } from './types';

export const COURSE: readonly Lesson[] = [
  batching,
  fetchAndPoll,
  offsetsAndLag,
  rebalances,
  liveness,
  offsetRetention,
];

export function findLesson(id: string): Lesson | undefined {
  return COURSE.find((l) => l.id === id);
}

/** The scenario a lesson runs: an example by id, or its own (validated like any scenario file). */
export function lessonScenario(lesson: Lesson): Scenario {
  if (typeof lesson.scenario === 'string') {
    const example = findExample(lesson.scenario);
    if (!example) throw new Error(`lesson ${lesson.id}: no example scenario "${lesson.scenario}"`);
    return example.scenario;
  }
  const parsed = parseScenarioObject(lesson.scenario, `lesson ${lesson.id}`);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

export type * from './types';
