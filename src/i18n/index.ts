/** Message lookup with {placeholders}; the language comes from the store, the default from the browser. */
import { en, type MessageKey } from './en';
import { ko } from './ko';
import type { Lang } from './types';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, ko };

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang][key] ?? en[key];
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
  return n.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });
}

export type { MessageKey } from './en';
export type { Lang } from './types';
export { LANGS } from './types';
