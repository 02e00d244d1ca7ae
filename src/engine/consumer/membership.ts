/**
 * Group membership for the foundation: members join at start and partitions are split with Kafka's
 * Range rule. (The consumer-group issue brings the JoinGroup/SyncGroup protocol and all assignors.)
 */
import type { GroupState, MemberPartition, SimState } from '../model/state';
import { nextU32 } from '../random/prng';

/** A realistic member id, `consumer-<group>-<n>-<uuid>`, with the UUID drawn from the seeded PRNG. */
export function newMemberId(sim: SimState, groupId: string, n: number): string {
  const hex = Array.from({ length: 4 }, () => nextU32(sim.rng).toString(16).padStart(8, '0')).join('');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `consumer-${groupId}-${n}-${uuid}`;
}

/** Java String.compareTo order (UTF-16 code units), which is how Kafka sorts member ids. */
function javaCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Range assignment per topic: members sorted by id, partitions in order, `n / m` each and the first
 * `n % m` members one extra. Keeps positions of partitions a member keeps; others restart from the
 * committed offset.
 */
export function assignRange(sim: SimState, g: GroupState): void {
  const members = [...g.members].sort((a, b) => javaCompare(a.id, b.id));
  const next = new Map<string, MemberPartition[]>(members.map((m) => [m.id, []]));
  for (const topic of [...g.topics].sort()) {
    const count = sim.topics.find((t) => t.name === topic)?.partitions.length ?? 0;
    const base = Math.floor(count / members.length);
    const extra = count % members.length;
    let p = 0;
    members.forEach((m, i) => {
      const n = base + (i < extra ? 1 : 0);
      for (let k = 0; k < n; k++, p++) {
        const kept = m.assigned.find((a) => a.topic === topic && a.partition === p);
        next.get(m.id)!.push({ topic, partition: p, position: kept ? kept.position : -1 });
      }
    });
  }
  for (const m of g.members) {
    const assigned = next.get(m.id)!;
    // Fetched data for partitions that moved away is discarded.
    m.buffer = m.buffer.filter((s) =>
      assigned.some((a) => a.topic === s.topic && a.partition === s.partition),
    );
    m.assigned = assigned;
  }
}
