/**
 * The `uniform` server-side assignor when members subscribe to different topics, following Kafka's
 * `UniformHeterogeneousAssignmentBuilder` (group-coordinator): members keep every partition of a topic
 * they still subscribe to; unowned partitions go, topic by topic, to the topic's least loaded
 * subscribers; then each topic with two or more subscribers moves partitions from its most to its
 * least loaded subscribers until their counts differ by at most one (at most 16 passes over the
 * topics, stopping after a pass that moved nothing). Topics are visited hardest first: most partitions
 * per subscriber, then fewest subscribers, then topic id. Topic names stand in for ids in that last
 * tie-break (the simulator has no ids; the fixed ids of Kafka's tests sort like their names).
 */
import { compareJavaStrings } from '../assignors/javaCollections';
import type { Assignment } from '../assignors/types';
import { LoadBalancerCursor } from './loadBalancer';
import { ownedByTopic, partitionCount, toServerAssignment, type ServerGroupSpec } from './spec';

const MAX_ITERATION_COUNT = 16;

export function assignUniformHeterogeneous(spec: ServerGroupSpec): Assignment {
  const members = spec.members;
  const subscribers = new Map<string, number[]>();
  members.forEach((m, index) => {
    for (const topic of new Set(m.topics)) {
      partitionCount(spec, topic); // throws for a topic without metadata, as Kafka does
      const list = subscribers.get(topic) ?? [];
      list.push(index);
      subscribers.set(topic, list);
    }
  });
  if (subscribers.size === 0) return toServerAssignment(spec, new Map());

  const count = (t: string) => spec.topics[t]!;
  const subs = (t: string) => subscribers.get(t)!;
  const sortTopics = (topics: Iterable<string>) =>
    [...topics].sort(
      (a, b) =>
        count(b) / subs(b).length - count(a) / subs(a).length ||
        subs(a).length - subs(b).length ||
        compareJavaStrings(a, b),
    );

  const sizes = members.map(() => 0);
  const owners = new Map([...subscribers.keys()].map((t) => [t, new Array<number>(count(t)).fill(-1)]));
  const target = new Map(members.map((m) => [m.id, new Map<string, Set<number>>()]));
  const move = (topic: string, partition: number, to: number) => {
    const from = owners.get(topic)![partition]!;
    if (from !== -1) {
      const set = target.get(members[from]!.id)!.get(topic)!;
      set.delete(partition);
      if (set.size === 0) target.get(members[from]!.id)!.delete(topic);
      sizes[from]!--;
    }
    const mine = target.get(members[to]!.id)!;
    mine.set(topic, (mine.get(topic) ?? new Set<number>()).add(partition));
    owners.get(topic)![partition] = to;
    sizes[to]!++;
  };

  // Keep what members own of topics they still subscribe to.
  members.forEach((m, index) => {
    const subscribed = new Set(m.topics);
    for (const [topic, partitions] of ownedByTopic(spec, m)) {
      if (!subscribed.has(topic)) continue;
      target.get(m.id)!.set(topic, new Set(partitions));
      sizes[index]! += partitions.length;
      for (const p of partitions) owners.get(topic)![p] = index;
    }
  });

  // Hand out the unowned partitions.
  const cursor = new LoadBalancerCursor(sizes);
  const withUnowned = [...owners].filter(([, o]) => o.includes(-1)).map(([t]) => t);
  for (const topic of sortTopics(withUnowned)) {
    cursor.initialize(subs(topic));
    owners.get(topic)!.forEach((owner, p) => {
      if (owner === -1) move(topic, p, cursor.nextLeastLoaded());
    });
  }

  // Balance, topic by topic, until a whole pass moves nothing.
  const balanced = sortTopics([...subscribers.keys()].filter((t) => subs(t).length >= 2));
  let lastMoved = -1;
  for (let pass = 0; pass < MAX_ITERATION_COUNT && balanced.length > 0; pass++) {
    for (let i = 0; i < balanced.length; i++) {
      if (i === lastMoved) return toServerAssignment(spec, target);
      const moved = balanceTopic(balanced[i]!, cursor, owners.get(balanced[i]!)!, subs(balanced[i]!), move);
      if (moved > 0 || lastMoved === -1) lastMoved = i;
    }
  }
  return toServerAssignment(spec, target);
}

/** Moves partitions of one topic from its most to its least loaded subscribers; returns how many. */
function balanceTopic(
  topic: string,
  cursor: LoadBalancerCursor,
  owners: number[],
  subscribers: number[],
  move: (topic: string, partition: number, to: number) => void,
): number {
  if (cursor.initialize(subscribers) <= 1) return 0;
  // Partitions grouped by owner; each owner gives up its highest-numbered ones first.
  const partitions = owners.map((_, p) => p).sort((a, b) => owners[a]! - owners[b]! || a - b);
  const start = new Map<number, number>();
  const end = new Map<number, number>();
  partitions.forEach((p, i) => {
    if (!start.has(owners[p]!)) start.set(owners[p]!, i);
    end.set(owners[p]!, i + 1);
  });
  let moved = 0;
  while (!cursor.isBalanced()) {
    let giver = cursor.nextMostLoaded();
    while (giver !== -1 && (end.get(giver) ?? 0) - (start.get(giver) ?? 0) <= 0) {
      cursor.excludeMostLoaded();
      giver = cursor.nextMostLoaded();
    }
    if (giver === -1) break;
    const last = end.get(giver)! - 1;
    end.set(giver, last);
    const receiver = cursor.nextLeastLoaded();
    if (cursor.isBalanced()) break;
    move(topic, partitions[last]!, receiver);
    moved++;
  }
  return moved;
}
