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
      // Scroll only when the element is out of sight, so the page does not jump under the learner.
      const first = marked[0];
      const box = first?.getBoundingClientRect();
      if (first && box && (box.bottom < 0 || box.top > window.innerHeight)) {
        const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
        first.scrollIntoView?.({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
      }
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
