/**
 * "What just happened": turns engine events into sentences (message key + parameters), in English and
 * Korean through the i18n catalogues. Pure: no React, no store. `memory` carries what the narrator must
 * remember between calls (rate limits, the previous assignment); pass the same object every time.
 */
import type { SimEvent, SimState } from '../engine';
import type { MessageKey } from '../i18n';
import { narrateGroup } from './group';
import { narrateProducer } from './producer';
import { narrateReplication } from './replication';
import { createMemory, Narration, type NarrationEntry, type NarrationMemory } from './types';

export { createMemory, type NarrationEntry, type NarrationMemory } from './types';

/**
 * The sentences for `events` (in order). High-rate kinds (batches leaving, commits, lost records,
 * redeliveries) are folded into at most one entry per subject per simulated second, with a count.
 * `sim`, when given, supplies current settings for sentences such as "linger.ms (5 ms) expired".
 */
export function narrate(
  events: readonly SimEvent[],
  memory: NarrationMemory = createMemory(),
  sim?: SimState,
): NarrationEntry[] {
  const n = new Narration(memory, sim);
  for (const e of events) {
    if (!narrateProducer(n, e) && !narrateReplication(n, e)) narrateGroup(n, e);
  }
  return n.finish();
}

/** How many raw events a step description names at most. */
const RAW_LIMIT = 3;

/**
 * A generic description of raw events, one entry per event type (first occurrence), for a step that
 * produced nothing worth narrating ("A follower on broker 1 fetched from leader 0").
 */
export function describeRaw(events: readonly SimEvent[]): NarrationEntry[] {
  const seen = new Set<string>();
  const out: NarrationEntry[] = [];
  for (const e of events) {
    if (seen.has(e.type)) continue;
    seen.add(e.type);
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(e)) {
      if (typeof v === 'number' || typeof v === 'string') params[k] = v;
      else if (Array.isArray(v)) params[k] = v.length;
    }
    const key = `narr.raw.${e.type}` as MessageKey;
    out.push({ at: e.at, kind: 'raw', key, params, importance: 'detail' });
    if (out.length === RAW_LIMIT) break;
  }
  return out;
}
