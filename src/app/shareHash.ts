/**
 * Writing a share link (`#s=…`): the half of shareLink.ts every page needs. Reading one validates it with
 * zod, so shareLink.ts is loaded only when the address has a hash to read (main.tsx) or the share dialog
 * opens; this module stays zod-free.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import type { SharedState } from './shareLink';

/** A link cannot ask for more simulated time than this to be computed on open. */
export const MAX_LINK_TIME_MS = 30 * 60_000;

/** The hash fragment (with `#`) that reproduces `state`. */
export function encodeShareHash(state: SharedState): string {
  const payload = {
    v: 1,
    scenario: state.scenario,
    id: state.exampleId,
    t: Math.floor(state.t),
    lang: state.lang,
    speed: state.speed,
    partition: state.selectedPartition ?? undefined,
    producer: state.selectedProducer ?? undefined,
  };
  return `#s=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/** True if the hash carries a shared scenario to read (`#s=…`). */
export function hasShareHash(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has('s');
}

/** The page's address without query or hash: where links and embeds point (works from a sub-path and file://). */
export function pageBase(href: string): string {
  return href.split(/[?#]/)[0]!;
}
