import { describe, expect, it } from 'vitest';
import { ACTION_ERROR_CODES } from '../engine';
import { actionErrorEn } from './actionErrorEn';
import { actionErrorKo } from './actionErrorKo';

// The catalogues cannot import the engine's code list (i18n is a leaf), so this test keeps them complete.
describe('action error catalogues', () => {
  it('translate every ActionError code the engine can raise, in English and Korean', () => {
    const keys = ACTION_ERROR_CODES.map((code) => `actionError.${code}`);
    expect(keys.filter((k) => !(k in actionErrorEn))).toEqual([]);
    expect(keys.filter((k) => !(k in actionErrorKo))).toEqual([]);
  });
});
