import type { Scenario } from '../engine';
import type { Lesson } from './types';

/** What the lesson store and the app use of `lessons/index.ts` once it is loaded (see courseLoader.ts). */
export interface CourseModule {
  COURSE: readonly Lesson[];
  findLesson(id: string): Lesson | undefined;
  lessonScenario(lesson: Lesson): Scenario;
}
