/**
 * The "constrained" sticky algorithm (`ConstrainedAssignmentBuilder`), used when every member has the
 * same subscription. Every member ends with `minQuota` or `maxQuota` partitions, and exactly
 * `total % members` of them get `maxQuota`:
 *
 * 1. In Java's HashMap order, each member keeps its owned partitions (sorted by partition number, then
 *    topic, so a member keeps a spread of topics) up to its quota. The first members that own enough
 *    take the `maxQuota` slots; later ones keep `minQuota` and revoke the rest.
 * 2. The remaining partitions (topic, then partition order) are dealt round robin to members below
 *    `minQuota` (member id order), then one each to members waiting at `minQuota` for an extra one.
 *
 * It also records which partitions change owner, for the cooperative assignor.
 */
import type { Group, TopicPartition } from './group';
import { compareJavaStrings } from './javaCollections';
import type { Ownership } from './stickyOwnership';

/** An assignment plus the partitions it moves away from a previous owner (null: not computed). */
export interface StickyResult {
  readonly assignment: Map<string, TopicPartition[]>;
  readonly partitionsTransferringOwnership: Map<TopicPartition, string> | null;
}

function byPartitionThenTopic(a: TopicPartition, b: TopicPartition): number {
  return a.partition - b.partition || compareJavaStrings(a.topic, b.topic);
}

/** Runs the constrained algorithm on the result of the ownership pass. */
export function constrainedAssign(group: Group, ownership: Ownership): StickyResult {
  const { order, currentAssignment } = ownership;
  const multipleOwners = ownership.partitionsWithMultiplePreviousOwners;
  let total = 0;
  for (const count of group.partitionsPerTopic.values()) total += count;
  const minQuota = Math.floor(total / order.length);
  const maxQuota = Math.ceil(total / order.length);
  const expectedOverMin = total % order.length;
  let currentOverMin = 0;

  const assignment = new Map<string, TopicPartition[]>(order.map((id) => [id, []]));
  const assigned = new Set<TopicPartition>();
  const revoked = new Set<TopicPartition>();
  const transferring = new Map<TopicPartition, string>();
  let underMin: string[] = [];
  let exactlyMin: string[] = [];

  const keep = (id: string, partitions: TopicPartition[]): void => {
    assignment.get(id)!.push(...partitions);
    for (const tp of partitions) assigned.add(tp);
  };

  // Step 1: previously owned partitions, in HashMap order (this order decides who keeps maxQuota).
  for (const id of order) {
    const owned = currentAssignment
      .get(id)!
      .filter((tp) => !multipleOwners.has(tp))
      .sort(byPartitionThenTopic);
    if (owned.length < minQuota) {
      keep(id, owned);
      underMin.push(id);
    } else if (owned.length >= maxQuota && currentOverMin < expectedOverMin) {
      currentOverMin++;
      if (currentOverMin === expectedOverMin) exactlyMin = [];
      keep(id, owned.slice(0, maxQuota));
      for (const tp of owned.slice(maxQuota)) revoked.add(tp);
    } else {
      keep(id, owned.slice(0, minQuota));
      for (const tp of owned.slice(minQuota)) revoked.add(tp);
      if (currentOverMin < expectedOverMin) exactlyMin.push(id);
    }
  }

  // Unassigned partitions in topic order, then partition order.
  const unassigned: TopicPartition[] = [];
  for (const topic of [...group.partitionsPerTopic.keys()].sort(compareJavaStrings)) {
    for (let p = 0; p < group.partitionsPerTopic.get(topic)!; p++) {
      const tp = group.tps.get(topic, p);
      if (!assigned.has(tp)) unassigned.push(tp);
    }
  }
  underMin = underMin.sort(compareJavaStrings);
  exactlyMin = exactlyMin.sort(compareJavaStrings);

  const assignNew = (tp: TopicPartition, id: string): number => {
    const list = assignment.get(id)!;
    list.push(tp);
    // Owned by someone else before (revoked above, or claimed twice): the cooperative assignor must
    // hold it back for one rebalance.
    if (revoked.has(tp) || multipleOwners.has(tp)) transferring.set(tp, id);
    return list.length;
  };

  // Step 2: round robin over the members below minQuota, mimicking Java's LinkedList iterator.
  let cursor = 0;
  for (const tp of unassigned) {
    let id: string;
    let fromUnderMin = true;
    if (cursor < underMin.length) {
      id = underMin[cursor++]!;
    } else if (underMin.length === 0 && exactlyMin.length === 0) {
      throw new Error('sticky assignor: no more unfilled consumers to be assigned');
    } else if (underMin.length === 0) {
      id = exactlyMin.shift()!;
      fromUnderMin = false;
    } else {
      cursor = 0;
      id = underMin[cursor++]!;
    }
    const count = assignNew(tp, id);
    if (count === minQuota && fromUnderMin) {
      underMin.splice(--cursor, 1);
      exactlyMin.push(id);
    } else if (count === maxQuota) {
      currentOverMin++;
    }
  }

  // Java's verifyUnfilledMembers: anyone still below minQuota means the quotas did not add up.
  if (underMin.length > 0) {
    const short = underMin.find((id) => assignment.get(id)!.length !== minQuota);
    if (currentOverMin !== expectedOverMin || short !== undefined) {
      throw new Error('sticky assignor: members left below their quota with no partitions to assign');
    }
  }
  return { assignment, partitionsTransferringOwnership: transferring };
}
