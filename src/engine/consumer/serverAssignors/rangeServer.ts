/**
 * The `range` server-side assignor, following Kafka's group-coordinator `RangeAssignor` (not the
 * client's): members sorted with static members first (by `group.instance.id`), then by member id;
 * for each topic, its subscribers in that order get `n / m` consecutive partitions and the first
 * `n % m` one more. It ignores the current assignment, so a static member that rejoins under a new
 * member id gets the same partitions back as long as the membership is the same.
 */
import { compareJavaStrings } from '../assignors/javaCollections';
import type { Assignment } from '../assignors/types';
import { partitionCount, toServerAssignment, type ServerGroupSpec, type ServerMemberSpec } from './spec';

function compareMembers(a: ServerMemberSpec, b: ServerMemberSpec): number {
  const ia = a.groupInstanceId ?? null;
  const ib = b.groupInstanceId ?? null;
  if (ia !== null && ib !== null) return compareJavaStrings(ia, ib);
  if (ia !== null) return -1;
  if (ib !== null) return 1;
  return compareJavaStrings(a.id, b.id);
}

export function assignRangeServer(spec: ServerGroupSpec): Assignment {
  const sorted = [...spec.members].sort(compareMembers);
  const ranges = new Map<string, { count: number; members: number; next: number; extra: number }>();
  for (const m of sorted) {
    for (const topic of new Set(m.topics)) {
      const r = ranges.get(topic) ?? { count: partitionCount(spec, topic), members: 0, next: 0, extra: -1 };
      r.members++;
      ranges.set(topic, r);
    }
  }
  for (const r of ranges.values()) r.extra = r.count % r.members;

  const target = new Map<string, Map<string, Set<number>>>();
  for (const m of sorted) {
    const mine = new Map<string, Set<number>>();
    for (const topic of new Set(m.topics)) {
      const r = ranges.get(topic)!;
      let quota = Math.floor(r.count / r.members);
      if (r.extra > 0) {
        quota++;
        r.extra--;
      }
      const end = Math.min(r.next + quota, r.count);
      if (r.next < end) {
        const set = new Set<number>();
        for (let p = r.next; p < end; p++) set.add(p);
        mine.set(topic, set);
      }
      r.next = end;
    }
    target.set(m.id, mine);
  }
  return toServerAssignment(spec, target);
}
