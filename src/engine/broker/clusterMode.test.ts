/**
 * Unclean leader election by cluster mode and version (kafka-behaviour.md §3.4, §10): a ZooKeeper
 * controller always honours unclean.leader.election.enable; a KRaft controller only from 3.9
 * (KAFKA-12670, apache/kafka PR #16866: ReplicationControlManager.generateLeaderAndIsrUpdates sets
 * PartitionChangeBuilder.Election.UNCLEAN for the topic). Before, '3.6' in KRaft elected unclean leaders.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { replicatedScenario } from '../testing/replication';
import { TestCluster } from '../testing/TestCluster';

function run(kafkaVersion: Scenario['kafkaVersion'], mode?: 'kraft' | 'zookeeper') {
  const scenario = replicatedScenario({
    kafkaVersion,
    recordsPerSec: 30,
    clusterConfig: { 'replica.lag.time.max.ms': 10000 },
    topicConfig: { 'min.insync.replicas': 1, 'unclean.leader.election.enable': true },
    producerConfig: { acks: 'all', 'enable.idempotence': false },
    timeline: [
      { atMs: 1000, action: 'slowFollower', broker: 1, fetchDelayMs: 60000 },
      { atMs: 1000, action: 'slowFollower', broker: 2, fetchDelayMs: 60000 },
      { atMs: 25000, action: 'crashBroker', broker: 0 },
      { atMs: 60000, action: 'restartBroker', broker: 0 },
    ],
  });
  if (mode) scenario.cluster.mode = mode;
  const cluster = TestCluster.from(scenario);
  const leaderAt45 = cluster.advance(45000).partition('orders-0').leader;
  const elections = cluster.advance(30000).eventsOf('LeaderElected');
  return { leaderAt45, elections, leaderAt75: cluster.partition('orders-0').leader };
}

describe('unclean.leader.election.enable by cluster mode', () => {
  it('KRaft 4.0 (and 3.9) elects the out-of-sync replica when the last ISR member is fenced', () => {
    const r = run('4.0');
    expect(r.leaderAt45).toBe(1);
    expect(r.elections[0]).toMatchObject({ leader: 1, unclean: true });
  });

  it('KRaft before 3.9 ignores it: the partition stays offline until broker 0 returns, nothing is lost', () => {
    const r = run('3.6', 'kraft');
    expect(r.leaderAt45).toBe(-1);
    expect(r.elections.some((e) => e.type === 'LeaderElected' && e.unclean)).toBe(false);
    expect(r.leaderAt75).toBe(0);
  });

  it('ZooKeeper mode honours it in every version (the default mode before 4.0)', () => {
    expect(run('3.6', 'zookeeper').leaderAt45).toBe(1);
    expect(run('3.2').leaderAt45).toBe(1);
    expect(run('2.3').elections[0]).toMatchObject({ leader: 1, unclean: true });
  });
});
