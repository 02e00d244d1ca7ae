/**
 * The first pass of Kafka's `AbstractStickyAssignor` (`allSubscriptionsEqual`): decide which claimed
 * partitions each member really owns, and whether every member has the same subscription (which picks
 * the "constrained" algorithm over the "general" one).
 *
 * Conflicting claims are settled by generation: a higher generation wins; equal generations (including
 * two members with no generation) invalidate the partition for everyone and remember it as claimed by
 * multiple owners. Claims without a conflict are kept whatever their generation.
 */
import type { Group, TopicPartition } from './group';
import { javaHashMapOrder } from './javaCollections';

/** Java's `AbstractStickyAssignor.DEFAULT_GENERATION`, used for members that report none. */
export const DEFAULT_GENERATION = -1;

/** What the first pass learned about the group. */
export interface Ownership {
  /** Member ids in the iteration order of Java's `subscriptions` / `consumerToOwnedPartitions` maps. */
  readonly order: readonly string[];
  readonly allSubscriptionsEqual: boolean;
  /** Each member's still-valid owned partitions (only topics that exist and are subscribed by someone). */
  readonly currentAssignment: Map<string, TopicPartition[]>;
  readonly partitionsWithMultiplePreviousOwners: Set<TopicPartition>;
  readonly maxGeneration: number;
}

function removeFirst(list: TopicPartition[], tp: TopicPartition): void {
  const i = list.indexOf(tp);
  if (i >= 0) list.splice(i, 1);
}

/** Runs the ownership pass in Java's HashMap order (which decides ties between conflicting claims). */
export function resolveOwnership(group: Group): Ownership {
  // The leader fills a default HashMap in JoinGroup-response order, and the assignor iterates it.
  const order = javaHashMapOrder(group.members.map((m) => m.id));
  const currentAssignment = new Map<string, TopicPartition[]>();
  const multipleOwners = new Set<TopicPartition>();
  const previousOwner = new Map<TopicPartition, string>();
  const subscribedTopics = new Set<string>();
  let allSubscriptionsEqual = true;
  let maxGeneration = DEFAULT_GENERATION;

  for (const id of order) {
    const member = group.byId.get(id)!;
    // Java seeds the reference set from the first non-empty subscription it meets, so a member with an
    // empty subscription seen first does not break "all equal". Reproduced as is.
    if (subscribedTopics.size === 0) {
      for (const t of member.topics) subscribedTopics.add(t);
    } else if (
      allSubscriptionsEqual &&
      !(member.topics.length === subscribedTopics.size && member.topics.every((t) => subscribedTopics.has(t)))
    ) {
      allSubscriptionsEqual = false;
    }

    const generation = member.generation ?? DEFAULT_GENERATION;
    maxGeneration = Math.max(maxGeneration, generation);
    const owned: TopicPartition[] = [];
    currentAssignment.set(id, owned);

    for (const tp of member.owned) {
      if (!group.partitionsPerTopic.has(tp.topic)) continue;
      const other = previousOwner.get(tp);
      if (other === undefined) {
        owned.push(tp);
        previousOwner.set(tp, id);
        continue;
      }
      const otherGeneration = group.byId.get(other)!.generation ?? DEFAULT_GENERATION;
      if (generation === otherGeneration) {
        multipleOwners.add(tp);
        removeFirst(currentAssignment.get(other)!, tp);
        previousOwner.set(tp, id);
      } else if (generation > otherGeneration) {
        owned.push(tp);
        removeFirst(currentAssignment.get(other)!, tp);
        previousOwner.set(tp, id);
      }
      // Otherwise the member with the newer generation keeps it.
    }
  }
  return {
    order,
    allSubscriptionsEqual,
    currentAssignment,
    partitionsWithMultiplePreviousOwners: multipleOwners,
    maxGeneration,
  };
}
