/**
 * Draws the eye to the element a lesson step names: marks every `[data-focus="kind:id"]` match with a
 * class and a "look here" label, and scrolls the first into view (instantly with reduced motion).
 */
import { useEffect } from 'react';
import type { Highlight } from '../../lessons';

export function focusSelector(h: Highlight): string {
  const [kind, id] = Object.entries(h)[0]!;
  return `[data-focus="${kind}:${CSS.escape(String(id))}"]`;
}

export function useLessonFocus(highlight: Highlight | undefined, label: string, deps: unknown[]) {
  useEffect(() => {
    if (!highlight) return;
    // Wait a frame: the panels the step shows may only now be rendering.
    let marked: Element[] = [];
    const frame = requestAnimationFrame(() => {
      marked = [...document.querySelectorAll(focusSelector(highlight))];
      for (const el of marked) {
        el.classList.add('is-lesson-focus');
        el.setAttribute('data-focus-label', label);
      }
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      marked[0]?.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    });
    return () => {
      cancelAnimationFrame(frame);
      for (const el of marked) {
        el.classList.remove('is-lesson-focus');
        el.removeAttribute('data-focus-label');
      }
    };
  }, [JSON.stringify(highlight), label, ...deps]);
}
