/** Predict, then observe: the learner picks an answer before playing; after the step's outcome, the reveal. */
import { useId } from 'react';
import type { Predict } from '../../lessons';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { useLesson } from '../../store/useLesson';
import { plainRichText, RichText } from '../../views/RichText';

export function LessonPredict({ predict }: { predict: Predict }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const choice = useLesson((s) => s.choice);
  const reached = useLesson((s) => s.reached);
  const evidenceHeld = useLesson((s) => s.evidenceHeld);
  const choose = useLesson((s) => s.choose);
  const name = useId();
  // Shown inside a sentence: markup becomes plain text there.
  const answer = plainRichText(predict.choices[predict.answer]![lang], lang);
  return (
    <fieldset className="lesson__predict" disabled={reached}>
      <legend>
        <span className="lesson__tag">{t('lesson.predict')}</span> <RichText text={predict.question[lang]} />
      </legend>
      {predict.choices.map((c, i) => {
        const mark = reached ? (i === predict.answer ? ' is-answer' : i === choice ? ' is-wrong' : '') : '';
        return (
          <label key={i} className={`lesson__choice${mark}`}>
            <input type="radio" name={name} checked={choice === i} onChange={() => choose(i)} />{' '}
            <RichText text={c[lang]} />
            {reached && i === predict.answer && <span className="lesson__mark"> ✓</span>}
          </label>
        );
      })}
      {reached && (
        <div className="lesson__reveal" role="status">
          <p>
            <strong>
              {choice === null
                ? t('lesson.noAnswer')
                : choice === predict.answer
                  ? t('lesson.right')
                  : t('lesson.notQuite')}
            </strong>{' '}
            {choice !== null && choice !== predict.answer && (
              <>{t('lesson.yourAnswer', { answer: plainRichText(predict.choices[choice]![lang], lang) })} </>
            )}
            {t('lesson.kafkaShows', { answer })}
          </p>
          <p>
            <RichText text={predict.explain[lang]} />
          </p>
          <p className="lesson__evidence">
            {evidenceHeld ? t('lesson.evidence') : t('lesson.evidenceMissing')}
          </p>
        </div>
      )}
    </fieldset>
  );
}
