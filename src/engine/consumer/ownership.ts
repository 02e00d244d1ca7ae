/**
 * Who is actually consuming each partition, over time: ownership segments for the timeline view and
 * pause accounting (a partition pauses while no live member holds it — during an eager rebalance,
 * while a crashed member waits for its session timeout, or while a cooperative move is under way).
 */
import type { Step } from '../core/step';
import type { GroupState, MemberState } from '../model/state';
import { tpKey } from './membership';

const SEGMENTS_KEPT = 600;

/** Recomputes ownership after any protocol step that moves partitions or members. */
export function updateOwnership(step: Step, g: GroupState): void {
  const { sim } = step;
  const c = g.classic;
  const consuming = new Map<string, string>();
  let alive = 0;
  for (const m of g.members) {
    if (m.client.status === 'stopped' || m.client.status === 'crashed') continue;
    alive++;
    for (const a of m.assigned) consuming.set(tpKey(a.topic, a.partition), m.clientId);
  }
  // A group with no running consumer is stopped, not rebalancing: its partitions do not count as paused.
  const counting = c.everStable && alive > 0;
  const open = new Map<string, (typeof c.segments)[number]>();
  for (const s of c.segments) if (s.to < 0) open.set(s.partition, s);
  for (const topic of g.topics) {
    const count = sim.topics.find((t) => t.name === topic)?.partitions.length ?? 0;
    for (let p = 0; p < count; p++) {
      const key = tpKey(topic, p);
      const owner = consuming.get(key);
      const segment = open.get(key);
      if (segment && segment.clientId !== owner) segment.to = sim.now;
      if (owner && (!segment || segment.clientId !== owner))
        c.segments.push({ partition: key, clientId: owner, from: sim.now, to: -1 });
      const since = c.pausedSince[key];
      if ((owner || !counting) && since !== undefined) {
        c.totalPauseMs += sim.now - since;
        delete c.pausedSince[key];
        // A new owner ends the pause: charge it to the rebalance that formed after the pause began (none
        // when a static member came back within its session and took its partitions without one).
        const record = c.history[c.history.length - 1];
        if (owner && record && record.joinedAt >= since)
          record.paused[key] = (record.paused[key] ?? 0) + sim.now - since;
      } else if (!owner && since === undefined && counting) {
        c.pausedSince[key] = sim.now;
      }
    }
  }
  if (c.segments.length > SEGMENTS_KEPT) {
    const closed = c.segments.findIndex((s) => s.to >= 0);
    if (closed >= 0) c.segments.splice(closed, 1);
  }
}

/** Total pause time so far, counting pauses still running. */
export function pauseMsSoFar(g: GroupState, now: number): number {
  let total = g.classic.totalPauseMs;
  for (const since of Object.values(g.classic.pausedSince)) total += now - since;
  return total;
}

/**
 * Takes partitions from a member (with the records it fetched for them) and announces it: revoked, or
 * lost when the member no longer owned them safely. Shared by the classic and the consumer protocol.
 */
export function dropPartitions(
  step: Step,
  g: GroupState,
  m: MemberState,
  keys: string[],
  lost: boolean,
): void {
  const set = new Set(keys);
  m.assigned = m.assigned.filter((a) => !set.has(tpKey(a.topic, a.partition)));
  m.buffer = m.buffer.filter((s) => !set.has(tpKey(s.topic, s.partition)));
  step.out.push({
    type: 'PartitionsRevoked',
    at: step.sim.now,
    group: g.id,
    member: m.clientId,
    partitions: keys,
    lost,
  });
  updateOwnership(step, g);
}
