/**
 * The course's content (every lesson's steps and texts) is its own chunk: a first visit that does not open
 * a lesson does not download it. The app loads it after the first render (course invite), before the
 * first render when the address opens a lesson (main.tsx), and the lesson store reads it from here.
 */
import { loadExample } from '../scenarios/exampleLoader';
import type { CourseModule } from './courseModule';

let loaded: CourseModule | null = null;
let loading: Promise<CourseModule> | null = null;

export function loadCourse(): Promise<CourseModule> {
  loading ??= import('./index').then(async (m) => {
    // A lesson may run an example by id: those load with the course (lessonScenario reads them at once).
    const ids = m.COURSE.flatMap((l) => (typeof l.scenario === 'string' ? [l.scenario] : []));
    await Promise.all(ids.map(loadExample));
    return (loaded = m);
  });
  return loading;
}

/** The course if it has been loaded, else null. */
export function loadedCourse(): CourseModule | null {
  return loaded;
}
