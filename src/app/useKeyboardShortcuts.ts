import { useEffect } from 'react';
import { nearestStop, SPEED_STOPS } from '../controls/sliderScale';
import type { KafkaStore } from '../store/kafkaStore';
import { useKafkaStoreApi } from '../store/StoreContext';

/** Applies one presenter key to every store it drives (one in the app, two in A/B compare). */
export function handleShortcut(key: string, stores: readonly KafkaStore[]): boolean {
  const lead = stores[0]!.getState();
  const all = (f: (s: ReturnType<KafkaStore['getState']>) => void) => stores.forEach((s) => f(s.getState()));
  const speedStep = (by: number) => {
    const i = Math.min(SPEED_STOPS.length - 1, Math.max(0, nearestStop(SPEED_STOPS, lead.speed) + by));
    all((s) => s.setSpeed(SPEED_STOPS[i]!));
  };
  switch (key) {
    case ' ':
    case '.':
      if (lead.playing) all((s) => s.pause());
      else all((s) => s.play());
      return true;
    case 'ArrowRight':
      all((s) => (s.pause(), s.step()));
      return true;
    case 'ArrowLeft':
      all((s) => (s.pause(), s.stepBack()));
      return true;
    case '+':
    case '=':
      speedStep(1);
      return true;
    case '-':
    case '_':
      speedStep(-1);
      return true;
    case '?':
      lead.openDialog(lead.dialog === 'shortcuts' ? null : 'shortcuts');
      return true;
    default:
      return false;
  }
}

/**
 * Presenter keys: Space and "." (what clickers send) play/pause, ←/→ step back/forward, +/- speed,
 * ? shortcut help. Form fields and open dialogs keep their own keys.
 */
export function useKeyboardShortcuts() {
  const store = useKafkaStoreApi();
  useEffect(() => {
    // One store: in A/B compare the second store follows the first (see compare/followLead.ts).
    const stores = [store];
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      // Form fields keep their keys; a focused button keeps Space/Enter (it was just clicked) but not the rest.
      if (target?.closest('input:not([type="range"]), select, textarea, [contenteditable="true"]')) return;
      // A slider keeps its arrows (the scrubber then moves by 1 ms); every other presenter key still works.
      if (target?.matches('input[type="range"]') && e.key.startsWith('Arrow')) return;
      if (target?.closest('button, a') && (e.key === ' ' || e.key === 'Enter')) return;
      if (store.getState().dialog) return;
      if (handleShortcut(e.key, stores)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
