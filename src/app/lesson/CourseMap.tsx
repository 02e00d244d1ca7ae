/** The course map: every lesson in order with its progress (kept in localStorage), to start or continue. */
import { COURSE } from '../../lessons';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { useLesson } from '../../store/useLesson';
import { Modal } from '../Modal';

export function CourseMap() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const open = useKafka((s) => s.dialog === 'course');
  const openDialog = useKafka((s) => s.openDialog);
  const completed = useLesson((s) => s.completed);
  const current = useLesson((s) => s.lesson?.id);
  const start = useLesson((s) => s.start);
  if (!open) return null;
  const close = () => openDialog(null);
  return (
    <Modal title={t('course.title')} closeLabel={t('course.close')} onClose={close} wide>
      <p className="course__intro">{t('course.intro')}</p>
      <ol className="course">
        {COURSE.map((lesson, i) => {
          const done = completed[lesson.id]?.length ?? 0;
          const total = lesson.steps.length;
          const firstOpen = lesson.steps.findIndex((_, k) => !completed[lesson.id]?.includes(k));
          const label = done === 0 ? 'course.start' : done >= total ? 'course.review' : 'course.continue';
          return (
            <li key={lesson.id} className={`course__lesson${lesson.id === current ? ' is-current' : ''}`}>
              <div className="course__text">
                <span className="course__number">{t('course.lesson', { n: i + 1 })}</span>
                <strong className="course__title">{lesson.title[lang]}</strong>
                <span className="course__summary">{lesson.summary[lang]}</span>
              </div>
              <progress
                className="course__bar"
                max={total}
                value={done}
                aria-label={t('course.progress', { done, total })}
              />
              <span className="course__progress">{t('course.progress', { done, total })}</span>
              <button
                type="button"
                className="btn btn--small"
                aria-label={`${t(label)}: ${lesson.title[lang]}`}
                onClick={() => {
                  close();
                  start(lesson.id, done > 0 && firstOpen > 0 ? firstOpen : 0);
                }}
              >
                {t(label)}
              </button>
            </li>
          );
        })}
      </ol>
    </Modal>
  );
}
