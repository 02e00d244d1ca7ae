import { useMediaQuery } from './useMediaQuery';

/** True when the learner asked the system for less motion: moving things then stay put. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
