/**
 * Kafka's `CooperativeStickyAssignor`: the sticky target assignment, minus every partition that would
 * go straight from one member to another. Such a partition stays unassigned for this rebalance; its
 * owner revokes it, asks for another rebalance, and the next assignment hands it over.
 */
import type { Group, TopicPartition } from './group';
import { toAssignment } from './group';
import { runStickyAlgorithm } from './sticky';
import type { Assignment, AssignorInput } from './types';

/**
 * Partitions assigned to a member that did not claim them while some member that did claim them is
 * losing them (Java's `computePartitionsTransferringOwnership`, used after the general algorithm).
 * Uses the raw claims, including ones the ownership pass rejected.
 */
function partitionsChangingOwner(
  group: Group,
  assignment: ReadonlyMap<string, readonly TopicPartition[]>,
): Map<TopicPartition, string> {
  const added = new Map<TopicPartition, string>();
  const revoked = new Set<TopicPartition>();
  for (const [id, assigned] of assignment) {
    const owned = group.byId.get(id)!.owned;
    for (const tp of assigned) if (!owned.includes(tp)) added.set(tp, id);
    for (const tp of owned) if (!assigned.includes(tp)) revoked.add(tp);
  }
  for (const tp of [...added.keys()]) if (!revoked.has(tp)) added.delete(tp);
  return added;
}

/** Cooperative-sticky assignment of the group (one rebalance's worth). */
export function assignCooperativeSticky(input: AssignorInput): Assignment {
  const { group, result } = runStickyAlgorithm(input);
  const transferring =
    result.partitionsTransferringOwnership ?? partitionsChangingOwner(group, result.assignment);
  for (const [tp, id] of transferring) {
    const list = result.assignment.get(id)!;
    const i = list.indexOf(tp);
    if (i >= 0) list.splice(i, 1);
  }
  return toAssignment(group, result.assignment);
}
