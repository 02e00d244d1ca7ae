/**
 * The stronger form of single ownership the group tests assert at quiet moments: live members' owned
 * partitions are disjoint whatever generation each believes it is in (a member fenced out of a newer
 * generation must have dropped its partitions before another live member takes them). Used by the group
 * property tests (jitterGroupProperties, consumerProtocol); the fuzzer's monitor checks the per-generation
 * form, `checkSingleOwnership`.
 */
import type { SimState } from '../model/state';
import type { Violation } from './types';

export function checkLiveOwnersDisjoint(sim: SimState): Violation[] {
  const out: Violation[] = [];
  for (const g of sim.groups) {
    const owner = new Map<string, string>();
    for (const m of g.members) {
      if (m.client.status === 'stopped' || m.client.status === 'crashed') continue;
      for (const a of m.assigned) {
        const key = `${a.topic}-${a.partition}`;
        const other = owner.get(key);
        if (other !== undefined)
          out.push({
            invariant: 'partitionOwnedTwice',
            at: sim.now,
            detail: `group ${g.id}: ${key} owned by ${other} and ${m.clientId} (both live)`,
          });
        owner.set(key, m.clientId);
      }
    }
  }
  return out;
}
