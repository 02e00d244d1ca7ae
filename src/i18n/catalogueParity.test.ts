/**
 * The Korean UI has no English left: every catalogue key exists in both languages with the same
 * {placeholders}, Korean values are Korean (Hangul) unless they are names or code, and so are the
 * config-key docs and every example's title and description.
 */
import { describe, expect, it } from 'vitest';
import { keysOf } from '../engine';
import { EXAMPLES } from '../scenarios';
import { en } from './en';
import { ko } from './ko';
import { configDoc } from './configDocs';
import { configDocsEn } from './configDocsEn';

const HANGUL = /[\uac00-\ud7a3]/;
/** English prose: two words of three or more letters in a row (names and code are single tokens). */
const PROSE = /[a-z]{3,} [a-z]{3,}/i;
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]!))].sort();

describe('en/ko catalogues', () => {
  it('have the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: same placeholders, Korean text', (key) => {
    expect(placeholders(ko[key])).toEqual(placeholders(en[key]));
    expect(ko[key].trim()).not.toBe('');
    if (PROSE.test(ko[key])) expect(ko[key]).toMatch(HANGUL);
  });
});

describe('config-key docs', () => {
  it.each(['producer', 'consumer', 'topic', 'broker'] as const)(
    'every %s key is documented in both',
    (scope) => {
      for (const spec of keysOf(scope)) {
        expect(configDoc('en', scope, spec.key), spec.key).not.toBe('');
        expect(configDoc('ko', scope, spec.key), spec.key).toMatch(HANGUL);
      }
    },
  );

  it('documents no key the engine does not know (a renamed key leaves no stale doc)', () => {
    const known = (['producer', 'consumer', 'topic', 'broker'] as const).flatMap((scope) =>
      keysOf(scope).map((spec) => `configDoc.${scope}.${spec.key}`),
    );
    expect(Object.keys(configDocsEn).sort()).toEqual(known.sort());
  });
});

describe('examples', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.scenario] as const))(
    '%s has a Korean title and description',
    (_id, s) => {
      expect(s.title?.ko ?? '').toMatch(HANGUL);
      if (s.description?.en) expect(s.description.ko ?? '').toMatch(HANGUL);
    },
  );
});
