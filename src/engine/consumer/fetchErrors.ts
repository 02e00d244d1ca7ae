/**
 * What a consumer does with partition errors in a fetch response (kafka-behaviour.md §3.4, §4.3):
 * - NOT_LEADER_OR_FOLLOWER: the leader moved; the client refreshes its metadata and fetches from the new
 *   leader next time (the simulation's metadata is always current, so the next fetch goes there).
 * - OFFSET_OUT_OF_RANGE: the position is outside the leader's log — typically past the end of a log
 *   that an unclean election cut short. `auto.offset.reset` decides: earliest → log start, latest → the
 *   end a read_uncommitted consumer sees (the high watermark), none → poll() throws
 *   OffsetOutOfRangeException and the member stops.
 */
import type { Step } from '../core/step';
import type { FetchPartitionError, GroupState, MemberState } from '../model/state';

/** Applies the errors; false when the member failed (reset policy "none"). */
export function handleFetchErrors(
  step: Step,
  g: GroupState,
  m: MemberState,
  broker: number,
  errors: FetchPartitionError[],
): boolean {
  const { sim, out } = step;
  for (const e of errors) {
    g.stats.errors[e.error] = (g.stats.errors[e.error] ?? 0) + 1;
    out.push({
      type: 'FetchError',
      at: sim.now,
      group: g.id,
      member: m.clientId,
      broker,
      topic: e.topic,
      partition: e.partition,
      error: e.error,
    });
    if (e.error !== 'OffsetOutOfRangeException') continue;
    const a = m.assigned.find((x) => x.topic === e.topic && x.partition === e.partition);
    // Only a position still at the refused offset is reset (a newer seek or reassignment wins).
    if (!a || a.position !== e.offset) continue;
    const tp = sim.topics.find((t) => t.name === e.topic)!.partitions[e.partition]!;
    const policy = String(g.config['auto.offset.reset']);
    if (policy === 'none') {
      m.phase = 'failed';
      m.error = 'OffsetOutOfRangeException';
      out.push({
        type: 'ConsumerError',
        at: sim.now,
        group: g.id,
        member: m.clientId,
        error: 'OffsetOutOfRangeException',
        message: `Fetch position ${e.offset} is out of range for partition ${e.topic}-${e.partition} and auto.offset.reset is none`,
      });
      return false;
    }
    a.position = policy === 'earliest' ? tp.logStartOffset : tp.highWatermark;
    // Jumping forward to the high watermark skips what lies between (nothing after a truncation).
    if (policy === 'latest') g.stats.skippedByLatestReset += Math.max(0, tp.highWatermark - e.offset);
    out.push({
      type: 'OffsetReset',
      at: sim.now,
      group: g.id,
      member: m.clientId,
      topic: e.topic,
      partition: e.partition,
      fromOffset: e.offset,
      toOffset: a.position,
      policy,
    });
  }
  return true;
}
