/**
 * The coordinator's per-member reconciliation step, following Kafka's `CurrentAssignmentBuilder`
 * (group-coordinator, `modern.consumer`): a member first gives up what the target no longer gives it
 * (UNREVOKED_PARTITIONS, staying at its epoch until its heartbeat no longer lists them), then moves to
 * the target epoch and receives the target's partitions that nobody else still holds; partitions
 * another member still owns or still has to revoke wait (UNRELEASED_PARTITIONS).
 */
import type { TopicPartitionPair } from '../assignors/types';
import type { ConsumerProtocolMember, ConsumerMemberState } from '../../model/consumerProtocol';

const key = ([t, p]: TopicPartitionPair) => `${t}-${p}`;

export interface ReconcileInput {
  member: ConsumerProtocolMember;
  targetEpoch: number;
  target: TopicPartitionPair[];
  /** What the heartbeat says the client owns; null when the request did not say. */
  owned: TopicPartitionPair[] | null;
  /** True if another member holds (assigned or pending revocation) this partition. */
  heldByOther: (tp: TopicPartitionPair) => boolean;
}

export interface Reconciled {
  state: ConsumerMemberState;
  memberEpoch: number;
  assigned: TopicPartitionPair[];
  pendingRevocation: TopicPartitionPair[];
}

function ownsAny(owned: TopicPartitionPair[] | null, partitions: TopicPartitionPair[]): boolean {
  if (owned === null) return true;
  const pending = new Set(partitions.map(key));
  return owned.some((tp) => pending.has(key(tp)));
}

/** The member's next state (CurrentAssignmentBuilder.build). */
export function reconcileMember(input: ReconcileInput): Reconciled {
  const { member } = input;
  const unchanged: Reconciled = {
    state: member.state,
    memberEpoch: member.memberEpoch,
    assigned: member.assigned,
    pendingRevocation: member.pendingRevocation,
  };
  switch (member.state) {
    case 'STABLE':
      return member.memberEpoch === input.targetEpoch ? unchanged : next(input, member.memberEpoch);
    case 'UNREVOKED_PARTITIONS':
      // Still listing a partition it must give up: wait. Otherwise it moves on to the next epoch.
      if (ownsAny(input.owned, member.pendingRevocation)) return unchanged;
      return next(input, member.memberEpoch + 1);
    case 'UNRELEASED_PARTITIONS':
      return next(input, member.memberEpoch);
  }
}

/** CurrentAssignmentBuilder.computeNextAssignment. */
function next(input: ReconcileInput, memberEpoch: number): Reconciled {
  const targetKeys = new Set(input.target.map(key));
  const currentKeys = new Set(input.member.assigned.map(key));
  const keep = input.member.assigned.filter((tp) => targetKeys.has(key(tp)));
  const revoke = input.member.assigned.filter((tp) => !targetKeys.has(key(tp)));
  const wanted = input.target.filter((tp) => !currentKeys.has(key(tp)));
  const free = wanted.filter((tp) => !input.heldByOther(tp));
  const unreleased = free.length < wanted.length;

  if (revoke.length > 0 && ownsAny(input.owned, revoke)) {
    return { state: 'UNREVOKED_PARTITIONS', memberEpoch, assigned: keep, pendingRevocation: revoke };
  }
  return {
    state: unreleased ? 'UNRELEASED_PARTITIONS' : 'STABLE',
    memberEpoch: input.targetEpoch,
    assigned: sortPairs([...keep, ...free]),
    pendingRevocation: [],
  };
}

export function sortPairs(list: TopicPartitionPair[]): TopicPartitionPair[] {
  return [...list].sort(([ta, pa], [tb, pb]) => (ta < tb ? -1 : ta > tb ? 1 : pa - pb));
}
