/**
 * Issue #14 defect 4: subscribe() while the group's first JoinGroup is under way. Kafka's consumer rejoins
 * whenever its subscription differs from the one it joined with (ConsumerCoordinator.rejoinNeededOrPending,
 * `joinedSubscription`), so the change is not lost.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../index';
import { testScenario } from '../testing/scenarios';
import { TestCluster } from '../testing/TestCluster';

function run(atMs: number) {
  const s = testScenario({ producer: { workload: { recordsPerSec: 50 } } });
  s.topics.push({ name: 'payments', partitions: 2, replicationFactor: 1, config: {} });
  s.producers.push({
    id: 'p2',
    topic: 'payments',
    config: {},
    workload: { recordsPerSec: 50, valueBytes: 100, keys: { type: 'none' } },
  });
  s.consumerGroups[0]!.config = { 'auto.offset.reset': 'earliest' };
  s.timeline = [{ atMs, action: 'changeSubscription', group: 'g1', topics: ['payments'] }];
  const cluster = TestCluster.from(s);
  cluster.advance(20_000);
  return buildReport(cluster.sim).groups.g1!;
}

describe('changeSubscription during the first join', () => {
  it.each([100, 1000, 4000])('at %i ms: the group ends up reading the new topic and commits it', (atMs) => {
    const g = run(atMs);
    expect(g.assignment['consumer-g1-1']).toEqual(['payments-0', 'payments-1']);
    expect(g.committed['payments-0']).toBeGreaterThan(0);
    expect(g.committed['payments-1']).toBeGreaterThan(0);
  });
});
