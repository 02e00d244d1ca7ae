import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../scenarios';
import { decodeShareHash, encodeShareHash, MAX_LINK_TIME_MS } from './shareLink';
import { readUrlOptions } from './urlState';

describe('share link: round trip', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s survives the hash exactly', (_id, example) => {
    const state = {
      scenario: example.scenario,
      exampleId: example.id,
      t: 12_345,
      lang: 'ko' as const,
      speed: 2,
      selectedPartition: 1,
    };
    const hash = encodeShareHash(state);
    expect(hash).toMatch(/^#s=[A-Za-z0-9+\-$]+$/); // URL-safe: nothing to escape, nothing to break out of
    const decoded = decodeShareHash(hash);
    expect(decoded).toEqual({ kind: 'ok', state });
    const options = readUrlOptions('', ['en'], decodeShareHash(hash));
    expect(options.example).toEqual({ id: example.id, scenario: example.scenario });
    expect(options).toMatchObject({
      startMs: 12_345,
      lang: 'ko',
      speed: 2,
      selectedPartition: 1,
      badHash: null,
    });
  });

  it('a recorded timeline travels with the scenario', () => {
    const scenario = {
      ...EXAMPLES[0]!.scenario,
      timeline: [
        {
          atMs: 1201,
          action: 'setProducerConfig' as const,
          producer: 'producer-1',
          key: 'linger.ms',
          value: 40,
        },
      ],
    };
    const decoded = decodeShareHash(encodeShareHash({ scenario, t: 2000 }));
    expect(decoded.kind === 'ok' && decoded.state.scenario.timeline).toEqual(scenario.timeline);
  });

  it('a moment beyond what a link may ask for is clamped, not refused', () => {
    const decoded = decodeShareHash(encodeShareHash({ scenario: EXAMPLES[0]!.scenario, t: 1e12 }));
    expect(decoded.kind === 'ok' && decoded.state.t).toBe(MAX_LINK_TIME_MS);
  });

  it('no hash, or a hash without s=, is not an error', () => {
    expect(decodeShareHash('')).toEqual({ kind: 'none' });
    expect(decodeShareHash('#section-2')).toEqual({ kind: 'none' });
  });
});

describe('share link: hostile input', () => {
  const valid = encodeShareHash({ scenario: EXAMPLES[0]!.scenario, t: 0 });
  const wrap = (json: string) => `#s=${compressToEncodedURIComponent(json)}`;

  it.each([
    ['truncated', valid.slice(0, valid.length / 2), 'url.hash.damaged'],
    ['garbage', '#s=%3Cscript%3Ealert(1)%3C/script%3E', 'url.hash.damaged'],
    ['not JSON', wrap('<img src=x onerror=alert(1)>'), 'url.hash.damaged'],
    ['wrong shape', wrap('{"v":2}'), 'url.hash.notScenario'],
    ['negative time', wrap(`{"v":1,"t":-5,"scenario":{}}`), 'url.hash.notScenario'],
    ['invalid scenario', wrap('{"v":1,"scenario":{"version":1,"name":"<b>x</b>"}}'), 'url.hash.invalid'],
    ['huge', `#s=${'A'.repeat(300_000)}`, 'url.hash.tooLong'],
  ])('%s: a plain reason, never a throw', (_name, hash, problem) => {
    const decoded = decodeShareHash(hash);
    expect(decoded.kind).toBe('error');
    expect(decoded.kind === 'error' && decoded.problem).toBe(problem);
    if (problem === 'url.hash.invalid')
      expect(decoded.kind === 'error' && decoded.details).toMatch(/^link: /);
    const options = readUrlOptions('?scenario=hot-keys', ['en'], decodeShareHash(hash));
    expect(options.example.id).toBe('hot-keys'); // falls back to what the query asked for
    expect(options.badHash).toBeTruthy();
  });

  it('fuzz (seed 6006): any string, any mutation of a valid link decodes or explains, never throws', () => {
    const mutated = fc
      .tuple(fc.nat(valid.length - 1), fc.string({ maxLength: 8 }), fc.nat(12))
      .map(([at, insert, cut]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    const arbitraryHash = fc.oneof(
      fc.string({ maxLength: 300 }).map((s) => `#s=${s}`),
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `#s=${encodeURIComponent(s)}`),
      fc.json().map(wrap),
      mutated,
    );
    fc.assert(
      fc.property(arbitraryHash, (hash) => {
        const decoded = decodeShareHash(hash);
        expect(['ok', 'error', 'none']).toContain(decoded.kind);
        if (decoded.kind === 'error') expect(decoded.problem).toMatch(/^url\.hash\./);
        expect(() => readUrlOptions('', undefined, decodeShareHash(hash))).not.toThrow();
      }),
      { seed: 6006, numRuns: 400 },
    );
  }, 60_000);
});
