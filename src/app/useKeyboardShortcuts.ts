import { useEffect } from 'react';
import { useKafkaStoreApi } from '../store/StoreContext';

/** Presenter keys: Space (and ".", which clickers send) play/pause, → steps. Inputs keep their own keys. */
export function useKeyboardShortcuts() {
  const store = useKafkaStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, button, [contenteditable="true"]')) return;
      const state = store.getState();
      if (e.key === ' ' || e.key === '.') {
        e.preventDefault();
        state.togglePlay();
      } else if (e.key === 'ArrowRight' && !state.playing) {
        e.preventDefault();
        state.step();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
