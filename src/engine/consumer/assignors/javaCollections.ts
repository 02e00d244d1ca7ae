/**
 * Just enough of Java's String and HashMap behaviour to reproduce the built-in assignors exactly.
 *
 * The sticky assignors iterate `HashMap`/`HashSet` contents in a few places where the order changes the
 * result (which member keeps its extra partition, which partition a move picks). Java's iteration order
 * is fully determined by the hash codes, the table capacity and the insertion order, so it can be
 * replayed: entries come out bucket by bucket, and within a bucket in insertion order (resizing splits a
 * bucket's list without reordering it).
 *
 * Not modelled: buckets that turn into red-black trees (9+ colliding keys in a table of 64+ buckets),
 * whose iteration order also depends on the tree's shape. Those keep insertion order here.
 */

/** Java `String.compareTo` order: UTF-16 code units, so `consumer-10` sorts before `consumer-2`. */
export function compareJavaStrings(a: string, b: string): number {
  // JS relational operators compare UTF-16 code units, exactly like Java (never use localeCompare).
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Java `String.hashCode()`: `s[0]*31^(n-1) + … + s[n-1]` in 32-bit two's-complement arithmetic. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Kafka's `TopicPartition.hashCode()`: `31 * (31 + partition) + topic.hashCode()`. */
export function topicPartitionHash(topic: string, partition: number): number {
  return (Math.imul(31, (31 + partition) | 0) + javaStringHash(topic)) | 0;
}

const DEFAULT_CAPACITY = 16;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/** Java `HashMap.hash()`: folds the high half into the low half before masking. */
function bucketOf(hash: number, capacity: number): number {
  return (hash ^ (hash >>> 16)) & (capacity - 1);
}

/**
 * The membership and iteration order of a default-constructed `java.util.HashSet` (or a HashMap's key
 * set). Tracks only what decides the order: capacity growth and insertion sequence.
 */
export class JavaHashSet<K> {
  private capacity = DEFAULT_CAPACITY;
  private nextSeq = 0;
  private readonly entries = new Map<K, { hash: number; seq: number }>();

  constructor(private readonly hashOf: (key: K) => number) {}

  /** Number of elements. */
  get size(): number {
    return this.entries.size;
  }

  /** True if the element is present. */
  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Adds the element (no-op if present), growing the table exactly when Java's `putVal` would. */
  add(key: K): void {
    if (this.entries.has(key)) return;
    const hash = this.hashOf(key);
    const bucket = bucketOf(hash, this.capacity);
    let sameBucket = 0;
    for (const e of this.entries.values()) if (bucketOf(e.hash, this.capacity) === bucket) sameBucket++;
    this.entries.set(key, { hash, seq: this.nextSeq++ });
    // A 9th key in one bucket asks for a tree; small tables resize instead.
    if (sameBucket >= TREEIFY_THRESHOLD && this.capacity < MIN_TREEIFY_CAPACITY) this.capacity *= 2;
    if (this.entries.size > this.capacity * 0.75) this.capacity *= 2;
  }

  /** Removes the element; Java never shrinks the table, and neither does this. */
  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Elements in Java iteration order. */
  values(): K[] {
    return [...this.entries.entries()]
      .sort(
        ([, a], [, b]) => bucketOf(a.hash, this.capacity) - bucketOf(b.hash, this.capacity) || a.seq - b.seq,
      )
      .map(([key]) => key);
  }

  /** What `iterator().next()` returns in Java, or undefined when empty. */
  first(): K | undefined {
    return this.values()[0];
  }
}

/** Iteration order of a default `HashMap<String, …>` that received these distinct keys in this order. */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  const set = new JavaHashSet<string>(javaStringHash);
  for (const k of keys) set.add(k);
  return set.values();
}
