/**
 * Evaluates lesson conditions against the running simulation: the read model for values, and the events
 * since the step began (tracked incrementally, so a step that runs for minutes keeps no event log).
 */
import type { SimEvent, SimSnapshot } from '../engine';
import type { Condition, Json, Op } from './types';

/** What a step has seen so far: counts and sums per event condition, and read-model values at its start. */
export interface StepTracker {
  startedAt: number;
  /** Values of `change` paths when the step began. */
  baseline: Record<string, number>;
  counts: Map<Condition, number>;
  sums: Map<Condition, number>;
}

/** Picks `[sel]` from an array: by `id`, by `topic/partition`, or by index. */
function pick(list: unknown[], sel: string): unknown {
  const byId = list.find((x) => typeof x === 'object' && x !== null && (x as { id?: unknown }).id === sel);
  if (byId !== undefined) return byId;
  const slash = sel.lastIndexOf('/');
  if (slash > 0) {
    const topic = sel.slice(0, slash);
    const partition = Number(sel.slice(slash + 1));
    const found = list.find((x) => {
      const tp = x as { topic?: unknown; partition?: unknown };
      return tp.topic === topic && tp.partition === partition;
    });
    if (found !== undefined) return found;
  }
  return /^\d+$/.test(sel) ? list[Number(sel)] : undefined;
}

/** Splits `a.b[x.y].c` on the dots outside brackets: `['a', 'b[x.y]', 'c']`. */
function segments(path: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of path) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === '.' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const SEGMENT = /^([^[\]]+)?((?:\[[^\]]+\])*)$/;

/**
 * Resolves a read-model path; `undefined` when any part of it does not exist. On an object, `[key]`
 * reads a field whose name has dots in it: `config[linger.ms]`.
 */
export function resolvePath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const segment of segments(path)) {
    const m = SEGMENT.exec(segment);
    if (!m) return undefined;
    const [, field, selectors] = m;
    if (field !== undefined) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = field === 'length' && Array.isArray(cur) ? cur.length : (cur as Record<string, unknown>)[field];
    }
    for (const sel of selectors!.match(/\[([^\]]+)\]/g) ?? []) {
      const key = sel.slice(1, -1);
      if (Array.isArray(cur)) cur = pick(cur, key);
      else if (cur !== null && typeof cur === 'object') cur = (cur as Record<string, unknown>)[key];
      else return undefined;
    }
    if (cur === undefined) return undefined;
  }
  return cur;
}

function equal(a: unknown, b: Json): boolean {
  if (Array.isArray(b)) return Array.isArray(a) && a.length === b.length && b.every((x, i) => equal(a[i], x));
  return a === b;
}

export function compare(actual: unknown, op: Op, expected: Json): boolean {
  if (op === '==') return equal(actual, expected);
  if (op === '!=') return !equal(actual, expected);
  if (typeof actual !== 'number' || typeof expected !== 'number') return false;
  switch (op) {
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
  }
}

function matches(event: SimEvent, where: Record<string, Json> | undefined): boolean {
  if (!where) return true;
  const fields = event as unknown as Record<string, unknown>;
  return Object.entries(where).every(([k, v]) => equal(fields[k], v));
}

/** Every condition nested in `c` (itself included), for tracking and validation. */
export function leaves(c: Condition): Condition[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  return [c];
}

/** Starts tracking `conditions` from now. */
export function startTracking(snap: SimSnapshot, conditions: (Condition | undefined)[]): StepTracker {
  const tracker: StepTracker = { startedAt: snap.now, baseline: {}, counts: new Map(), sums: new Map() };
  for (const c of conditions.flatMap((x) => (x ? leaves(x) : []))) {
    if ('change' in c) tracker.baseline[c.change] = Number(resolvePath(snap, c.change) ?? 0);
    if ('event' in c || 'average' in c) {
      tracker.counts.set(c, 0);
      tracker.sums.set(c, 0);
    }
  }
  return tracker;
}

/** Feeds new events to the tracker (only events at or after the step's start count). */
export function observe(tracker: StepTracker, events: readonly SimEvent[]): void {
  for (const [c] of tracker.counts) {
    const type = 'event' in c ? c.event : 'average' in c ? c.average : null;
    const where = 'where' in c ? c.where : undefined;
    let n = 0;
    let sum = 0;
    for (const e of events) {
      if (e.type !== type || e.at < tracker.startedAt || !matches(e, where)) continue;
      n++;
      if ('average' in c) sum += Number((e as unknown as Record<string, unknown>)[c.field] ?? 0);
    }
    if (n) {
      tracker.counts.set(c, tracker.counts.get(c)! + n);
      tracker.sums.set(c, tracker.sums.get(c)! + sum);
    }
  }
}

/** True when the condition holds now. */
export function holds(c: Condition, snap: SimSnapshot, tracker: StepTracker): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, snap, tracker));
  if ('any' in c) return c.any.some((x) => holds(x, snap, tracker));
  if ('not' in c) return !holds(c.not, snap, tracker);
  if ('elapsedMs' in c) return snap.now - tracker.startedAt >= c.elapsedMs;
  if ('value' in c) return compare(resolvePath(snap, c.value), c.op, c.than);
  if ('change' in c) {
    const now = Number(resolvePath(snap, c.change) ?? 0);
    return compare(now - (tracker.baseline[c.change] ?? 0), c.op, c.than);
  }
  const count = tracker.counts.get(c) ?? 0;
  if ('event' in c) return count >= (c.atLeast ?? 1);
  return count >= c.atLeast && compare(tracker.sums.get(c)! / count, c.op, c.than);
}

/** The current figure behind an `average` or `change` condition, for progress shown to the learner. */
export function measure(c: Condition, snap: SimSnapshot, tracker: StepTracker): number | null {
  if ('average' in c) {
    const count = tracker.counts.get(c) ?? 0;
    return count ? tracker.sums.get(c)! / count : null;
  }
  if ('change' in c) return Number(resolvePath(snap, c.change) ?? 0) - (tracker.baseline[c.change] ?? 0);
  if ('value' in c) {
    const v = resolvePath(snap, c.value);
    return typeof v === 'number' ? v : null;
  }
  return null;
}
