import { useEffect } from 'react';
import { nearestStop, SPEED_STOPS } from '../controls/sliderScale';
import type { KafkaStore } from '../store/kafkaStore';
import { useKafkaStoreApi } from '../store/StoreContext';
import type { LessonStore } from '../store/lessonStore';
import { lessonStoreFor } from '../store/useLesson';

/** Clickers send PageDown/PageUp (some send N/P): next and previous lesson step, while a lesson runs. */
export function handleLessonKey(key: string, lesson: LessonStore): boolean {
  const s = lesson.getState();
  if (!s.lesson) return false;
  if (key === 'PageDown' || key === 'n' || key === 'N') s.next();
  else if (key === 'PageUp' || key === 'p' || key === 'P') s.prev();
  else return false;
  return true;
}

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
 * ? shortcut help, and in a lesson N/P or PageDown/PageUp for the next/previous step. Form fields and
 * open dialogs keep their own keys.
 */
export function useKeyboardShortcuts() {
  const store = useKafkaStoreApi();
  useEffect(() => {
    // One store: in A/B compare the second store follows the first (see compare/followLead.ts).
    const stores = [store];
    const lesson = lessonStoreFor(store);
    /** Space pressed on a button played/paused: its keyup must not click the button too. */
    let swallowSpaceUp = false;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      // Form fields keep their keys (a radio's Space, a select's arrows, a hint's toggle).
      if (target?.closest('input:not([type="range"]), select, textarea, summary, [contenteditable="true"]'))
        return;
      // A slider keeps its arrows (the scrubber then moves by 1 ms); every other presenter key still works.
      if (target?.matches('input[type="range"]') && e.key.startsWith('Arrow')) return;
      // A focused button keeps Enter; Space always plays/pauses (a teacher's Space must not restart a broker).
      if (target?.closest('button, a') && e.key === 'Enter') return;
      if (store.getState().dialog) return;
      if (handleLessonKey(e.key, lesson) || handleShortcut(e.key, stores)) {
        e.preventDefault();
        swallowSpaceUp = e.key === ' ' && !!target?.closest('button, a');
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && swallowSpaceUp) {
        e.preventDefault();
        swallowSpaceUp = false;
      }
    };
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [store]);
}
