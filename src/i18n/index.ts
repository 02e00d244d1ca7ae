/**
 * Message lookup with {placeholders}; the language comes from the store, the default from the browser.
 * English ships with the first download; the Korean catalogue is its own chunk, loaded by `loadLang` when
 * Korean is chosen (main.tsx before the first render, the store's `setLang` on a switch).
 */
import { en, type MessageKey } from './en';
import type { Lang } from './types';
import { selectPlurals } from './plural';

const CATALOGUES: Partial<Record<Lang, Record<MessageKey, string>>> = { en };
let koLoading: Promise<void> | null = null;

/** Whether `translate` has the language's own catalogue (else it answers in English). */
export function isLangLoaded(lang: Lang): boolean {
  return CATALOGUES[lang] !== undefined;
}

/** Loads the language's catalogue once; a failed load may be retried. */
export function loadLang(lang: Lang): Promise<void> {
  if (isLangLoaded(lang)) return Promise.resolve();
  koLoading ??= import('./ko').then(
    (m) => {
      CATALOGUES.ko = m.ko;
    },
    (error: unknown) => {
      koLoading = null;
      throw error;
    },
  );
  return koLoading;
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = selectPlurals(CATALOGUES[lang]?.[key] ?? en[key], lang, params);
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{${name}}`,
  );
}

/** Korean when the browser prefers it, else English. */
export function preferredLang(languages: readonly string[] | undefined): Lang {
  return languages?.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

/** Formats numbers for the language (thousands separators). */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  // One Intl.NumberFormat per language and precision: toLocaleString builds a new one per call, which
  // was ~5 % of a frame's script when every panel shows numbers (docs/performance.md).
  const key = `${lang}:${digits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    });
    NUMBER_FORMATS.set(key, format);
  }
  return format.format(n);
}
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

export type { MessageKey } from './en';
export type { Lang } from './types';
export { LANGS } from './types';

/**
 * Simulated time for the clock: seconds with milliseconds up to an hour (`12.345 s`), then days, hours
 * and minutes (`8 d 0 h 2 min 31 s` / `8일 0시간 2분 31초`) — "691,351.327 s" after "skip 8 days" read badly.
 */
export function formatSimTime(lang: Lang, ms: number): string {
  if (ms < 3_600_000) return `${formatNumber(lang, ms / 1000, 3)} s`;
  const total = Math.floor(ms / 1000);
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts =
    lang === 'ko'
      ? [`${d}일`, `${h}시간`, `${min}분`, `${s}초`]
      : [`${d} d`, `${h} h`, `${min} min`, `${s} s`];
  return (d > 0 ? parts : parts.slice(1)).join(' ');
}
