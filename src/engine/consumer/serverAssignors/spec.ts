/**
 * The group spec the broker-side (KIP-848) assignors work on: the coordinator's view of every member's
 * subscription and current *target* assignment, plus partition counts. Mirrors Kafka's `GroupSpec` /
 * `SubscribedTopicDescriber` (group-coordinator module) with topic names standing in for topic ids.
 */
import { compareJavaStrings } from '../assignors/javaCollections';
import type { Assignment, TopicPartitionPair } from '../assignors/types';

/** One member as the server-side assignor sees it. */
export interface ServerMemberSpec {
  id: string;
  /** Subscribed topics (a set). */
  topics: string[];
  /** The member's assignment in the previous target assignment (partitions of any topic). */
  owned?: TopicPartitionPair[];
  /** `group.instance.id`; only `range` looks at it (static members sort first). */
  groupInstanceId?: string | null;
}

/** Input of a server-side assignor; members are iterated in the given order (Java's `memberIds()`). */
export interface ServerGroupSpec {
  /** Partition count per existing topic. */
  topics: Record<string, number>;
  members: ServerMemberSpec[];
  /**
   * The order Java iterates the group's topic-id `HashSet` in. Kafka's topic ids are random UUIDs, so
   * any fixed order is as faithful as another; the default is topic names sorted. Tests replaying
   * Kafka's own cases pass the order of their fixed UUIDs.
   */
  topicOrder?: string[];
}

/** Kafka's `PartitionAssignorException`. */
export class PartitionAssignorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartitionAssignorException';
  }
}

/** Topics in the spec's iteration order (restricted to `names`). */
export function orderTopics(spec: ServerGroupSpec, names: Iterable<string>): string[] {
  const wanted = new Set(names);
  const order = spec.topicOrder ?? Object.keys(spec.topics).sort(compareJavaStrings);
  const listed = order.filter((t) => wanted.has(t));
  // Names not in the explicit order (e.g. missing topics) come last, sorted.
  const rest = [...wanted].filter((t) => !listed.includes(t)).sort(compareJavaStrings);
  return [...listed, ...rest];
}

/** Partition count of a subscribed topic, or the assignor exception Kafka throws for an unknown id. */
export function partitionCount(spec: ServerGroupSpec, topic: string): number {
  const count = spec.topics[topic];
  if (count === undefined) {
    throw new PartitionAssignorError(
      `Members are subscribed to topic ${topic} which doesn't exist in the topic metadata.`,
    );
  }
  return count;
}

/**
 * A member's owned partitions grouped by topic, in first-appearance order (Java iterates the
 * member's assignment map). Partitions beyond the topic's current count are dropped: Kafka never
 * shrinks a topic, so only a hand-written input can hold them.
 */
export function ownedByTopic(spec: ServerGroupSpec, member: ServerMemberSpec): Map<string, number[]> {
  const byTopic = new Map<string, number[]>();
  for (const [topic, partition] of member.owned ?? []) {
    const count = spec.topics[topic];
    if (count !== undefined && partition >= count) continue;
    const list = byTopic.get(topic) ?? [];
    if (!list.includes(partition)) list.push(partition);
    byTopic.set(topic, list);
  }
  return byTopic;
}

/** Kafka's `SubscriptionType`: homogeneous when every member subscribes to the same topic set. */
export function isHomogeneous(spec: ServerGroupSpec): boolean {
  const key = (m: ServerMemberSpec) => [...new Set(m.topics)].sort(compareJavaStrings).join('\u0000');
  const first = spec.members[0];
  return first === undefined || spec.members.every((m) => key(m) === key(first));
}

/** Builds the output: every member present, lists sorted by topic then partition. */
export function toServerAssignment(
  spec: ServerGroupSpec,
  byMember: Map<string, Map<string, Set<number>>>,
): Assignment {
  const result: Assignment = {};
  for (const m of spec.members) {
    const pairs: TopicPartitionPair[] = [];
    for (const [topic, set] of byMember.get(m.id) ?? new Map<string, Set<number>>()) {
      for (const p of set) pairs.push([topic, p]);
    }
    pairs.sort(([ta, pa], [tb, pb]) => compareJavaStrings(ta, tb) || pa - pb);
    result[m.id] = pairs;
  }
  return result;
}
