/** A first-time visitor's way in: the course, offered above the scenario (continue where they stopped). */
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { useLesson } from '../../store/useLesson';
import { useCourse } from './useCourse';

export function CourseInvite() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const completed = useLesson((s) => s.completed);
  const start = useLesson((s) => s.start);
  // Shown once the course has loaded (just after the first render): its content is not in the first download.
  const lessons = useCourse()?.COURSE ?? [];
  const next = lessons.find((l) => (completed[l.id]?.length ?? 0) < l.steps.length);
  const started = lessons.some((l) => (completed[l.id]?.length ?? 0) > 0);
  if (!next) return null;
  return (
    <p className="course-invite">
      <span>{t('course.invite', { count: lessons.length })}</span>{' '}
      <button type="button" className="btn btn--primary btn--small" onClick={() => start(next.id)}>
        {started ? t('course.inviteContinue', { title: next.title[lang] }) : t('course.inviteStart')}
      </button>
    </p>
  );
}
