/**
 * Kafka's `RoundRobinAssignor`: all partitions of all subscribed topics (topics in name order) are dealt
 * one by one over the members in `MemberInfo` order, skipping members not subscribed to the partition's
 * topic. The dealer's position carries over from topic to topic.
 */
import { compareMemberInfo, prepareGroup, toAssignment, type TopicPartition } from './group';
import { compareJavaStrings } from './javaCollections';
import type { Assignment, AssignorInput } from './types';

/** Round-robin assignment of the group. */
export function assignRoundRobin(input: AssignorInput): Assignment {
  const group = prepareGroup(input);
  const lists = new Map<string, TopicPartition[]>(group.members.map((m) => [m.id, []]));
  const dealer = [...group.members].sort(compareMemberInfo);

  const topics = [...new Set(group.members.flatMap((m) => m.topics))].sort(compareJavaStrings);
  let position = 0;
  for (const topic of topics) {
    const count = group.partitionsPerTopic.get(topic);
    if (count === undefined) continue;
    for (let p = 0; p < count; p++) {
      // Someone subscribes to every topic in this list, so the search always ends.
      while (!dealer[position % dealer.length]!.topics.includes(topic)) position++;
      lists.get(dealer[position % dealer.length]!.id)!.push(group.tps.get(topic, p));
      position++;
    }
  }
  return toAssignment(group, lists);
}
