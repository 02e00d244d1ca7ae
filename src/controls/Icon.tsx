import { memo } from 'react';
/** Small inline SVG icons (no icon font, no emoji: they render the same on every machine). */
const PATHS = {
  play: 'M5 3 L13 8 L5 13 Z',
  pause: 'M4 3 H7 V13 H4 Z M9 3 H12 V13 H9 Z',
  step: 'M3 3 L10 8 L3 13 Z M11 3 H13 V13 H11 Z',
  stepBack: 'M13 3 L6 8 L13 13 Z M3 3 H5 V13 H3 Z',
  restart: 'M8 3 A5 5 0 1 1 3.2 9.5 L5 9 A3.2 3.2 0 1 0 8 4.8 V7 L4.5 4 L8 1 Z',
} as const;

/** Memoised: the playback bar around it redraws every frame (the clock), the icons rarely change. */
export const Icon = memo(function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
});
