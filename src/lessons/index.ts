/** The course: one lesson per topic of the seed notes, in teaching order. */
import { findExample, parseScenarioObject } from '../scenarios';
import type { Scenario } from '../engine';
import { batching } from './course/batching';
import { serializers } from './course/serializers';
import { bufferAndClose } from './course/buffer-and-close';
import { keys } from './course/keys';
import { sticky } from './course/sticky';
import { compression } from './course/compression';
import { acks } from './course/acks';
import { retries } from './course/retries';
import { idempotence } from './course/idempotence';
import { fetchAndPoll } from './course/fetch-and-poll';
import { offsetsAndLag } from './course/offsets-and-lag';
import { rebalances } from './course/rebalances';
import { liveness } from './course/liveness';
import { offsetRetention } from './course/offset-retention';
import type { Lesson } from './types';

export const COURSE: readonly Lesson[] = [
  serializers,
  batching,
  bufferAndClose,
  keys,
  sticky,
  compression,
  acks,
  retries,
  idempotence,
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
  // A lesson's own scenario is named after the lesson (the scenario picker shows it in both languages).
  return { ...parsed.scenario, title: parsed.scenario.title ?? { ...lesson.title } };
}

export type * from './types';
