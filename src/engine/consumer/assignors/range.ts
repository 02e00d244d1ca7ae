/**
 * Kafka's `RangeAssignor`: each topic on its own, its partitions in order, its subscribers in
 * `MemberInfo` order; every subscriber gets `n / m` consecutive partitions and the first `n % m` get
 * one extra. Topics with the same partition count and subscribers are therefore co-partitioned.
 */
import {
  compareMemberInfo,
  prepareGroup,
  toAssignment,
  type GroupMember,
  type TopicPartition,
} from './group';
import type { Assignment, AssignorInput } from './types';

/** Range assignment of the group. */
export function assignRange(input: AssignorInput): Assignment {
  const group = prepareGroup(input);
  const lists = new Map<string, TopicPartition[]>(group.members.map((m) => [m.id, []]));

  const subscribers = new Map<string, GroupMember[]>();
  for (const m of group.members) {
    for (const topic of m.topics) {
      const list = subscribers.get(topic) ?? [];
      list.push(m);
      subscribers.set(topic, list);
    }
  }

  // Topics are independent of each other, so the (hash) order Java visits them in does not matter.
  for (const [topic, count] of group.partitionsPerTopic) {
    const consumers = [...(subscribers.get(topic) ?? [])].sort(compareMemberInfo);
    if (consumers.length === 0) continue;
    const perConsumer = Math.floor(count / consumers.length);
    const withExtra = count % consumers.length;
    let next = 0;
    consumers.forEach((consumer, i) => {
      const length = perConsumer + (i < withExtra ? 1 : 0);
      const list = lists.get(consumer.id)!;
      for (let p = next; p < next + length; p++) list.push(group.tps.get(topic, p));
      next += length;
    });
  }
  return toAssignment(group, lists);
}
