/**
 * Narration text with glossary terms and bold, and nothing else: `[[isr]]` shows the term's own name in
 * the current language, `[[isr|in-sync replicas]]` a custom label, `**bold**` bold. Everything else,
 * including anything that looks like HTML, is rendered as text (React escapes it; no innerHTML).
 */
import { Fragment, memo, type ReactNode } from 'react';
import { isTermId, TERM_NAMES } from '../i18n/glossaryNames';
import { useKafka } from '../store/StoreContext';
import { Term } from './Term';

export type RichSegment =
  | { kind: 'text'; text: string }
  | { kind: 'term'; id: string; label?: string }
  | { kind: 'bold'; children: RichSegment[] };

/** `[[id]]` / `[[id|label]]` (no brackets inside), or `**bold**` (non-empty, on one stretch of text). */
const TOKEN = /\[\[([^[\]|]+)(?:\|([^[\]]*))?\]\]|\*\*([^*]+?)\*\*/g;

function parse(text: string, allowBold: boolean): RichSegment[] {
  const out: RichSegment[] = [];
  const pushText = (s: string) => {
    if (!s) return;
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += s;
    else out.push({ kind: 'text', text: s });
  };
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    const [whole, id, label, bold] = m;
    pushText(text.slice(at, m.index));
    if (id !== undefined) {
      const trimmed = label?.trim();
      out.push(trimmed ? { kind: 'term', id: id.trim(), label: trimmed } : { kind: 'term', id: id.trim() });
    } else if (allowBold && bold !== undefined) {
      out.push({ kind: 'bold', children: parse(bold, false) });
    } else {
      pushText(whole);
    }
    at = m.index + whole.length;
  }
  pushText(text.slice(at));
  return out;
}

/** Splits a narration string into text, term and bold segments; unmatched markers stay text. */
export function parseRichText(text: string): RichSegment[] {
  return parse(text, true);
}

function collectIds(segments: RichSegment[], into: string[]): string[] {
  for (const s of segments) {
    if (s.kind === 'term' && !into.includes(s.id)) into.push(s.id);
    else if (s.kind === 'bold') collectIds(s.children, into);
  }
  return into;
}

/** The term ids a narration string uses, in order of first use (known or not). */
export function richTextTermIds(text: string): string[] {
  return collectIds(parseRichText(text), []);
}

/** The term ids a narration string uses that the glossary does not know (for validation tests). */
export function unknownTerms(text: string): string[] {
  return richTextTermIds(text).filter((id) => !isTermId(id));
}

/** The text a reader sees, markup removed (for attributes such as aria-label or title). */
export function plainRichText(text: string, lang: 'en' | 'ko' = 'en'): string {
  const flat = (segments: RichSegment[]): string =>
    segments
      .map((s) =>
        s.kind === 'text'
          ? s.text
          : s.kind === 'bold'
            ? flat(s.children)
            : (s.label ?? (isTermId(s.id) ? TERM_NAMES[s.id][lang] : s.id)),
      )
      .join('');
  return flat(parseRichText(text));
}

export interface RichTextProps {
  /** The narration, with `[[id]]`, `[[id|label]]` and `**bold**` markup. */
  text: string;
}

/**
 * Renders a narration string: terms as <Term>, bold as <strong>, the rest as plain text. Memoised on the
 * text: legends and captions sit inside views that redraw every frame, and the text rarely changes.
 */
export const RichText = memo(function RichText({ text }: RichTextProps) {
  const lang = useKafka((s) => s.lang);
  const render = (segments: RichSegment[]): ReactNode[] =>
    segments.map((s, i) => {
      if (s.kind === 'text') return <Fragment key={i}>{s.text}</Fragment>;
      if (s.kind === 'bold') return <strong key={i}>{render(s.children)}</strong>;
      if (!isTermId(s.id)) return <Fragment key={i}>{s.label ?? s.id}</Fragment>;
      return (
        <Term key={i} id={s.id}>
          {s.label ?? TERM_NAMES[s.id][lang]}
        </Term>
      );
    });
  return <>{render(parseRichText(text))}</>;
});
