/**
 * The glossary: every Kafka term the app uses, in English and Korean, shown by <Term> and the glossary dialog.
 * Loaded on demand (glossaryLoader.ts); the names alone are in glossaryNames.ts.
 */
import { BROKER_TERMS } from './glossaryBroker';
import { CONSUMER_TERMS } from './glossaryConsumer';
import { PRODUCER_TERMS } from './glossaryProducer';
import { LEDGER_TERMS } from './glossaryLedger';
import type { GlossaryEntry, TermId } from './glossaryTypes';
import type { Lang } from './types';

export type { GlossaryEntry, TermId } from './glossaryTypes';

export const GLOSSARY: Record<TermId, GlossaryEntry> = {
  ...PRODUCER_TERMS,
  ...BROKER_TERMS,
  ...CONSUMER_TERMS,
  ...LEDGER_TERMS,
};

export const TERM_IDS = Object.keys(GLOSSARY) as TermId[];

export { isTermId } from './glossaryNames';

/** Term ids sorted by their name in the given language. */
export function sortedTermIds(lang: Lang): TermId[] {
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  return [...TERM_IDS].sort((a, b) =>
    GLOSSARY[a].term[lang].localeCompare(GLOSSARY[b].term[lang], locale, { sensitivity: 'base' }),
  );
}
