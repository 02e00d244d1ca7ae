/**
 * The "general" sticky algorithm (`GeneralAssignmentBuilder`), used when subscriptions differ:
 *
 * 1. Keep every valid owned partition whose topic the owner still subscribes to.
 * 2. Give each remaining partition (topics with fewest subscribers first) to the subscriber that
 *    currently has the fewest partitions (ties: member id order).
 * 3. While unbalanced, move partitions from a member to a subscriber with 2+ fewer partitions,
 *    preferring to hand a partition back to its owner of an older generation. If the moves did not
 *    lower the balance score, undo them all (except on a first assignment).
 *
 * Members whose assignment cannot change (they hold every partition they could, and nobody else wants
 * those topics) are set aside during step 3, as Java does.
 */
import type { Group, TopicPartition } from './group';
import { compareJavaStrings } from './javaCollections';
import { PartitionMovements } from './partitionMovements';
import { DEFAULT_GENERATION, type Ownership } from './stickyOwnership';

interface PreviousOwner {
  readonly consumer: string;
  readonly generation: number;
}

/** Runs the general algorithm on the result of the ownership pass and returns the assignment. */
export function generalAssign(group: Group, ownership: Ownership): Map<string, TopicPartition[]> {
  const { order, currentAssignment, maxGeneration } = ownership;
  const counts = group.partitionsPerTopic;
  const partitionsOf = (topic: string): TopicPartition[] =>
    Array.from({ length: counts.get(topic)! }, (_, p) => group.tps.get(topic, p));

  const topicConsumers = new Map<string, string[]>([...counts.keys()].map((t) => [t, []]));
  const consumerTopics = new Map<string, string[]>();
  for (const id of order) {
    const topics = group.byId.get(id)!.topics.filter((t) => counts.has(t));
    consumerTopics.set(id, topics);
    for (const t of topics) topicConsumers.get(t)!.push(id);
  }
  const owner = new Map<TopicPartition, string>();
  for (const [id, list] of currentAssignment) for (const tp of list) owner.set(tp, id);

  const size = (id: string): number => {
    const list = currentAssignment.get(id);
    if (!list) {
      throw new Error(
        `sticky assignor: Java's AbstractStickyAssignor fails with a NullPointerException here ` +
          `(previous owner "${id}" of a movable partition cannot take part in the reassignment)`,
      );
    }
    return list.length;
  };
  // Java keeps these in a TreeSet ordered by (partition count, member id); computed on demand here.
  const sortedConsumers = (): string[] =>
    [...currentAssignment.keys()].sort((a, b) => size(a) - size(b) || compareJavaStrings(a, b));
  const maxAssignmentSize = (id: string): number =>
    consumerTopics.get(id)!.reduce((sum, t) => sum + counts.get(t)!, 0);

  const topicOrder = [...counts.keys()].sort(
    (a, b) => topicConsumers.get(a)!.length - topicConsumers.get(b)!.length || compareJavaStrings(a, b),
  );
  let sortedAllPartitions = topicOrder.flatMap(partitionsOf);

  // Claims from members of older generations: a partition may be handed back to them when balancing.
  const previous = new Map<TopicPartition, PreviousOwner>();
  const remember = (partitions: readonly TopicPartition[], consumer: string, generation: number): void => {
    for (const tp of partitions) {
      const known = previous.get(tp);
      if (!known || generation > known.generation) previous.set(tp, { consumer, generation });
    }
  };
  for (const id of order) {
    const m = group.byId.get(id)!;
    if (m.generation !== undefined && m.generation < maxGeneration) remember(m.owned, id, m.generation);
    else if (m.generation === undefined && maxGeneration > DEFAULT_GENERATION)
      remember(m.owned, id, DEFAULT_GENERATION);
  }

  // Step 1: keep owned partitions of still-subscribed topics.
  let revocationRequired = false;
  const assigned = new Set<TopicPartition>();
  for (const [id, list] of currentAssignment) {
    const subscribed = group.byId.get(id)!.topics;
    const kept = list.filter((tp) => {
      if (subscribed.includes(tp.topic)) return true;
      revocationRequired = true; // Java leaves the stale owner entry; step 2 overwrites it.
      return false;
    });
    for (const tp of kept) assigned.add(tp);
    currentAssignment.set(id, kept);
  }
  let unassigned = sortedAllPartitions.filter((tp) => !assigned.has(tp));

  const last = sortedConsumers().at(-1);
  const initializing = last === undefined || size(last) === 0;

  // Step 2: every unassigned partition to its least-loaded subscriber.
  for (const tp of unassigned) {
    const taker = sortedConsumers().find((id) => consumerTopics.get(id)!.includes(tp.topic));
    if (taker === undefined) continue;
    currentAssignment.get(taker)!.push(tp);
    owner.set(tp, taker);
  }

  // Set aside what cannot move: topics with one subscriber, members that cannot gain or lose anything.
  const movableTopic = (topic: string): boolean => topicConsumers.get(topic)!.length >= 2;
  sortedAllPartitions = sortedAllPartitions.filter((tp) => movableTopic(tp.topic));
  unassigned = unassigned.filter((tp) => movableTopic(tp.topic));
  const fixed = new Map<string, TopicPartition[]>();
  for (const id of consumerTopics.keys()) {
    const list = currentAssignment.get(id)!;
    if (list.length < maxAssignmentSize(id) || list.some((tp) => movableTopic(tp.topic))) continue;
    fixed.set(id, list);
    currentAssignment.delete(id);
  }

  const isBalanced = (): boolean => {
    const sorted = sortedConsumers();
    if (sorted.length === 0 || size(sorted[0]!) >= size(sorted.at(-1)!) - 1) return true;
    const holder = new Map<TopicPartition, string>();
    for (const [id, list] of currentAssignment) for (const tp of list) holder.set(tp, id);
    for (const id of sorted) {
      const mine = new Set(currentAssignment.get(id)!);
      if (mine.size === maxAssignmentSize(id)) continue;
      for (const topic of consumerTopics.get(id)!) {
        for (const tp of partitionsOf(topic)) {
          const other = mine.has(tp) ? undefined : holder.get(tp);
          if (other !== undefined && mine.size + 1 < size(other)) return false;
        }
      }
    }
    return true;
  };

  const movements = new PartitionMovements();
  const reassign = (tp: TopicPartition, newOwner: string): void => {
    const toMove = movements.actualPartitionToMove(tp, owner.get(tp)!, newOwner);
    const oldOwner = owner.get(toMove)!;
    movements.movePartition(toMove, oldOwner, newOwner);
    const from = currentAssignment.get(oldOwner)!;
    from.splice(from.indexOf(toMove), 1);
    currentAssignment.get(newOwner)!.push(toMove);
    owner.set(toMove, newOwner);
  };

  // Step 3: move partitions until balanced or nothing helps.
  const performReassignments = (partitions: readonly TopicPartition[]): boolean => {
    let performed = false;
    let modified: boolean;
    do {
      modified = false;
      for (const tp of partitions) {
        if (isBalanced()) break;
        const current = owner.get(tp)!;
        const prev = previous.get(tp);
        if (prev && size(current) > size(prev.consumer) + 1) {
          reassign(tp, prev.consumer);
          performed = modified = true;
          continue;
        }
        if (topicConsumers.get(tp.topic)!.some((other) => size(current) > size(other) + 1)) {
          const target = sortedConsumers().find((id) => consumerTopics.get(id)!.includes(tp.topic))!;
          reassign(tp, target);
          performed = modified = true;
        }
      }
    } while (modified);
    return performed;
  };

  const snapshot = new Map([...currentAssignment].map(([id, list]) => [id, [...list]] as const));
  const ownerSnapshot = new Map(owner);
  // With no subscription change, first try to balance by moving only the newly assigned partitions.
  if (!revocationRequired) performReassignments(unassigned);
  const performed = performReassignments(sortedAllPartitions);
  if (!initializing && performed && balanceScore(currentAssignment) >= balanceScore(snapshot)) {
    currentAssignment.clear();
    for (const [id, list] of snapshot) currentAssignment.set(id, [...list]);
    owner.clear();
    for (const [tp, id] of ownerSnapshot) owner.set(tp, id);
  }
  for (const [id, list] of fixed) currentAssignment.set(id, list);
  return currentAssignment;
}

/** Sum of |size difference| over all member pairs; 0 means perfectly even. */
function balanceScore(assignment: ReadonlyMap<string, readonly TopicPartition[]>): number {
  const sizes = [...assignment.values()].map((l) => l.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++)
    for (let j = i + 1; j < sizes.length; j++) score += Math.abs(sizes[i]! - sizes[j]!);
  return score;
}
