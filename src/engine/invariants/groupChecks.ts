/**
 * Consumer-group promises (kafka-behaviour.md §4): within one generation no partition has two owners, and a
 * group's committed offset never moves back unless auto.offset.reset moved a position, the log was
 * truncated under it, or the offsets expired.
 */
import type { SimEvent } from '../events/types';
import type { SimState } from '../model/state';
import { getOwn } from '../core/idTable';
import type { Violation } from './types';

function alive(status: string): boolean {
  return status !== 'stopped' && status !== 'crashed';
}

/** Live members that believe they are in the same generation never hold one partition together. */
export function checkSingleOwnership(sim: SimState): Violation[] {
  const out: Violation[] = [];
  for (const g of sim.groups) {
    const owners = new Map<string, string>();
    for (const m of g.members) {
      if (!alive(m.client.status) || m.client.generation < 0) continue;
      for (const a of m.assigned) {
        const key = `${m.client.generation}|${a.topic}-${a.partition}`;
        const other = owners.get(key);
        if (other !== undefined)
          out.push({
            invariant: 'partitionOwnedTwice',
            at: sim.now,
            detail: `group ${g.id}: ${a.topic}-${a.partition} owned by ${other} and ${m.clientId} in generation ${m.client.generation}`,
          });
        owners.set(key, m.clientId);
      }
    }
  }
  return out;
}

/** Last committed offset per "group|topic|partition". */
export type CommittedMemory = Map<string, number>;

/** Groups whose offsets may legitimately move back because of these events (reset, truncation, expiry). */
export function resetsIn(sim: SimState, events: readonly SimEvent[]): Set<string> {
  const groups = new Set<string>();
  for (const e of events) {
    if (e.type === 'OffsetReset' || e.type === 'OffsetsExpired') groups.add(e.group);
    else if (e.type === 'LogTruncated' || e.type === 'RecordsLostAfterAck')
      for (const g of sim.groups) if (g.topics.includes(e.topic)) groups.add(g.id);
  }
  return groups;
}

export function checkCommittedMonotone(
  sim: SimState,
  memory: CommittedMemory,
  resetGroups: ReadonlySet<string>,
): Violation[] {
  const out: Violation[] = [];
  for (const g of sim.groups)
    for (const topic of sim.topics) {
      const offsets = getOwn(g.committed, topic.name);
      if (!offsets) continue;
      offsets.forEach((offset, partition) => {
        const key = `${g.id}|${topic.name}|${partition}`;
        const prev = memory.get(key);
        if (prev !== undefined && offset < prev && !resetGroups.has(g.id))
          out.push({
            invariant: 'committedOffsetWentBack',
            at: sim.now,
            detail: `group ${g.id}: ${topic.name}-${partition} committed ${prev} → ${offset}`,
          });
        memory.set(key, offset);
      });
    }
  return out;
}
