import { describe, expect, it } from 'vitest';
import { unknownTerms, richTextTermIds } from '../views/RichText';
import { en, type MessageKey } from './en';
import { GLOSSARY, TERM_IDS, isTermId, sortedTermIds } from './glossary';
import { ko } from './ko';

/** The terms the brief asks for, by id (the app's words for them are in the entries). */
const REQUIRED = [
  'record', 'key', 'topic', 'partition', 'offset', 'producer', 'consumer', 'broker', 'batch', 'linger',
  'batchSize', 'bufferMemory', 'stickyPartitioning', 'roundRobin', 'murmur2', 'hotKey', 'serializer',
  'compression', 'acks', 'leader', 'follower', 'replica', 'replicationFactor', 'isr', 'minIsr', 'hw', 'leo',
  'uncleanElection', 'retries', 'deliveryTimeout', 'idempotence', 'epoch', 'inFlight', 'fetch', 'poll',
  'consumerGroup', 'groupCoordinator', 'groupLeader', 'generation', 'rebalance', 'eagerRebalance',
  'cooperativeRebalance', 'assignor', 'heartbeat', 'sessionTimeout', 'maxPollInterval', 'commit',
  'autoCommit', 'autoOffsetReset', 'lag', 'recordsLag', 'position', 'offsetsRetention', 'staticMembership',
  'rodeAlong',
]; // prettier-ignore

describe('glossary', () => {
  it('has every required term', () => {
    for (const id of REQUIRED) expect(isTermId(id), id).toBe(true);
  });

  it('every term has a non-empty name and definition in English and Korean', () => {
    for (const id of TERM_IDS) {
      const e = GLOSSARY[id];
      for (const lang of ['en', 'ko'] as const) {
        expect(e.term[lang].trim(), `${id} term ${lang}`).not.toBe('');
        expect(e.definition[lang].trim(), `${id} definition ${lang}`).not.toBe('');
      }
      // Korean text really is Korean (at least one Hangul syllable), not a copied English sentence.
      expect(e.definition.ko, id).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('keeps definitions short: at most three sentences, at most ~400 characters', () => {
    for (const id of TERM_IDS)
      for (const lang of ['en', 'ko'] as const) {
        const d = GLOSSARY[id].definition[lang];
        expect(d.length, `${id} ${lang}`).toBeLessThanOrEqual(400);
        // Sentence ends: a full stop followed by a space and a capital (en) or any full stop + space (ko).
        const ends = d.match(lang === 'en' ? /[.!?](?=\s+[A-Z"])/g : /[.!?](?=\s)/g) ?? [];
        expect(ends.length + 1, `${id} ${lang}: ${d}`).toBeLessThanOrEqual(3);
      }
  });

  it('every seeAlso id exists and is not the entry itself', () => {
    for (const id of TERM_IDS)
      for (const other of GLOSSARY[id].seeAlso ?? []) {
        expect(isTermId(other), `${id} → ${other}`).toBe(true);
        expect(other).not.toBe(id);
      }
  });

  it('states the Kafka 4.0 defaults the app teaches', () => {
    expect(GLOSSARY.linger.definition.en).toMatch(/5 ms by default since Kafka 4\.0/);
    expect(GLOSSARY.acks.definition.en).toMatch(/all = every replica in the ISR/);
    expect(GLOSSARY.sessionTimeout.definition.en).toMatch(/45 s/);
    expect(GLOSSARY.offsetsRetention.definition.en).toMatch(/10080 minutes \(7 days\)/);
    expect(GLOSSARY.lag.definition.en).toMatch(/− committed offset/);
    expect(GLOSSARY.recordsLag.definition.en).toMatch(/high watermark − position/);
    expect(GLOSSARY.epoch.definition.en).toMatch(/Two different counters/);
  });

  it('sorts alphabetically by the name in the current language', () => {
    const names = sortedTermIds('en').map((id) => GLOSSARY[id].term.en.toLowerCase());
    expect(names[0]).toBe('acks');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-US', { sensitivity: 'base' })));
    expect(sortedTermIds('ko')).toHaveLength(TERM_IDS.length);
  });

  it('every [[term]] in the UI text names a glossary term, and en and ko mark the same terms', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(unknownTerms(en[key]), `en ${key}`).toEqual([]);
      expect(unknownTerms(ko[key]), `ko ${key}`).toEqual([]);
      expect(new Set(richTextTermIds(ko[key])), key).toEqual(new Set(richTextTermIds(en[key])));
    }
  });
});
