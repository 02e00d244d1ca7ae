/**
 * Tables keyed by user-chosen ids (topic names, producer and group ids) kept as plain records.
 *
 * Why not `Map`: such tables live inside `SimState`, and a checkpoint is a JSON copy of it — a Map would
 * not survive. Why accessors: an id may be `__proto__` or `toString` (both legal Kafka names), and on an
 * ordinary object `t[id]` then reads the prototype, and `t.__proto__ = v` replaces it instead of storing
 * an entry. A JSON copy turns a null-prototype object back into an ordinary one, so the accessors below
 * (own properties only) stay correct whichever kind of object they are given.
 */

/** An empty table with no prototype (no inherited `toString`, no `__proto__` setter). */
export function idTable<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** The entry stored under `id`, never an inherited property. */
export function getOwn<V>(table: Record<string, V>, id: string): V | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** Stores `value` under `id` as an own property (also for `__proto__`). */
export function setOwn<V>(table: Record<string, V>, id: string, value: V): void {
  // An existing own entry (even `__proto__`) shadows any prototype accessor: a plain store updates it,
  // far cheaper than defineProperty (the ledger updates one entry per appended batch).
  if (Object.hasOwn(table, id)) {
    table[id] = value;
    return;
  }
  Object.defineProperty(table, id, { value, writable: true, enumerable: true, configurable: true });
}

/** A table built from entries, safe for any id. */
export function idTableFrom<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const table = idTable<V>();
  for (const [id, value] of entries) setOwn(table, id, value);
  return table;
}
