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

/** Adds an entry, keeping the heap property. */
export function pushEntry(heap: QueueEntry[], entry: QueueEntry): void {
  // Sifts a hole up and writes the entry once (no swap per level): the queue runs once per task.
  let i = heap.length;
  heap.push(entry);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const above = heap[parent]!;
    if (!before(entry, above)) break;
    heap[i] = above;
    i = parent;
  }
  heap[i] = entry;
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
  const n = heap.length;
  if (n > 0) {
    // Sifts a hole down from the root and puts `last` where it belongs (same order as swapping).
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
  return top;
}
