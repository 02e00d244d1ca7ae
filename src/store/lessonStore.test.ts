// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCourse } from '../lessons/courseLoader';
import { findExample } from '../scenarios';
import { createKafkaStore } from './kafkaStore';
import { createLessonStore } from './lessonStore';

// The app loads the course on demand (lessons/courseLoader.ts); the store finds lessons once it is loaded.
beforeAll(() => loadCourse());

function stores() {
  const kafka = createKafkaStore({
    scenarioId: 'steady-stream',
    scenario: findExample('steady-stream')!.scenario,
    lang: 'en',
    speed: 1,
  });
  return { kafka, lesson: createLessonStore(kafka) };
}

/** Plays like the driver does, in frames of 100 simulated ms, while the store says it is playing. */
function playFor(kafka: ReturnType<typeof stores>['kafka'], ms: number) {
  for (let t = 0; t < ms && kafka.getState().playing; t += 100) kafka.getState().advanceBy(100);
}

/** Plays like the app's driver: 17-ms frames, the read model on every third, `live` only between. */
function playFramesFor(kafka: ReturnType<typeof stores>['kafka'], ms: number, every = 3) {
  for (let i = 1; i * 17 <= ms && kafka.getState().playing; i++)
    kafka.getState().advanceBy(17, i % every === 0 ? undefined : 'live');
}

/** Where the acks lesson's fifth step pauses: on a leader election *and* a grown read-model count. */
function pauseTime(every: number) {
  const { kafka, lesson } = stores();
  lesson.getState().start('acks', 4);
  kafka.getState().play();
  playFramesFor(kafka, 60_000, every);
  expect(lesson.getState().reached).toBe(true);
  expect(kafka.getState().playing).toBe(false);
  return kafka.getState().snap.now;
}

describe('the lesson store', () => {
  it('judges a step on the present while the panels get the read model 20 times a second', () => {
    // The step's `until` reads `records.duplicated` from the read model: checked on a read model up to
    // two frames old, the pause would land a frame or two late.
    expect(pauseTime(3)).toBe(pauseTime(1));
  });

  beforeEach(() => localStorage.clear());

  it('runs the lesson scenario and pauses when a step’s outcome is reached', () => {
    const { kafka, lesson } = stores();
    expect(lesson.getState().start('batching')).toBe(true);
    expect(kafka.getState().scenario.name).toBe('Batching lesson');
    lesson.getState().choose(0);
    kafka.getState().play();
    playFor(kafka, 30_000);
    expect(lesson.getState().reached).toBe(true);
    expect(kafka.getState().playing).toBe(false);
    expect(lesson.getState().evidenceHeld).toBe(true);
    expect(lesson.getState().completed.batching).toEqual([0]);
    expect(JSON.parse(localStorage.getItem('kafkascope.course.v1')!)).toEqual({ batching: [0] });
  });

  it('passes a goal only after the learner’s own change, judged from that change', () => {
    const { kafka, lesson } = stores();
    lesson.getState().start('batching', 1);
    kafka.getState().play();
    playFor(kafka, 5_000);
    expect(lesson.getState().passed).toBe(false);
    kafka
      .getState()
      .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 500 });
    playFor(kafka, 10_000);
    expect(lesson.getState().passed).toBe(true);
    expect(lesson.getState().goalFigure).toBeGreaterThanOrEqual(20);
  });

  it('opens a later step with the earlier ones played', () => {
    const { kafka, lesson } = stores();
    lesson.getState().start('batching', 3);
    expect(lesson.getState().stepIndex).toBe(3);
    // Step 3 (index 2) lowered batch.size to 2,048 bytes.
    expect(kafka.getState().snap.producers[0]!.config['batch.size']).toBe(2048);
    // Steps the app replayed to get here are not marked as the learner's.
    expect(lesson.getState().completed.batching ?? []).toEqual([]);
    lesson.getState().prev();
    expect(lesson.getState().stepIndex).toBe(2);
  });

  it('ends when the learner picks another scenario', () => {
    const { kafka, lesson } = stores();
    lesson.getState().start('batching');
    kafka.getState().loadScenario('hot-keys', findExample('hot-keys')!.scenario);
    expect(lesson.getState().lesson).toBeNull();
  });

  it('refuses a lesson that does not exist', () => {
    const { lesson } = stores();
    expect(lesson.getState().start('no-such-lesson')).toBe(false);
    expect(lesson.getState().lesson).toBeNull();
  });
});
