/**
 * When a controller acts on `unclean.leader.election.enable` for a partition that is already offline
 * (kafka-behaviour.md §3.4, §10). Elections at the moment the last ISR member is fenced or a replica
 * returns are in election.ts; this file covers the partitions left leaderless meanwhile:
 * - KRaft 3.9+ (QuorumController.maybeScheduleNextElectUncleanLeaders, ReplicationControlManager
 *   .maybeElectUncleanLeaders — KAFKA-12670, apache/kafka PR #16866): while some partition has no leader,
 *   the controller checks `unclean.leader.election.interval.ms` (5 min) later, and again every interval,
 *   electing an out-of-sync leader for each one whose topic now allows it. So a topic switched to
 *   `true` at run time gets its unclean leader at the next check, not at once.
 * - ZooKeeper (KafkaController.processTopicUncleanLeaderElectionEnable): turning the topic key on makes
 *   the controller elect for that topic's offline partitions at once.
 * - KRaft before 3.9 ignores the key (no check), so an offline partition waits for an ISR member.
 */
import { clusterModeOf } from '../config/clusterMode';
import type { Step } from '../core/step';
import type { ConfigValue } from '../config/types';
import type { TopicState } from '../model/state';
import { electLeader, scheduleUncleanElectionCheck } from './election';
import { wakeProducers } from './failures';

const UNCLEAN_KEY = 'unclean.leader.election.enable';

export function uncleanElectionCheck(step: Step): void {
  const { sim } = step;
  sim.uncleanCheckAt = undefined;
  if (
    electOffline(
      step,
      sim.topics.filter((t) => t.config[UNCLEAN_KEY] === true),
    )
  )
    wakeProducers(step);
  // The controller reschedules after its next write (heartbeats come every few seconds): one interval on.
  scheduleUncleanElectionCheck(sim);
}

/** `kafka-configs --alter` of a topic key: a ZooKeeper controller elects at once when unclean election is turned on. */
export function topicConfigChanged(step: Step, topic: TopicState, key: string, value: ConfigValue): void {
  if (key !== UNCLEAN_KEY || value !== true || clusterModeOf(step.sim.scenario) !== 'zookeeper') return;
  if (electOffline(step, [topic])) wakeProducers(step);
}

function electOffline(step: Step, topics: TopicState[]): boolean {
  let elected = false;
  for (const t of topics)
    for (const tp of t.partitions) if (tp.leader < 0 && electLeader(step, tp)) elected = true;
  return elected;
}
