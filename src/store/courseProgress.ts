/**
 * Which lesson steps a learner has completed, kept in localStorage so the course map shows progress
 * across visits. Storage may be missing or full (private windows, embeds): progress then lasts the visit.
 */
const KEY = 'kafkascope.course.v1';

export type CourseProgress = Record<string, number[]>;

export function loadProgress(): CourseProgress {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const data: unknown = raw ? JSON.parse(raw) : {};
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const out: CourseProgress = {};
    for (const [id, steps] of Object.entries(data as Record<string, unknown>))
      if (Array.isArray(steps)) out[id] = steps.filter((n): n is number => Number.isInteger(n) && n >= 0);
    return out;
  } catch {
    return {};
  }
}

export function saveProgress(progress: CourseProgress): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(progress));
  } catch {
    // Storage unavailable: progress lasts this visit only.
  }
}

/** Adds a completed step (idempotent); returns the new progress object. */
export function withCompleted(progress: CourseProgress, lessonId: string, step: number): CourseProgress {
  const done = progress[lessonId] ?? [];
  if (done.includes(step)) return progress;
  return { ...progress, [lessonId]: [...done, step].sort((a, b) => a - b) };
}
