/**
 * Input preparation shared by all assignors: the leader's view of the group (subscriptions plus the
 * partition counts it found in metadata), interned topic partitions, and the output format.
 */
import { compareJavaStrings, topicPartitionHash } from './javaCollections';
import type { Assignment, AssignorInput } from './types';

/** An interned topic partition: one object per (topic, partition), so identity works in Sets and Maps. */
export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
  /** Java `TopicPartition.hashCode()`, for replaying HashSet order. */
  readonly hash: number;
}

/** Hands out the single TopicPartition object for each (topic, partition). */
export class TopicPartitions {
  private readonly byTopic = new Map<string, Map<number, TopicPartition>>();

  /** The interned object for this partition. */
  get(topic: string, partition: number): TopicPartition {
    let partitions = this.byTopic.get(topic);
    if (!partitions) this.byTopic.set(topic, (partitions = new Map()));
    let tp = partitions.get(partition);
    if (!tp)
      partitions.set(partition, (tp = { topic, partition, hash: topicPartitionHash(topic, partition) }));
    return tp;
  }
}

/** One member after normalisation. */
export interface GroupMember {
  readonly id: string;
  /** Subscribed topics without duplicates, in the order given. */
  readonly topics: readonly string[];
  /** Claimed partitions as given, minus partition numbers that cannot exist. */
  readonly owned: readonly TopicPartition[];
  /** Undefined means Java's `Optional.empty()` (treated as generation -1). */
  readonly generation: number | undefined;
  readonly groupInstanceId: string | undefined;
}

/** The normalised group. */
export interface Group {
  /** Members in input order, which stands for the order of the JoinGroup response. */
  readonly members: readonly GroupMember[];
  readonly byId: ReadonlyMap<string, GroupMember>;
  /** Subscribed topics that exist with at least one partition, as `AbstractPartitionAssignor` builds it. */
  readonly partitionsPerTopic: ReadonlyMap<string, number>;
  readonly tps: TopicPartitions;
}

/** Normalises an input; throws on a duplicate member id, which a real group cannot have. */
export function prepareGroup(input: AssignorInput): Group {
  const tps = new TopicPartitions();
  const members: GroupMember[] = [];
  const byId = new Map<string, GroupMember>();
  const partitionsPerTopic = new Map<string, number>();

  for (const m of input.members) {
    if (byId.has(m.id)) throw new Error(`duplicate member id "${m.id}"`);
    const topics = [...new Set(m.topics)];
    for (const topic of topics) {
      const count = Object.hasOwn(input.topics, topic) ? input.topics[topic] : undefined;
      if (count !== undefined && count > 0) partitionsPerTopic.set(topic, count);
    }
    // A partition number that cannot exist (e.g. a claim left over from a deleted, re-created topic)
    // is dropped: Java would keep it and then hand out a partition that does not exist.
    const owned = (m.owned ?? [])
      .filter(([topic, p]) => {
        const count = Object.hasOwn(input.topics, topic) ? input.topics[topic] : undefined;
        return Number.isInteger(p) && p >= 0 && (count === undefined || p < count);
      })
      .map(([topic, p]) => tps.get(topic, p));
    const member: GroupMember = {
      id: m.id,
      topics,
      owned,
      generation: m.generation ?? undefined,
      groupInstanceId: m.groupInstanceId ?? undefined,
    };
    members.push(member);
    byId.set(m.id, member);
  }
  return { members, byId, partitionsPerTopic, tps };
}

/**
 * `AbstractPartitionAssignor.MemberInfo` order, used by range and round robin: static members first,
 * by `group.instance.id`, then dynamic members by member id.
 */
export function compareMemberInfo(a: GroupMember, b: GroupMember): number {
  if (a.groupInstanceId !== undefined && b.groupInstanceId !== undefined) {
    // Two members cannot share an instance id in a real group; fall back to member id to stay total.
    return compareJavaStrings(a.groupInstanceId, b.groupInstanceId) || compareJavaStrings(a.id, b.id);
  }
  if (a.groupInstanceId !== undefined) return -1;
  if (b.groupInstanceId !== undefined) return 1;
  return compareJavaStrings(a.id, b.id);
}

/** Topic first (Java string order), then partition number. */
export function compareTopicPartitions(a: TopicPartition, b: TopicPartition): number {
  return compareJavaStrings(a.topic, b.topic) || a.partition - b.partition;
}

/** Builds the JSON output: every member present, each list sorted by topic then partition. */
export function toAssignment(
  group: Group,
  lists: ReadonlyMap<string, readonly TopicPartition[]>,
): Assignment {
  const out: Assignment = {};
  for (const m of group.members) {
    const list = [...(lists.get(m.id) ?? [])].sort(compareTopicPartitions);
    out[m.id] = list.map((tp) => [tp.topic, tp.partition]);
  }
  return out;
}
