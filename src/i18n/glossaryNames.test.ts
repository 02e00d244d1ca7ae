/** The names shipped in the first download (glossaryNames.ts) are the glossary entries' own names. */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, TERM_IDS } from './glossary';
import { TERM_NAMES } from './glossaryNames';

describe('glossary names', () => {
  it('has exactly the glossary’s terms, each with its entry’s name in both languages', () => {
    expect(Object.keys(TERM_NAMES).sort()).toEqual([...TERM_IDS].sort());
    for (const id of TERM_IDS) expect(TERM_NAMES[id], id).toEqual(GLOSSARY[id].term);
  });
});
