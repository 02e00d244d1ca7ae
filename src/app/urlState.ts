/**
 * Reads the app's options from the URL (`?scenario=hot-keys&lang=ko&speed=1&t=12`, `?embed&loop…`,
 * `?compare=linger.ms`, and a shared scenario in `#s=…`). Untrusted input: unknown values fall back to
 * defaults and are reported as plain text, never rendered as markup.
 */
import {
  DEFAULT_EXAMPLE_ID,
  isExampleId,
  loadedExample,
  type ExampleScenario,
} from '../scenarios/exampleLoader';
import { preferredLang, type Lang } from '../i18n';
import { SPEED_STOPS } from '../controls/sliderScale';
import { MAX_LINK_TIME_MS } from './shareHash';
import type { DecodedHash, SharedState } from './shareLink';

export const PANELS = ['pipeline', 'metrics', 'settings', 'playback'] as const;
export type Panel = (typeof PANELS)[number];

export interface EmbedOptions {
  loop: boolean;
  panels: ReadonlySet<Panel>;
}

export interface UrlOptions {
  example: ExampleScenario;
  lang: Lang;
  speed: number | undefined;
  autoplay: boolean;
  /** Simulated time to open at, in ms (`?t=` in seconds, or the shared link's moment). */
  startMs: number;
  readOnly: boolean;
  embed: EmbedOptions | null;
  /** The config key an A/B comparison varies (`?compare=linger.ms&a=0&b=50`). */
  compare: { key: string; a: string | null; b: string | null } | null;
  /** The scenario id the URL asked for but we do not have. */
  unknownScenario: string | null;
  /** A shared link (`#s=`) that was read, or why it could not be. */
  shared: SharedState | null;
  badHash: Extract<DecodedHash, { kind: 'error' }> | null;
  selectedPartition: number | null;
  /** The producer a shared link showed (null: the first). */
  selectedProducer: string | null;
  /** `?lesson=batching&step=2` (steps count from 1): the lesson to open, and at which step. */
  lesson: { id: string; step: number } | null;
  /** `?present`: large type for a projector. */
  presenter: boolean;
}

function readPanels(value: string | null): ReadonlySet<Panel> {
  const asked = (value ?? 'pipeline,playback').split(',').map((p) => p.trim());
  const panels = new Set(PANELS.filter((p) => asked.includes(p)));
  return panels.size ? panels : new Set<Panel>(['pipeline', 'playback']);
}

function readLesson(params: URLSearchParams): UrlOptions['lesson'] {
  const id = params.get('lesson');
  if (!id) return null;
  const step = Number(params.get('step') ?? '1');
  return { id: id.slice(0, 80), step: Number.isInteger(step) && step >= 1 ? Math.min(step, 99) - 1 : 0 };
}

/** The example the address opens (main.tsx loads its chunk before `readUrlOptions`); else the default. */
export function exampleIdToOpen(search: string): string {
  const asked = new URLSearchParams(search).get('scenario');
  return asked && isExampleId(asked) ? asked : DEFAULT_EXAMPLE_ID;
}

/** `decoded` is the hash as `decodeShareHash` read it (main.tsx loads that reader only when there is a hash). */
export function readUrlOptions(
  search: string,
  browserLanguages: readonly string[] | undefined,
  decoded: DecodedHash = { kind: 'none' },
): UrlOptions {
  const params = new URLSearchParams(search);
  const shared = decoded.kind === 'ok' ? decoded.state : null;
  const asked = params.get('scenario');
  const found = asked && isExampleId(asked) ? asked : undefined;
  // An example not loaded yet opens the default (main.tsx loads the asked one first: exampleIdToOpen).
  const fallback = (found && loadedExample(found)) || loadedExample(DEFAULT_EXAMPLE_ID)!;
  const example = shared
    ? {
        id: shared.exampleId && isExampleId(shared.exampleId) ? shared.exampleId : 'custom',
        scenario: shared.scenario,
      }
    : fallback;
  const langParam = params.get('lang');
  const speedParam = Number(params.get('speed'));
  const tParam = Number(params.get('t'));
  const startMs =
    Number.isFinite(tParam) && tParam > 0
      ? Math.min(MAX_LINK_TIME_MS, Math.round(tParam * 1000))
      : (shared?.t ?? 0);
  const compareKey = params.get('compare');
  return {
    example,
    lang:
      langParam === 'ko' || langParam === 'en'
        ? langParam
        : (shared?.lang ?? preferredLang(browserLanguages)),
    speed: SPEED_STOPS.includes(speedParam) ? speedParam : shared?.speed,
    autoplay: params.has('autoplay'),
    startMs,
    readOnly: params.has('readonly'),
    embed: params.has('embed')
      ? { loop: params.has('loop'), panels: readPanels(params.get('panels')) }
      : null,
    compare:
      compareKey !== null ? { key: compareKey.slice(0, 80), a: params.get('a'), b: params.get('b') } : null,
    unknownScenario: !shared && asked && !found ? asked.slice(0, 80) : null,
    shared,
    badHash: decoded.kind === 'error' ? decoded : null,
    selectedPartition: shared?.selectedPartition ?? null,
    selectedProducer: shared?.selectedProducer ?? null,
    lesson: readLesson(params),
    presenter: params.has('present'),
  };
}
