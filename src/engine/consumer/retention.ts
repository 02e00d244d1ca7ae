/**
 * Committed-offset retention at the coordinator (kafka-behaviour.md §3.6, KIP-211): every
 * offsets.retention.check.interval.ms the coordinator deletes the offsets of a group that has been
 * Empty for offsets.retention.minutes; an empty group without offsets is then removed (Dead).
 * A returning consumer finds no committed offset, so auto.offset.reset decides where it starts.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { GroupState } from '../model/state';
import { setPhase } from './membership';
import { coordinatorAlive } from './coordinatorLocation';

/** Schedules the first retention check of a group. */
export function scheduleRetentionCheck(step: Step | { sim: Step['sim'] }, g: GroupState): void {
  const interval = configValue(g.config, 'offsets.retention.check.interval.ms');
  schedule(step.sim, step.sim.now + interval, { kind: 'offsetRetentionCheck', group: g.index });
}

/** The periodic cleanup task. */
export function offsetRetentionCheck(step: Step, groupIndex: number): void {
  const g = step.sim.groups[groupIndex]!;
  const c = g.classic;
  scheduleRetentionCheck(step, g);
  if (!coordinatorAlive(step.sim, g)) return;
  if (c.phase !== 'Empty' || c.emptySince < 0) return;
  const retentionMs = configValue(g.config, 'offsets.retention.minutes') * 60_000;
  if (step.sim.now - c.emptySince < retentionMs) return;
  let expired = 0;
  for (const list of Object.values(g.committed))
    for (let p = 0; p < list.length; p++)
      if (list[p]! >= 0) {
        list[p] = -1;
        expired++;
      }
  if (expired > 0) {
    c.expiredOffsets += expired;
    step.out.push({ type: 'OffsetsExpired', at: step.sim.now, group: g.id, partitions: expired });
  }
  setPhase(step, g, 'Dead', 'empty group without committed offsets is removed');
}
