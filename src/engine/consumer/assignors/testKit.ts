/**
 * Small helpers for writing assignor cases in the notation Kafka's own tests use ("t1-0, t1-3").
 * Used by the tests and handy in a REPL; nothing in the engine depends on it.
 */
import { compareJavaStrings } from './javaCollections';
import type { Assignment, MemberSubscription, TopicPartitionPair } from './types';

/** Parses `"t1-0, t1-3"` (or `""`) into sorted `[topic, partition]` pairs; the last `-` splits. */
export function parts(list: string): TopicPartitionPair[] {
  if (list.trim() === '') return [];
  return list
    .split(',')
    .map((s) => s.trim())
    .map((s): TopicPartitionPair => [s.slice(0, s.lastIndexOf('-')), Number(s.slice(s.lastIndexOf('-') + 1))])
    .sort(([ta, pa], [tb, pb]) => compareJavaStrings(ta, tb) || pa - pb);
}

/** Builds an expected `Assignment` from `{ member: "t0-0, t1-2" }` notation. */
export function expected(byMember: Record<string, string>): Assignment {
  return Object.fromEntries(Object.entries(byMember).map(([id, list]) => [id, parts(list)]));
}

/** The members of the next rebalance: same subscriptions, each owning what `previous` gave it. */
export function rejoin(
  previous: Assignment,
  members: readonly MemberSubscription[],
  generation?: number,
): MemberSubscription[] {
  return members.map((m) => ({ ...m, owned: previous[m.id] ?? [], generation: generation ?? m.generation }));
}
