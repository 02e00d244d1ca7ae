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
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
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
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
  return top;
}
