/**
 * The simulation's event queue: a binary min-heap over a plain array, ordered by due time and then by
 * insertion sequence, so events due at the same millisecond run in the order they were scheduled.
 * Plain data throughout: the heap array is part of the checkpointed state.
 */
import type { Task } from '../model/tasks';

export interface QueueEntry {
  at: number;
  seq: number;
  task: Task;
}

function before(a: QueueEntry, b: QueueEntry): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/** Moves `entry` from hole `i` towards the root to its place (writes it once, no swap per level). */
function siftUp(heap: QueueEntry[], i: number, entry: QueueEntry): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const above = heap[parent]!;
    if (!before(entry, above)) break;
    heap[i] = above;
    i = parent;
  }
  heap[i] = entry;
}

/** Moves `entry` from hole `i` towards the leaves to its place (same order as swapping). */
function siftDown(heap: QueueEntry[], i: number, entry: QueueEntry): void {
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
    if (!before(heap[child]!, entry)) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = entry;
}

/** Adds an entry, keeping the heap property. */
export function pushEntry(heap: QueueEntry[], entry: QueueEntry): void {
  heap.push(entry);
  siftUp(heap, heap.length - 1, entry);
}

/** The earliest entry without removing it. */
export function peekEntry(heap: QueueEntry[]): QueueEntry | undefined {
  return heap[0];
}

/** Removes and returns the earliest entry. */
export function popEntry(heap: QueueEntry[]): QueueEntry | undefined {
  const top = heap[0];
  if (top === undefined) return undefined;
  const last = heap.pop()!;
  if (heap.length > 0) siftDown(heap, 0, last);
  return top;
}

/**
 * Removes the first entry `match` accepts (a linear scan: for cancelling a timer that is no longer
 * needed, in a queue of a few hundred entries). Entries keep their sequence numbers, so the order in
 * which every other entry runs is unchanged. Returns whether one was removed.
 */
export function removeEntry(heap: QueueEntry[], match: (entry: QueueEntry) => boolean): boolean {
  const i = heap.findIndex(match);
  if (i < 0) return false;
  const last = heap.pop()!;
  if (i === heap.length) return true;
  // `last` takes the hole: it may belong above it or below it.
  if (i > 0 && before(last, heap[(i - 1) >> 1]!)) siftUp(heap, i, last);
  else siftDown(heap, i, last);
  return true;
}
