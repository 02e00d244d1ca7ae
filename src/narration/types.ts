/**
 * Narration: plain-language sentences built from engine events. An entry keeps a message key and its
 * parameters, never text, so it is translated when shown (switching language re-translates the feed).
 * The narrator's memory (rate-limit windows, last batch reasons, previous assignments) is plain data,
 * so the store can copy it alongside the simulation's checkpoints.
 */
import { configValueByName, type SimState } from '../engine';
import type { MessageKey } from '../i18n';
import { en } from '../i18n/en';

export interface NarrationEntry {
  /** Simulated time in ms. */
  at: number;
  /** What happened, e.g. 'batchSent', 'brokerCrashed' (stable, for tests and filters). */
  kind: string;
  key: MessageKey;
  params: Record<string, string | number>;
  importance: 'key' | 'detail';
}

export interface NarrationMemory {
  /** Rate-limited kinds: when the last entry was emitted, and how many were folded in since. */
  windows: Record<string, { lastAt: number; pending: number }>;
  /** Why each partition's batches last left (`producer|topic-partition`). */
  reasons: Record<string, string>;
  /** Each group's last assignment: partition → member (to say which partitions moved). */
  assignments: Record<string, Record<string, string>>;
}

export function createMemory(): NarrationMemory {
  return { windows: {}, reasons: {}, assignments: {} };
}

/** At most one entry per rate-limited subject per this many simulated ms. */
export const WINDOW_MS = 1000;

/** Collects the entries of one `narrate` call. */
export class Narration {
  readonly out: NarrationEntry[] = [];
  /** Entries emitted in this call for a rate-limited subject (same-millisecond bursts join them). */
  private readonly open = new Map<string, NarrationEntry>();

  readonly mem: NarrationMemory;
  readonly sim: SimState | undefined;

  constructor(mem: NarrationMemory, sim?: SimState) {
    this.mem = mem;
    this.sim = sim;
  }

  add(
    at: number,
    kind: string,
    key: MessageKey,
    params: NarrationEntry['params'],
    importance: NarrationEntry['importance'] = 'key',
  ): NarrationEntry {
    const entry: NarrationEntry = { at, kind, key, params, importance };
    this.out.push(entry);
    return entry;
  }

  /**
   * Counts `n` occurrences of a rate-limited subject. Emits an entry (with the count folded in since
   * the last one) when none was emitted in the last WINDOW_MS; a burst in the same millisecond joins
   * the entry just emitted. Returns the entry when one was emitted.
   */
  counted(
    subject: string,
    at: number,
    n: number,
    make: (count: number) => Omit<NarrationEntry, 'at'>,
  ): NarrationEntry | null {
    const joined = this.open.get(subject);
    if (joined && joined.at === at) {
      joined.params.count = Number(joined.params.count) + n;
      return null;
    }
    const w = this.mem.windows[subject];
    if (w && at - w.lastAt < WINDOW_MS) {
      w.pending += n;
      return null;
    }
    const count = (w?.pending ?? 0) + n;
    this.mem.windows[subject] = { lastAt: at, pending: 0 };
    const entry = { at, ...make(count) };
    entry.params.count = count;
    this.out.push(entry);
    this.open.set(subject, entry);
    return entry;
  }

  /** Picks the singular sentence (`key.one`) where the count is 1 and the catalogue has one. */
  finish(): NarrationEntry[] {
    for (const e of this.out) {
      const one = `${e.key}.one`;
      if (e.params.count === 1 && one in en) e.key = one as MessageKey;
    }
    return this.out;
  }

  /** A producer's configured value (for sentences such as "linger.ms (5 ms) expired"). */
  producerConfig(producer: string, key: string): string {
    const p = this.sim?.producers.find((x) => x.id === producer);
    const value = p ? configValueByName(p.config, key) : undefined;
    return value === undefined ? '?' : String(value);
  }
}

export const tp = (topic: string, partition: number) => `${topic}-${partition}`;
export const list = (items: readonly (string | number)[]) => items.join(', ');
