/**
 * The lesson player: where the learner is in the course, the step's narration, its prediction and goal,
 * what happened, and the way on. In an embed it is the figure's caption.
 */
import { COURSE, type Lesson, type LessonStep } from '../../lessons';
import { CatalogueControl } from '../../controls/CatalogueControl';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { useLesson } from '../../store/useLesson';
import { RichText } from '../../views/RichText';
import { LessonGoal } from './LessonGoal';
import { LessonPredict } from './LessonPredict';

function StepDots({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const stepIndex = useLesson((s) => s.stepIndex);
  const done = useLesson((s) => s.completed[lesson.id]);
  const goTo = useLesson((s) => s.goTo);
  return (
    <ol className="lesson__dots" aria-label={t('lesson.steps')}>
      {lesson.steps.map((step, i) => {
        const isDone = done?.includes(i) ?? false;
        return (
          <li key={i}>
            <button
              type="button"
              className={`lesson__dot${i === stepIndex ? ' is-current' : ''}${isDone ? ' is-done' : ''}`}
              aria-current={i === stepIndex ? 'step' : undefined}
              aria-label={`${t(isDone ? 'lesson.stepDone' : 'lesson.stepTodo', { n: i + 1 })}: ${step.title[lang]}`}
              title={step.title[lang]}
              onClick={() => goTo(i)}
            >
              {isDone ? '✓' : i + 1}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function StepStatus() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const playing = useKafka((s) => s.playing);
  const play = useKafka((s) => s.play);
  const lesson = useLesson((s) => s.lesson)!;
  const step = useLesson((s) => s.lesson!.steps[s.stepIndex]!);
  const reached = useLesson((s) => s.reached);
  const timedOut = useLesson((s) => s.timedOut);
  const choice = useLesson((s) => s.choice);
  const passed = useLesson((s) => s.passed);
  if (!step.until) {
    if (!step.goal) return <p className="lesson__status">{t('lesson.readNext')}</p>;
    if (passed || playing) return null;
    return (
      <button type="button" className="btn btn--primary lesson__play" onClick={play}>
        ▶ {t('lesson.playToTry')}
      </button>
    );
  }
  if (reached)
    return step.result ? (
      <p className="lesson__result" role="status">
        <span className="lesson__tag">{t('lesson.result')}</span> <RichText text={step.result[lang]} />
      </p>
    ) : null;
  if (timedOut) return <p className="lesson__status lesson__status--warn">{t('lesson.timedOut')}</p>;
  if (playing) return <p className="lesson__status">{t('lesson.playing')}</p>;
  const mustPredict = step.predict && choice === null;
  return (
    <button
      type="button"
      className="btn btn--primary lesson__play"
      data-lesson={lesson.id}
      disabled={mustPredict}
      onClick={play}
    >
      ▶ {mustPredict ? t('lesson.playAfterPredict') : t('lesson.play')}
    </button>
  );
}

/** The setting a step points at, as a live control in the card (unless the goal below shows it anyway). */
function HighlightedSetting({ step }: { step: LessonStep }) {
  const h = step.highlight;
  if (!h || !('slider' in h) || step.goal?.controls?.includes(h.slider)) return null;
  return (
    <div className="lesson__controls">
      <CatalogueControl name={h.slider} client={clientOf(step, h.slider)} />
    </div>
  );
}

/** The producer or group a step's own actions change with this key, if any. */
function clientOf(step: LessonStep, key: string): string | undefined {
  for (const a of step.actions ?? []) {
    if (a.action === 'setProducerConfig' && a.key === key) return a.producer;
    if (a.action === 'setConsumerConfig' && a.key === key) return a.group;
  }
  return undefined;
}

function LessonEnd({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const start = useLesson((s) => s.start);
  const exit = useLesson((s) => s.exit);
  const next = COURSE[COURSE.indexOf(lesson) + 1];
  return (
    <div className="lesson__end">
      <h3>{t('lesson.recap')}</h3>
      <p>
        <RichText text={lesson.recap[lang]} />
      </p>
      {lesson.correction && (
        <div className="lesson__correction">
          <p>
            <strong>{t('lesson.noteSays')}:</strong> <RichText text={lesson.correction.note[lang]} />
          </p>
          <p>
            <strong>{t('lesson.kafkaDoes')}:</strong> <RichText text={lesson.correction.kafka[lang]} />
          </p>
        </div>
      )}
      {next ? (
        <button type="button" className="btn btn--primary" onClick={() => start(next.id)}>
          {t('lesson.nextLesson', { title: next.title[lang] })}
        </button>
      ) : (
        <button type="button" className="btn" onClick={exit}>
          {t('lesson.finish')}
        </button>
      )}
    </div>
  );
}

export function LessonCard({ caption = false }: { caption?: boolean }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const lesson = useLesson((s) => s.lesson);
  const stepIndex = useLesson((s) => s.stepIndex);
  const prev = useLesson((s) => s.prev);
  const next = useLesson((s) => s.next);
  const exit = useLesson((s) => s.exit);
  const openDialog = useKafka((s) => s.openDialog);
  if (!lesson) return null;
  const step = lesson.steps[stepIndex]!;
  const last = stepIndex === lesson.steps.length - 1;
  const Tag = caption ? 'figcaption' : 'section';
  return (
    <Tag
      className={`lesson${caption ? ' lesson--caption' : ''}`}
      aria-label={t('lesson.region')}
      data-testid="lesson"
    >
      <header className="lesson__head">
        <p className="lesson__where">
          {t('lesson.of', { n: COURSE.indexOf(lesson) + 1, total: COURSE.length })} ·{' '}
          {t('lesson.stepOf', { n: stepIndex + 1, total: lesson.steps.length })}
        </p>
        {!caption && (
          <div className="lesson__head-actions">
            <button type="button" className="btn btn--small" onClick={() => openDialog('course')}>
              {t('course.button')}
            </button>
            <button type="button" className="btn btn--small" onClick={exit}>
              {t('lesson.exit')}
            </button>
          </div>
        )}
      </header>
      <h2 className="lesson__title">{lesson.title[lang]}</h2>
      <StepDots lesson={lesson} />
      <h3 className="lesson__step-title" aria-live="polite">
        {step.title[lang]}
      </h3>
      <p className="lesson__narration">
        <RichText text={step.narration[lang]} />
      </p>
      <HighlightedSetting step={step} />
      {step.predict && <LessonPredict key={`${lesson.id}-${stepIndex}`} predict={step.predict} />}
      <StepStatus />
      {step.goal && <LessonGoal goal={step.goal} />}
      {last && <LessonEnd lesson={lesson} />}
      <nav className="lesson__nav" aria-label={t('lesson.steps')}>
        <button type="button" className="btn" onClick={prev} disabled={stepIndex === 0}>
          ← {t('lesson.prev')}
        </button>
        <button type="button" className="btn btn--primary" onClick={next} disabled={last}>
          {t('lesson.next')} →
        </button>
      </nav>
    </Tag>
  );
}
