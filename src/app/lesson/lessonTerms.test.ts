/** Every glossary term a lesson's text marks ([[id]]) exists, in both languages alike. */
import { describe, expect, it } from 'vitest';
import { COURSE, type Lesson, type Text } from '../../lessons';
import { richTextTermIds, unknownTerms } from '../../views/RichText';

function texts(lesson: Lesson): Text[] {
  const out: Text[] = [lesson.title, lesson.summary, lesson.recap];
  if (lesson.correction) out.push(lesson.correction.note, lesson.correction.kafka);
  for (const s of lesson.steps) {
    out.push(s.title, s.narration, ...(s.result ? [s.result] : []));
    if (s.predict) out.push(s.predict.question, s.predict.explain, ...s.predict.choices);
    if (s.goal) out.push(s.goal.task, ...(s.goal.hint ? [s.goal.hint] : []));
  }
  return out;
}

describe('glossary terms in lessons', () => {
  for (const lesson of COURSE) {
    it(`${lesson.id} marks only known terms, the same in en and ko`, () => {
      for (const t of texts(lesson)) {
        expect(unknownTerms(t.en), t.en).toEqual([]);
        expect(unknownTerms(t.ko), t.ko).toEqual([]);
        expect(new Set(richTextTermIds(t.ko)), t.ko).toEqual(new Set(richTextTermIds(t.en)));
      }
    });
  }
});
