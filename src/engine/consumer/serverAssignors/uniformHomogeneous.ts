/**
 * The `uniform` server-side assignor when every member subscribes to the same topics, following
 * Kafka's `UniformHomogeneousAssignmentBuilder` (group-coordinator): every member keeps what it
 * already has up to its quota (`total / members`, the first `total % members` members in iteration
 * order may take one more); partitions beyond the quota, of unsubscribed topics, or owned by nobody
 * are handed, in order, to the members still under quota.
 */
import type { Assignment } from '../assignors/types';
import {
  orderTopics,
  ownedByTopic,
  partitionCount,
  PartitionAssignorError,
  toServerAssignment,
  type ServerGroupSpec,
} from './spec';

export function assignUniformHomogeneous(spec: ServerGroupSpec): Assignment {
  const first = spec.members[0];
  if (first === undefined) return {};
  const subscribed = new Set(first.topics);
  if (subscribed.size === 0) return toServerAssignment(spec, new Map());

  // Partitions some member already holds in the target (Java's inverted target assignment).
  const held = new Set<string>();
  const owned = new Map(spec.members.map((m) => [m.id, ownedByTopic(spec, m)]));
  for (const byTopic of owned.values()) {
    for (const [topic, ps] of byTopic) for (const p of ps) held.add(`${topic}\u0000${p}`);
  }

  const unassigned: [string, number][] = [];
  let total = 0;
  for (const topic of orderTopics(spec, subscribed)) {
    const count = partitionCount(spec, topic);
    for (let p = 0; p < count; p++) if (!held.has(`${topic}\u0000${p}`)) unassigned.push([topic, p]);
    total += count;
  }

  const minQuota = Math.floor(total / spec.members.length);
  let extras = total % spec.members.length;
  const target = new Map<string, Map<string, Set<number>>>();
  const unfilled: { id: string; room: number }[] = [];

  // Keep each member's partitions up to its quota; release the rest.
  for (const m of spec.members) {
    let quota = minQuota;
    if (extras > 0) {
      quota++;
      extras--;
    }
    const kept = new Map<string, Set<number>>();
    for (const [topic, partitions] of owned.get(m.id)!) {
      if (!subscribed.has(topic)) continue;
      if (partitions.length <= quota) {
        quota -= partitions.length;
        kept.set(topic, new Set(partitions));
        continue;
      }
      const keep = new Set<number>();
      for (const p of partitions) {
        if (quota > 0) {
          quota--;
          keep.add(p);
        } else {
          unassigned.push([topic, p]);
        }
      }
      if (keep.size > 0) kept.set(topic, keep);
    }
    if (quota > 0) unfilled.push({ id: m.id, room: quota });
    target.set(m.id, kept);
  }

  // Fill the members under quota, in member order, from the unassigned list in order.
  let next = 0;
  for (const { id, room } of unfilled) {
    const kept = target.get(id)!;
    for (let i = 0; i < room && next < unassigned.length; i++, next++) {
      const [topic, p] = unassigned[next]!;
      const set = kept.get(topic) ?? new Set<number>();
      set.add(p);
      kept.set(topic, set);
    }
  }
  if (next < unassigned.length) throw new PartitionAssignorError('Partitions were left unassigned');
  return toServerAssignment(spec, target);
}
