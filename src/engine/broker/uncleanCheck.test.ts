/**
 * Turning `unclean.leader.election.enable` on for a partition that is already offline (kafka-behaviour.md
 * §3.4, §10; S15b's setting): a ZooKeeper controller elects at once
 * (KafkaController.processTopicUncleanLeaderElectionEnable); a KRaft 3.9+ controller at its periodic check,
 * `unclean.leader.election.interval.ms` (5 min) after the partition became leaderless and every interval
 * after (QuorumController.maybeScheduleNextElectUncleanLeaders, apache/kafka PR #16866 / KAFKA-12670, whose
 * key doc says a dynamic change waits for that check); a KRaft controller before 3.9 never.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { replicatedScenario } from '../testing/replication';
import { TestCluster } from '../testing/TestCluster';

/** Followers fall out of the ISR, leader 0 crashes at 25 s: offline (unclean off); the key is turned on at `onAt`. */
function run(
  kafkaVersion: Scenario['kafkaVersion'],
  mode: 'kraft' | 'zookeeper',
  onAt: number,
  runMs: number,
  clusterConfig: Record<string, number> = {},
) {
  const scenario = replicatedScenario({
    kafkaVersion,
    recordsPerSec: 10,
    consumer: false,
    clusterConfig: { 'replica.lag.time.max.ms': 10000, ...clusterConfig },
    topicConfig: { 'min.insync.replicas': 1 },
    producerConfig: { acks: 'all', 'enable.idempotence': false },
    timeline: [
      { atMs: 1000, action: 'slowFollower', broker: 1, fetchDelayMs: 600000 },
      { atMs: 1000, action: 'slowFollower', broker: 2, fetchDelayMs: 600000 },
      { atMs: 25000, action: 'crashBroker', broker: 0 },
      {
        atMs: onAt,
        action: 'setTopicConfig',
        topic: 'orders',
        key: 'unclean.leader.election.enable',
        value: true,
      },
    ],
  });
  scenario.cluster.mode = mode;
  const cluster = TestCluster.from(scenario).advance(runMs);
  const offline = cluster.eventsOf('PartitionOffline')[0];
  const unclean = cluster.eventsOf('LeaderElected').find((e) => e.unclean);
  return { offlineAt: offline?.at, uncleanAt: unclean?.at, leader: cluster.partition('orders-0').leader };
}

describe('unclean election turned on while the partition is offline', () => {
  it('ZooKeeper mode: the controller elects the out-of-sync replica at once', () => {
    const r = run('3.6', 'zookeeper', 40000, 60000);
    expect(r.offlineAt).toBeLessThan(40000);
    expect(r.uncleanAt).toBe(40000);
    expect(r.leader).toBe(1);
  });

  it('KRaft 3.9+ (4.0): not at once, but at the periodic check 5 min after the partition went offline', () => {
    const r = run('4.0', 'kraft', 40000, 400000);
    expect(r.offlineAt).toBeLessThan(40000);
    expect(r.uncleanAt).toBe(r.offlineAt! + 300000);
    expect(r.leader).toBe(1);
  });

  it('KRaft 3.9+: the check repeats every unclean.leader.election.interval.ms while a partition is leaderless', () => {
    const r = run('3.x', 'kraft', 100000, 200000, { 'unclean.leader.election.interval.ms': 60000 });
    // Checks at offline + 60 s (key still off) and offline + 120 s (on since 100 s): elected at the second.
    expect(r.offlineAt! + 60000).toBeLessThan(100000);
    expect(r.uncleanAt).toBe(r.offlineAt! + 120000);
  });

  it('KRaft before 3.9 ignores the key: the partition stays offline', () => {
    const r = run('3.6', 'kraft', 40000, 400000);
    expect(r.offlineAt).toBeLessThan(40000);
    expect(r.uncleanAt).toBeUndefined();
    expect(r.leader).toBe(-1);
  });
});
