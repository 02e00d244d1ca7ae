/**
 * Limits on totals over the whole scenario (scenarios/limits.ts), including what the timeline adds:
 * partitions over all topics, consumers over all groups, records per second over all producers.
 */
import type { Scenario } from '../engine';
import { LIMITS, limitMessage } from './limits';

export function totalLimitErrors(s: Scenario): string[] {
  const errors: string[] = [];
  const partitions = new Map(s.topics.map((t) => [t.name, t.partitions]));
  let members = s.consumerGroups.reduce((n, g) => n + g.members, 0);
  const rates = new Map(s.producers.map((p) => [p.id, p.workload.recordsPerSec]));
  const sum = (m: Map<string, number>) => [...m.values()].reduce((n, v) => n + v, 0);
  let peakRate = sum(rates);
  let peakPartitions = sum(partitions);
  const inTimeOrder = [...s.timeline].sort((x, y) => x.atMs - y.atMs);
  for (const a of inTimeOrder) {
    if (a.action === 'addConsumer') members++;
    if (a.action === 'addPartitions' && partitions.has(a.topic)) {
      partitions.set(a.topic, Math.max(partitions.get(a.topic)!, a.partitions));
      peakPartitions = Math.max(peakPartitions, sum(partitions));
    }
    if (a.action === 'setWorkload' && a.recordsPerSec !== undefined && rates.has(a.producer)) {
      rates.set(a.producer, a.recordsPerSec);
      peakRate = Math.max(peakRate, sum(rates));
    }
  }
  if (peakPartitions > LIMITS.partitionsTotal)
    errors.push(`topics: partitions over all topics: ${limitMessage('partitionsTotal', peakPartitions)}`);
  if (members > LIMITS.membersTotal)
    errors.push(`consumerGroups: consumers over all groups: ${limitMessage('membersTotal', members)}`);
  if (peakRate > LIMITS.recordsPerSec)
    errors.push(`producers: recordsPerSec over all producers: ${limitMessage('recordsPerSec', peakRate)}`);
  return errors;
}
