/**
 * The one piece of ICU MessageFormat the catalogues use: `{n, plural, one {# record} other {# records}}`.
 * The branch is chosen by the browser's own plural rules (`Intl.PluralRules`) for the language; `#` is the
 * parameter as passed (so a number already formatted with separators keeps them). Korean has no plural
 * forms, so Korean strings keep plain `{n}` placeholders. Why not an i18n library: docs/CONTEXT.md, "i18n".
 */
import type { Lang } from './types';

const RULES = new Map<Lang, Intl.PluralRules>();

function rulesFor(lang: Lang): Intl.PluralRules {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang === 'ko' ? 'ko-KR' : 'en-US');
    RULES.set(lang, rules);
  }
  return rules;
}

/** A parameter as a number for choosing the branch: `1,234` (already formatted) counts as 1234. */
function countOf(value: string | number): number {
  return typeof value === 'number' ? value : Number(String(value).replace(/[^\d.-]/g, ''));
}

/** Reads `one {…} other {…}` branches starting at `from`; returns them and where the closing `}` is. */
function readBranches(text: string, from: number): { branches: Map<string, string>; end: number } | null {
  const branches = new Map<string, string>();
  let i = from;
  for (;;) {
    while (text[i] === ' ') i++;
    if (text[i] === '}') return { branches, end: i };
    const name = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
    if (!name) return null;
    i += name[0].length;
    let depth = 1;
    const start = i;
    while (i < text.length && depth > 0) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      i++;
    }
    if (depth > 0) return null;
    branches.set(name[1]!, text.slice(start, i - 1));
  }
}

/** Replaces every `{name, plural, …}` in `template` by the branch the parameter's value selects. */
export function selectPlurals(template: string, lang: Lang, params: Record<string, string | number>): string {
  if (!template.includes(', plural,')) return template;
  let out = '';
  let i = 0;
  const pattern = /\{(\w+), plural,/g;
  for (let m = pattern.exec(template); m; m = pattern.exec(template)) {
    const found = readBranches(template, m.index + m[0].length);
    if (!found) continue;
    const raw = params[m[1]!];
    let branch = found.branches.get('other') ?? '';
    if (raw !== undefined) {
      const n = countOf(raw);
      branch = found.branches.get(`=${n}`) ?? found.branches.get(rulesFor(lang).select(n)) ?? branch;
    }
    out += template.slice(i, m.index) + branch.replace(/#/g, raw === undefined ? `{${m[1]}}` : String(raw));
    i = found.end + 1;
    pattern.lastIndex = i;
  }
  return out + template.slice(i);
}
