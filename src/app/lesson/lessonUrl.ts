/**
 * While a lesson runs, the address bar says `?lesson=ID&step=N` (steps from 1) and the language, so a
 * reload, a bookmark or a link a teacher sends opens the same step. Leaving the lesson drops them.
 */
import type { LessonStore } from '../../store/lessonStore';
import type { KafkaStore } from '../../store/kafkaStore';

const LESSON_PARAMS = ['lesson', 'step', 'scenario', 't', 'autoplay'];

export function lessonSearch(
  search: string,
  lesson: { id: string; step: number } | null,
  lang: string,
): string {
  const params = new URLSearchParams(search);
  for (const key of LESSON_PARAMS) params.delete(key);
  if (lesson) {
    params.set('lesson', lesson.id);
    params.set('step', String(lesson.step + 1));
    params.set('lang', lang);
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

export function syncLessonUrl(kafka: KafkaStore, lessons: LessonStore): () => void {
  let last = '';
  const write = () => {
    const l = lessons.getState();
    const where = l.lesson ? { id: l.lesson.id, step: l.stepIndex } : null;
    const key = JSON.stringify([where, kafka.getState().lang]);
    if (key === last) return;
    const wasLesson = last !== '' && JSON.parse(last)[0] !== null;
    last = key;
    if (!where && !wasLesson) return;
    const search = lessonSearch(window.location.search, where, kafka.getState().lang);
    const hash = where ? '' : window.location.hash;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${hash}`);
  };
  const a = lessons.subscribe(write);
  const b = kafka.subscribe((s, prev) => s.lang !== prev.lang && write());
  write();
  return () => (a(), b());
}
