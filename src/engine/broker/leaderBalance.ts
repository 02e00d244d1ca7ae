/**
 * Preferred-leader rebalancing (auto.leader.rebalance.enable, default true; kafka-behaviour.md §3.4).
 * The first replica of a partition's assignment is its preferred leader. After a failover another
 * replica leads; at the controller's imbalance check the preferred replica takes leadership back if it
 * is alive and in the ISR.
 * - ZooKeeper (KafkaController.checkAndTriggerAutoLeaderRebalance): per preferred broker, only when more
 *   than leader.imbalance.per.broker.percentage of the partitions it prefers are led elsewhere.
 * - KRaft (ReplicationControlManager.maybeBalancePartitionLeaders): every imbalanced partition, no
 *   percentage; the check is rescheduled while an imbalance remains.
 */
import { clusterModeOf } from '../config/clusterMode';
import type { Step } from '../core/step';
import type { PartitionState } from '../model/state';
import { brokerUp, electPreferredLeader, scheduleLeaderBalanceCheck } from './election';
import { wakeProducers } from './failures';
import { wakeParkedFetches } from './fetch';
import { completeDelayedProduces } from './producePurgatory';
import { clusterNumber } from './replication';

export function leaderBalanceCheck(step: Step): void {
  const { sim } = step;
  sim.leaderBalanceCheckAt = undefined;
  if (sim.clusterConfig['auto.leader.rebalance.enable'] !== true) return;
  const zookeeper = clusterModeOf(sim.scenario) === 'zookeeper';
  const threshold = clusterNumber(sim, 'leader.imbalance.per.broker.percentage') / 100;
  const byPreferred = new Map<number, PartitionState[]>();
  for (const t of sim.topics)
    for (const tp of t.partitions) {
      const preferred = tp.replicas[0]!;
      const list = byPreferred.get(preferred) ?? [];
      list.push(tp);
      byPreferred.set(preferred, list);
    }
  const formerLeaders = new Set<number>();
  let imbalanced = false;
  for (const [preferred, partitions] of byPreferred) {
    const elsewhere = partitions.filter((tp) => tp.leader !== preferred);
    if (elsewhere.length === 0) continue;
    if (zookeeper && elsewhere.length / partitions.length <= threshold) {
      imbalanced = true;
      continue;
    }
    for (const tp of elsewhere) {
      if (brokerUp(sim, preferred) && tp.isr.includes(preferred)) {
        if (tp.leader >= 0) formerLeaders.add(tp.leader);
        electPreferredLeader(step, tp, preferred);
      } else imbalanced = true;
    }
  }
  for (const b of formerLeaders) {
    completeDelayedProduces(step, b);
    wakeParkedFetches(step, b);
  }
  if (formerLeaders.size > 0) wakeProducers(step);
  // KRaft keeps checking while partitions wait for their preferred replica; ZooKeeper's timer is periodic.
  if (imbalanced) scheduleLeaderBalanceCheck(sim, zookeeper);
}
