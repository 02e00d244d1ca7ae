/** Every glossary term a lesson's text marks ([[id]]) exists, in both languages alike. */
import { describe, expect, it } from 'vitest';
import { COURSE, lessonTexts } from '../../lessons';
import { richTextTermIds, unknownTerms } from '../../views/RichText';

describe('glossary terms in lessons', () => {
  for (const lesson of COURSE) {
    it(`${lesson.id} marks only known terms, the same in en and ko`, () => {
      for (const t of lessonTexts(lesson)) {
        expect(unknownTerms(t.en), t.en).toEqual([]);
        expect(unknownTerms(t.ko), t.ko).toEqual([]);
        expect(new Set(richTextTermIds(t.ko)), t.ko).toEqual(new Set(richTextTermIds(t.en)));
      }
    });
  }
});
