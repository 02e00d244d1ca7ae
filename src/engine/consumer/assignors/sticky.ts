/**
 * Kafka's `StickyAssignor` (eager): as balanced as round robin, but members keep what they owned
 * whenever balance allows. `owned` plays the role of the previous assignment and generation the member
 * encodes in its subscription user data. Member order is plain member id order: unlike range and round
 * robin, the sticky assignors ignore `group.instance.id`.
 */
import { prepareGroup, toAssignment, type Group } from './group';
import { constrainedAssign, type StickyResult } from './stickyConstrained';
import { generalAssign } from './stickyGeneral';
import { resolveOwnership } from './stickyOwnership';
import type { Assignment, AssignorInput } from './types';

/** Runs `AbstractStickyAssignor` and keeps its internals for the cooperative variant. */
export function runStickyAlgorithm(input: AssignorInput): { group: Group; result: StickyResult } {
  const group = prepareGroup(input);
  if (group.members.length === 0) {
    return { group, result: { assignment: new Map(), partitionsTransferringOwnership: new Map() } };
  }
  const ownership = resolveOwnership(group);
  const result: StickyResult = ownership.allSubscriptionsEqual
    ? constrainedAssign(group, ownership)
    : { assignment: generalAssign(group, ownership), partitionsTransferringOwnership: null };
  return { group, result };
}

/** Sticky (eager) assignment of the group. */
export function assignSticky(input: AssignorInput): Assignment {
  const { group, result } = runStickyAlgorithm(input);
  return toAssignment(group, result.assignment);
}
