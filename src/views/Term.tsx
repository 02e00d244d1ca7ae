/**
 * A Kafka term in running text: dotted underline, focusable, and on hover or keyboard focus a tooltip
 * (role="tooltip", referenced by aria-describedby) with the term's name and definition in the current
 * language. Escape hides it. The tooltip is portalled to <body> and positioned `fixed` under the term,
 * so no `overflow` ancestor clips it; it flips left near the right edge and above near the bottom.
 * HTML only: never put a Term inside SVG <text>. The name is there at once; the definition loads with the
 * first tooltip shown (the glossary is not in the first download) and fills the tooltip when it arrives.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import type { TermId } from '../i18n/glossaryTypes';
import { TERM_NAMES } from '../i18n/glossaryNames';
import { useKafka } from '../store/StoreContext';
import { useT } from '../store/useT';
import { useGlossary } from './useGlossary';

export interface TermProps {
  /** Which glossary entry to explain. */
  id: TermId;
  /** The visible text; defaults to the term's own name in the current language. */
  children?: ReactNode;
  className?: string;
}

/** Gap between the term and its tooltip, and the least distance kept from the window's edges (px). */
const GAP = 6;
const EDGE = 8;
/** Lets the pointer travel from the term onto the tooltip without it closing (WCAG 1.4.13). */
const HOVER_CLOSE_MS = 120;

/**
 * Memoised: terms sit in rows that redraw every frame while playing (the replication view drew ~36 a
 * frame); with the same term and label a term need not redraw with its row.
 */
export const Term = memo(function Term({ id, children, className }: TermProps) {
  const lang = useKafka((s) => s.lang);
  const t = useT();
  const name = TERM_NAMES[id];
  const tipId = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const definition = useGlossary(open)?.[id].definition[lang];

  const cancelClose = () => clearTimeout(closeTimer.current);
  const show = () => {
    cancelClose();
    setOpen(true);
  };
  const hide = useCallback(() => {
    clearTimeout(closeTimer.current);
    setOpen(false);
    setPos(null);
  }, []);
  const hideSoon = () => {
    cancelClose();
    closeTimer.current = setTimeout(hide, HOVER_CLOSE_MS);
  };

  const place = useCallback(() => {
    const a = anchor.current?.getBoundingClientRect();
    const t = tip.current;
    if (!a || !t) return;
    const w = t.offsetWidth;
    const h = t.offsetHeight;
    const vw = window.innerWidth || document.documentElement.clientWidth;
    const vh = window.innerHeight || document.documentElement.clientHeight;
    const left = Math.max(EDGE, Math.min(a.left, vw - w - EDGE));
    const below = a.bottom + GAP;
    const top = below + h > vh - EDGE && a.top - GAP - h >= EDGE ? a.top - GAP - h : below;
    setPos({ top, left });
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place, lang, definition]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    document.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, place, hide]);

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  return (
    <>
      <span
        ref={anchor}
        className={className ? `term ${className}` : 'term'}
        tabIndex={0}
        data-term={id}
        aria-describedby={tipId}
        onFocus={show}
        onBlur={hide}
        onMouseEnter={show}
        onMouseLeave={hideSoon}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            hide();
          }
        }}
      >
        {children ?? name[lang]}
      </span>
      {createPortal(
        <span
          ref={tip}
          id={tipId}
          role="tooltip"
          className="term-tip"
          hidden={!open}
          lang={lang}
          style={pos ? { top: pos.top, left: pos.left } : { top: 0, left: 0, visibility: 'hidden' }}
          onMouseEnter={cancelClose}
          onMouseLeave={hideSoon}
        >
          <strong className="term-tip__name">{name[lang]}</strong>
          <span className="term-tip__text" aria-busy={definition === undefined}>
            {definition ?? t('app.loading')}
          </span>
        </span>,
        document.body,
      )}
    </>
  );
});
