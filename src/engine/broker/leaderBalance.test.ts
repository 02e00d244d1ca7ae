/**
 * Preferred-leader rebalancing, auto.leader.rebalance.enable (default true; kafka-behaviour.md §3.4).
 * KRaft follows ReplicationControlManager.maybeBalancePartitionLeaders (scheduled by QuorumController
 * leader.imbalance.check.interval.seconds after an imbalance appears, no percentage); ZooKeeper follows
 * KafkaController.checkAndTriggerAutoLeaderRebalance (fixed period, per-broker percentage threshold).
 * Before, a recovered preferred leader never took its partitions back.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import type { ConfigValue } from '../config/types';
import { replicatedScenario } from '../testing/replication';
import { TestCluster } from '../testing/TestCluster';

function failover(
  kafkaVersion: Scenario['kafkaVersion'],
  clusterConfig: Record<string, ConfigValue> = {},
  mode?: 'kraft' | 'zookeeper',
) {
  const scenario = replicatedScenario({
    kafkaVersion,
    recordsPerSec: 20,
    consumer: false,
    clusterConfig,
    timeline: [
      { atMs: 1000, action: 'crashBroker', broker: 0 },
      { atMs: 20000, action: 'restartBroker', broker: 0 },
    ],
  });
  if (mode) scenario.cluster.mode = mode;
  const cluster = TestCluster.from(scenario);
  const leaders: Record<string, number> = {};
  for (const t of [15000, 60000, 299000, 309000, 312000, 400000])
    leaders[t] = cluster.advanceTo(t).partition('orders-0').leader;
  return { cluster, leaders, events: cluster.eventsOf('LeaderElected') };
}

describe('auto.leader.rebalance.enable', () => {
  it('KRaft: the preferred replica takes leadership back 300 s after the failover made it imbalanced', () => {
    const { cluster, leaders, events } = failover('4.0');
    expect(cluster.partition('orders-0').replicas[0]).toBe(0);
    expect(leaders[15000]).toBe(1);
    // Broker 0 is back in the ISR well before the check, but leadership stays until it runs.
    expect(cluster.partition('orders-0').isr).toContain(0);
    expect(leaders[299000]).toBe(1);
    expect(leaders[309000]).toBe(0);
    const back = events.filter((e) => e.type === 'LeaderElected' && e.leader === 0);
    expect(back).toHaveLength(1);
    // Broker 0 was fenced at 9 s (last heartbeat 0 s + broker.session.timeout.ms), so the check runs at 309 s.
    expect(back[0]!.at).toBe(309000);
  });

  it('ZooKeeper: the check runs every 300 s from the controller’s start', () => {
    const { leaders } = failover('3.x', {}, 'zookeeper');
    expect(leaders[299000]).toBe(1);
    expect(leaders[309000]).toBe(0);
  });

  it('does nothing with auto.leader.rebalance.enable=false', () => {
    const { leaders } = failover('4.0', { 'auto.leader.rebalance.enable': false });
    expect(leaders[400000]).toBe(1);
  });

  it('ZooKeeper waits until more than leader.imbalance.per.broker.percentage is imbalanced; KRaft ignores it', () => {
    expect(
      failover('3.x', { 'leader.imbalance.per.broker.percentage': 100 }, 'zookeeper').leaders[400000],
    ).toBe(1);
    expect(failover('3.x', { 'leader.imbalance.per.broker.percentage': 100 }, 'kraft').leaders[400000]).toBe(
      0,
    );
  });
});
