/**
 * The whole scenario in the URL hash: config, seed, recorded timeline, current time, view options and
 * language, as JSON compressed with lz-string (URL-safe alphabet). Decoding treats the hash as hostile:
 * size limits before and during decompression (it stops at the output limit rather than inflating a
 * hostile link to gigabytes), JSON and schema validation, and a plain-text reason on
 * failure (the caller shows it as text and falls back to the default scenario).
 */
import { decompressBounded } from './boundedDecompress';
import { z } from 'zod';
import type { Scenario } from '../engine';
import type { Lang } from '../i18n';
import { parseScenarioObject } from '../scenarios';
import { MAX_LINK_TIME_MS } from './shareHash';

// Writing links is in shareHash.ts (no zod, part of every page); re-exported for existing callers.
export { encodeShareHash, MAX_LINK_TIME_MS } from './shareHash';

/** A teaching scenario compresses to a few kB; anything far larger is not ours. */
const MAX_HASH_CHARS = 200_000;
const MAX_JSON_CHARS = 2_000_000;

export interface SharedState {
  scenario: Scenario;
  /** The example this was based on, for the scenario picker. */
  exampleId?: string;
  /** Simulated time to open at, in ms. */
  t: number;
  lang?: Lang;
  speed?: number;
  selectedPartition?: number | null;
}

const payloadSchema = z.object({
  v: z.literal(1),
  scenario: z.unknown(),
  id: z.string().max(64).optional(),
  t: z.number().int().min(0).default(0),
  lang: z.enum(['en', 'ko']).optional(),
  speed: z.number().min(0.1).max(10).optional(),
  partition: z.number().int().min(0).max(1000).nullable().optional(),
});

/** Why a link could not be read: a catalogue key for the sentence, plus the validator's own words if any. */
export type HashProblem =
  'url.hash.tooLong' | 'url.hash.damaged' | 'url.hash.notScenario' | 'url.hash.invalid';

export type DecodedHash =
  | { kind: 'none' }
  | { kind: 'ok'; state: SharedState }
  | { kind: 'error'; problem: HashProblem; details?: string };

/** Reads a hash (`#s=…`); never throws, whatever it is given. */
export function decodeShareHash(hash: string): DecodedHash {
  const encoded = new URLSearchParams(hash.replace(/^#/, '')).get('s');
  if (encoded === null) return { kind: 'none' };
  if (encoded.length > MAX_HASH_CHARS) return { kind: 'error', problem: 'url.hash.tooLong' };
  const inflated = decompressBounded(encoded, MAX_JSON_CHARS);
  if (!inflated.ok)
    return {
      kind: 'error',
      problem: inflated.reason === 'tooLong' ? 'url.hash.tooLong' : 'url.hash.damaged',
    };
  const json = inflated.text;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: 'error', problem: 'url.hash.damaged' };
  }
  const payload = payloadSchema.safeParse(data);
  if (!payload.success) return { kind: 'error', problem: 'url.hash.notScenario' };
  const parsed = parseScenarioObject(payload.data.scenario, 'link');
  if (!parsed.ok)
    return {
      kind: 'error',
      problem: 'url.hash.invalid',
      details: parsed.errors.slice(0, 3).join('; ').slice(0, 400),
    };
  const p = payload.data;
  return {
    kind: 'ok',
    state: {
      scenario: parsed.scenario,
      exampleId: p.id,
      t: Math.min(p.t, MAX_LINK_TIME_MS),
      lang: p.lang,
      speed: p.speed,
      selectedPartition: p.partition ?? null,
    },
  };
}
