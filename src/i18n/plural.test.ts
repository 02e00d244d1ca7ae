/** The catalogues' plural syntax: English chooses one/other by Intl.PluralRules, Korean has no plural. */
import { describe, expect, it } from 'vitest';
import { selectPlurals } from './plural';
import { translate } from './index';

describe('selectPlurals', () => {
  const template = '{n, plural, one {# record} other {# records}} failed';

  it('chooses "one" for 1 and "other" otherwise, in English', () => {
    expect(selectPlurals(template, 'en', { n: 1 })).toBe('1 record failed');
    expect(selectPlurals(template, 'en', { n: 0 })).toBe('0 records failed');
    expect(selectPlurals(template, 'en', { n: 2 })).toBe('2 records failed');
  });

  it('reads an already formatted number for the choice and prints it as given', () => {
    expect(selectPlurals(template, 'en', { n: '1,234' })).toBe('1,234 records failed');
    expect(selectPlurals(template, 'en', { n: '1' })).toBe('1 record failed');
  });

  it('keeps other placeholders inside a branch for the later substitution', () => {
    expect(selectPlurals('{n, plural, one {# batch of {p}} other {# batches of {p}}}', 'en', { n: 1 })).toBe(
      '1 batch of {p}',
    );
  });

  it('an exact =N branch wins over the category', () => {
    expect(selectPlurals('{n, plural, =0 {none} one {# item} other {# items}}', 'en', { n: 0 })).toBe('none');
  });

  it('leaves a template without plurals untouched', () => {
    expect(selectPlurals('{n} 건 실패', 'ko', { n: 1 })).toBe('{n} 건 실패');
  });
});

describe('translate with plurals', () => {
  it('says "1 record", not "1 records"', () => {
    expect(translate('en', 'repl.failedRecords', { n: 1 })).toBe('1 record failed');
    expect(translate('en', 'repl.failedRecords', { n: 3 })).toBe('3 records failed');
  });
});
