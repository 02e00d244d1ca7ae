/**
 * Wraps a panel so it costs little while nobody looks at it, and little while somebody does:
 * - scrolled out of view (IntersectionObserver), it sees the store's changes at most OFFSCREEN_MS apart;
 * - in view, its text (numbers, bars, logs) at most `intervalMs` apart — TEXT_REFRESH_MS for most
 *   panels, a few Hz for charts — while what moves (markers on the wires, countdowns; `useKafkaMotion`)
 *   still follows every frame. A change that did not move the clock (an action, a setting) is passed
 *   on at once (store/gatedStore.ts).
 * The DOM stays in place, so text, keyboard and screen-reader access are unchanged — only how often it
 * is rewritten.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createGatedStore } from '../store/gatedStore';
import { KafkaMotionProvider, KafkaStoreProvider, useKafkaStoreApi } from '../store/StoreContext';

// Once a second: nobody sees the panel, and a group panel's redraw costs 10–20 ms (docs/performance.md).
const OFFSCREEN_MS = 1000;

/**
 * 20 times a second: faster than a reader follows a changing number, and a third of the frames' work
 * at 60 Hz. Redrawing every panel's text each frame was what kept classroom-scale below 60 fps. While
 * playing, the store rebuilds the read model at this rate too (store/driver.ts).
 */
export { TEXT_REFRESH_MS } from '../store/driver';

export function VisibilityGate({ children, intervalMs = 0 }: { children: ReactNode; intervalMs?: number }) {
  const source = useKafkaStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(true);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the interval is applied by the effect below
  const gate = useMemo(() => createGatedStore(source, intervalMs, { text: true }), [source]);
  const motion = useMemo(() => createGatedStore(source, 0), [source]);
  useEffect(() => gate.connect(), [gate]);
  useEffect(() => motion.connect(), [motion]);
  useEffect(() => {
    gate.setInterval(visible ? intervalMs : Math.max(intervalMs, OFFSCREEN_MS));
    motion.setInterval(visible ? 0 : OFFSCREEN_MS);
  }, [gate, motion, visible, intervalMs]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="visibility-gate">
      <KafkaStoreProvider store={gate.store}>
        <KafkaMotionProvider store={motion.store}>{children}</KafkaMotionProvider>
      </KafkaStoreProvider>
    </div>
  );
}
