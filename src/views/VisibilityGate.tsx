/**
 * Wraps a panel so it costs little while nobody looks at it: scrolled out of view (IntersectionObserver)
 * it sees the store's changes at most OFFSCREEN_MS apart instead of every frame; in view, at most
 * `intervalMs` apart (0: every frame; charts use a few Hz). The DOM stays in place, so text, keyboard
 * and screen-reader access are unchanged — only how often it is rewritten.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createGatedStore } from '../store/gatedStore';
import { KafkaStoreProvider, useKafkaStoreApi } from '../store/StoreContext';

// Once a second: nobody sees the panel, and a group panel's redraw costs 10–20 ms (docs/performance.md).
const OFFSCREEN_MS = 1000;

export function VisibilityGate({ children, intervalMs = 0 }: { children: ReactNode; intervalMs?: number }) {
  const source = useKafkaStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(true);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the interval is applied by the effect below
  const gate = useMemo(() => createGatedStore(source, intervalMs), [source]);
  useEffect(() => gate.connect(), [gate]);
  useEffect(
    () => gate.setInterval(visible ? intervalMs : Math.max(intervalMs, OFFSCREEN_MS)),
    [gate, visible, intervalMs],
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="visibility-gate">
      <KafkaStoreProvider store={gate.store}>{children}</KafkaStoreProvider>
    </div>
  );
}
