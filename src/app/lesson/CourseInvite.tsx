/** A first-time visitor's way in: the course, offered above the scenario (continue where they stopped). */
import { COURSE } from '../../lessons';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { useLesson } from '../../store/useLesson';

export function CourseInvite() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const completed = useLesson((s) => s.completed);
  const start = useLesson((s) => s.start);
  const next = COURSE.find((l) => (completed[l.id]?.length ?? 0) < l.steps.length);
  const started = COURSE.some((l) => (completed[l.id]?.length ?? 0) > 0);
  if (!next) return null;
  return (
    <p className="course-invite">
      <span>{t('course.invite', { count: COURSE.length })}</span>{' '}
      <button type="button" className="btn btn--primary btn--small" onClick={() => start(next.id)}>
        {started ? t('course.inviteContinue', { title: next.title[lang] }) : t('course.inviteStart')}
      </button>
    </p>
  );
}
