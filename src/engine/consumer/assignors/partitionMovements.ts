/**
 * Kafka's `PartitionMovements` bookkeeping from the general sticky algorithm: which partitions have
 * moved during this assignment, grouped by topic and (from, to) member pair. Its one effect on the
 * result: when a partition is about to move from A to B while some partition of the same topic already
 * moved from B to A, that earlier move is undone instead, so members do not swap partitions.
 *
 * Which partition gets moved back is "the first" of a Java `HashSet<TopicPartition>`, so the sets are
 * replayed with `JavaHashSet` to pick the same one.
 */
import type { TopicPartition } from './group';
import { JavaHashSet } from './javaCollections';

interface Pair {
  readonly src: string;
  readonly dst: string;
}

const pairKey = (src: string, dst: string): string => JSON.stringify([src, dst]);

/** Movement records for one assignment run. */
export class PartitionMovements {
  private readonly byPartition = new Map<TopicPartition, Pair>();
  private readonly byTopic = new Map<string, Map<string, JavaHashSet<TopicPartition>>>();

  private removeRecord(tp: TopicPartition): Pair {
    const pair = this.byPartition.get(tp)!;
    this.byPartition.delete(tp);
    const topicMoves = this.byTopic.get(tp.topic)!;
    const key = pairKey(pair.src, pair.dst);
    const set = topicMoves.get(key)!;
    set.delete(tp);
    if (set.size === 0) topicMoves.delete(key);
    if (topicMoves.size === 0) this.byTopic.delete(tp.topic);
    return pair;
  }

  private addRecord(tp: TopicPartition, pair: Pair): void {
    this.byPartition.set(tp, pair);
    let topicMoves = this.byTopic.get(tp.topic);
    if (!topicMoves) this.byTopic.set(tp.topic, (topicMoves = new Map()));
    const key = pairKey(pair.src, pair.dst);
    let set = topicMoves.get(key);
    if (!set) topicMoves.set(key, (set = new JavaHashSet<TopicPartition>((p) => p.hash)));
    set.add(tp);
  }

  /** Records that `tp` moves from `oldOwner` to `newOwner` (collapsing A→B→A into "no move"). */
  movePartition(tp: TopicPartition, oldOwner: string, newOwner: string): void {
    if (this.byPartition.has(tp)) {
      const existing = this.removeRecord(tp);
      if (existing.src !== newOwner) this.addRecord(tp, { src: existing.src, dst: newOwner });
    } else {
      this.addRecord(tp, { src: oldOwner, dst: newOwner });
    }
  }

  /** The partition that should really move when `tp` is to go from `oldOwner` to `newOwner`. */
  actualPartitionToMove(tp: TopicPartition, oldOwner: string, newOwner: string): TopicPartition {
    const topicMoves = this.byTopic.get(tp.topic);
    if (!topicMoves) return tp;
    // For a partition that already moved, compare against where it originally came from.
    const from = this.byPartition.get(tp)?.src ?? oldOwner;
    const reverse = topicMoves.get(pairKey(newOwner, from));
    return reverse?.first() ?? tp;
  }
}
