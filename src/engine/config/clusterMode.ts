/**
 * How the cluster's metadata is managed: by a ZooKeeper-backed controller or by a KRaft quorum
 * (kafka-behaviour.md §10). The version decides which modes exist here: ≤ 2.8 profiles run ZooKeeper
 * only (2.8's KRaft was an early-access preview, not modelled), 4.0 removed ZooKeeper (KRaft only).
 */
import type { KafkaVersion } from './types';

export type ClusterMode = 'kraft' | 'zookeeper';
export const CLUSTER_MODES: readonly ClusterMode[] = ['kraft', 'zookeeper'];

export function allowedClusterModes(version: KafkaVersion): readonly ClusterMode[] {
  if (version === '4.0') return ['kraft'];
  if (version === '2.3' || version === '2.8') return ['zookeeper'];
  return ['zookeeper', 'kraft'];
}

/** The mode a scenario gets when it names none: KRaft for 4.0, else ZooKeeper (most clusters of those releases). */
export function defaultClusterMode(version: KafkaVersion): ClusterMode {
  return version === '4.0' ? 'kraft' : 'zookeeper';
}

/** The scenario's mode; one the version does not allow (the parser refuses it) falls back to the default. */
export function clusterModeOf(scenario: {
  kafkaVersion: KafkaVersion;
  cluster: { mode?: ClusterMode };
}): ClusterMode {
  const mode = scenario.cluster.mode;
  return mode !== undefined && allowedClusterModes(scenario.kafkaVersion).includes(mode)
    ? mode
    : defaultClusterMode(scenario.kafkaVersion);
}

/**
 * Whether the controller honours `unclean.leader.election.enable`: a ZooKeeper controller always did; a
 * KRaft controller from 3.9 (KAFKA-12670, apache/kafka PR #16866 — before, the key was ignored and only
 * `kafka-leader-election --election-type unclean` could do it). The '3.x' profile's KRaft stands for 3.9.
 */
export function honoursUncleanElection(scenario: {
  kafkaVersion: KafkaVersion;
  cluster: { mode?: ClusterMode };
}): boolean {
  if (clusterModeOf(scenario) === 'zookeeper') return true;
  return scenario.kafkaVersion === '3.x' || scenario.kafkaVersion === '4.0';
}
