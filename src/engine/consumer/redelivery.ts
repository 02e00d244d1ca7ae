/**
 * Consumer-side duplicates: records poll() returns a second time because their offsets were not
 * committed before a crash or a move (at-least-once). Counted per partition against the highest
 * offset the group had already been given.
 */
import type { Step } from '../core/step';
import type { TopicPartitionRange } from '../events/types';
import type { GroupState, MemberState } from '../model/state';
import { tpKey } from './membership';

export function countRedelivery(
  step: Step,
  g: GroupState,
  m: MemberState,
  ranges: TopicPartitionRange[],
): void {
  const c = g.classic;
  for (const r of ranges) {
    const key = tpKey(r.topic, r.partition);
    const upTo = c.polledUpTo[key] ?? -1;
    const end = r.fromOffset + r.count;
    const again = Math.max(0, Math.min(end, upTo) - r.fromOffset);
    if (again > 0) {
      c.duplicates += again;
      c.duplicatesByPartition[key] = (c.duplicatesByPartition[key] ?? 0) + again;
      step.out.push({
        type: 'RecordsRedelivered',
        at: step.sim.now,
        group: g.id,
        member: m.clientId,
        partition: key,
        count: again,
      });
    }
    if (end > upTo) c.polledUpTo[key] = end;
  }
}
