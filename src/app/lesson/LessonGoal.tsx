/** "Now you try": the task, the controls it needs, progress from the engine, a hint, and the pass mark. */
import type { Goal } from '../../lessons';
import { CatalogueControl } from '../../controls/CatalogueControl';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { useLesson } from '../../store/useLesson';
import { RichText } from '../../views/RichText';

/** The producer or group the goal's own solution changes with this key, so the control changes the same one. */
function targetOf(goal: Goal, key: string): string | undefined {
  for (const a of goal.solution) {
    if (a.action === 'setProducerConfig' && a.key === key) return a.producer;
    if (a.action === 'setConsumerConfig' && a.key === key) return a.group;
  }
  return undefined;
}

export function LessonGoal({ goal }: { goal: Goal }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const passed = useLesson((s) => s.passed);
  const figure = useLesson((s) => s.goalFigure);
  return (
    <section className={`lesson__goal${passed ? ' is-passed' : ''}`} aria-label={t('lesson.tryIt')}>
      <p>
        <span className="lesson__tag">{t('lesson.tryIt')}</span> <RichText text={goal.task[lang]} />
      </p>
      {goal.controls && goal.controls.length > 0 && (
        <div className="lesson__controls">
          {goal.controls.map((key) => (
            <CatalogueControl key={key} name={key} client={targetOf(goal, key)} />
          ))}
        </div>
      )}
      <p className="lesson__goal-status" role="status">
        {passed
          ? t('lesson.goalPassed')
          : figure !== null
            ? t('lesson.goalNow', { value: formatNumber(lang, figure, 1) })
            : t('lesson.goalWaiting')}
      </p>
      {goal.hint && !passed && (
        <details className="lesson__hint">
          <summary>{t('lesson.hint')}</summary>
          <RichText text={goal.hint[lang]} />
        </details>
      )}
    </section>
  );
}
