/**
 * Structural sharing for the read model: `shareStructure(previous, next)` returns `next` with every
 * part that equals (by value) the same part of `previous` replaced by the previous object, and
 * `previous` itself when nothing changed. Views and selectors can then skip work by reference
 * (`===`), the way immutable stores let React bail out of unchanged subtrees.
 *
 * Arrays of records keyed by `id` (messages, batches in the accumulator) or `baseOffset` (log
 * batches) are matched by that key, so a sliding window (one batch in, one out) keeps the identity of
 * the batches it still shows.
 */

type Plain = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

function keyOf(v: unknown): number | undefined {
  if (!isPlainObject(v)) return undefined;
  if (typeof v.id === 'number') return v.id;
  if (typeof v.baseOffset === 'number') return v.baseOffset;
  return undefined;
}

function shareArray(prev: readonly unknown[], next: unknown[]): unknown[] {
  let byKey: Map<number, unknown> | null = null;
  let same = prev.length === next.length;
  // A sliding window of cached views (engine/snapshotBatches.ts) holds the same objects one or more
  // places along: find the shift once, so those stop at `===` without keys or a map.
  const shift = next.length > 0 && next[0] !== prev[0] ? prev.indexOf(next[0]) : 0;
  for (let i = 0; i < next.length; i++) {
    const item = next[i];
    if (item === prev[i]) continue;
    if (shift > 0 && item === prev[i + shift]) {
      same = false;
      continue;
    }
    const k = keyOf(item);
    let candidate: unknown = prev[i];
    if (k !== undefined && keyOf(candidate) !== k) {
      if (!byKey) {
        byKey = new Map();
        for (const p of prev) {
          const pk = keyOf(p);
          if (pk !== undefined) byKey.set(pk, p);
        }
      }
      candidate = byKey.get(k);
    }
    const shared = candidate === undefined ? item : shareStructure(candidate, item);
    next[i] = shared;
    if (shared !== prev[i]) same = false;
  }
  return same ? (prev as unknown[]) : next;
}

function shareObject(prev: Plain, next: Plain): Plain {
  let same = true;
  let count = 0;
  for (const key in next) {
    count++;
    const shared = key in prev ? shareStructure(prev[key], next[key]) : next[key];
    next[key] = shared;
    if (shared !== prev[key]) same = false;
  }
  if (same) for (const _ in prev) if (--count < 0) return next; // prev has keys next lacks
  return same && count === 0 ? prev : next;
}

/** `next`, reusing every part of `previous` that is equal to it by value (see the module comment). */
export function shareStructure<T>(previous: T, next: T): T {
  if (previous === next) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next) as T;
  if (isPlainObject(previous) && isPlainObject(next)) return shareObject(previous, next) as T;
  return Object.is(previous, next) ? previous : next;
}
