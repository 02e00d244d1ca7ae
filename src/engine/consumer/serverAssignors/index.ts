/**
 * Kafka 4.0's broker-side assignors for the consumer group protocol (KIP-848): `uniform` (default)
 * and `range`, selected per group by the client's `group.remote.assignor`. Pure functions on plain
 * data; the coordinator (and `assign --strategy uniform|range-server`) call `assignServerSide`.
 */
import type { Assignment, AssignorInput } from '../assignors/types';
import { assignRangeServer } from './rangeServer';
import { isHomogeneous, type ServerGroupSpec } from './spec';
import { assignUniformHeterogeneous } from './uniformHeterogeneous';
import { assignUniformHomogeneous } from './uniformHomogeneous';

export type ServerAssignorName = 'uniform' | 'range';

export { PartitionAssignorError, isHomogeneous, type ServerGroupSpec, type ServerMemberSpec } from './spec';
export { assignRangeServer, assignUniformHeterogeneous, assignUniformHomogeneous };

/** Kafka's `UniformAssignor.assign`: picks the builder by subscription type. */
export function assignUniform(spec: ServerGroupSpec): Assignment {
  if (spec.members.length === 0) return {};
  return isHomogeneous(spec) ? assignUniformHomogeneous(spec) : assignUniformHeterogeneous(spec);
}

/**
 * Runs the named server-side assignor the way the coordinator does: a subscription names topics, and
 * only those that exist have an id the assignor sees (missing ones are left out, not an error).
 * `owned` is each member's current assignment.
 */
export function assignServerSide(name: ServerAssignorName, input: AssignorInput): Assignment {
  const spec: ServerGroupSpec = {
    topics: input.topics,
    members: input.members.map((m) => ({
      id: m.id,
      topics: m.topics.filter((t) => input.topics[t] !== undefined),
      owned: m.owned ?? [],
      groupInstanceId: m.groupInstanceId ?? null,
    })),
  };
  return name === 'range' ? assignRangeServer(spec) : assignUniform(spec);
}
