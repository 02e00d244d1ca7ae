/** The course: one lesson per topic of the seed notes, in teaching order. */
import { loadedExample } from '../scenarios/exampleLoader';
import { withDefaults } from '../scenarios/defaults';
import type { ScenarioInput } from '../scenarios/schema';
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
import { kip848 } from './course/kip848';
import { liveness } from './course/liveness';
import { offsetRetention } from './course/offset-retention';
import type { Lesson, Text } from './types';

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
  kip848,
  liveness,
  offsetRetention,
];

export function findLesson(id: string): Lesson | undefined {
  return COURSE.find((l) => l.id === id);
}

/** The scenario a lesson runs: an example by id, or its own (validated by the tests like a scenario file). */
export function lessonScenario(lesson: Lesson): Scenario {
  if (typeof lesson.scenario === 'string') {
    // courseLoader.ts loads the examples lessons name before the course is used (each is its own chunk).
    const example = loadedExample(lesson.scenario);
    if (!example) throw new Error(`lesson ${lesson.id}: no example scenario "${lesson.scenario}"`);
    return example.scenario;
  }
  const scenario = withDefaults(lesson.scenario as ScenarioInput);
  // A lesson's own scenario is named after the lesson (the scenario picker shows it in both languages).
  return { ...scenario, title: scenario.title ?? { ...lesson.title } };
}

/** Every learner-facing text of a lesson (for checks that each has both languages, known terms …). */
export function lessonTexts(lesson: Lesson): Text[] {
  const out: Text[] = [lesson.title, lesson.summary, lesson.recap];
  if (lesson.correction) out.push(lesson.correction.note, lesson.correction.kafka);
  for (const s of lesson.steps) {
    out.push(s.title, s.narration, ...(s.result ? [s.result] : []));
    if (s.predict) out.push(s.predict.question, s.predict.explain, ...s.predict.choices);
    if (s.goal) out.push(s.goal.task, ...(s.goal.hint ? [s.goal.hint] : []));
  }
  return out;
}

export type * from './types';
