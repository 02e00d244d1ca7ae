/**
 * The producer state this issue adds (partitioner, lifecycle, inspector details), created at start and
 * refreshed when a producer config key changes.
 */
import type { KafkaVersion } from '../config/types';
import { configValue, type ProducerConfig } from '../config/typedConfig';
import type { ProducerState, SimState } from '../model/state';
import { createPartitionerState, unkeyedStrategyForVersion } from './partitioning/partitioners';
import type { PartitionerConfig } from './partitioning/types';

/** Kafka's partitioner settings for a producer config under a version profile (kafka-behaviour.md §2.4). */
export function partitionerConfigFor(config: ProducerConfig, version: KafkaVersion): PartitionerConfig {
  // 3.3–3.6 clients partition as 3.7–3.9 do (KIP-794); '3.6' differs only in broker and retry rules.
  // 2.4–2.8 clients partition as 3.0–3.2 do (KIP-480 sticky).
  let kind = unkeyedStrategyForVersion(version === '3.6' ? '3.x' : version === '2.8' ? '3.2' : version);
  if (config['partitioner.class'] === 'RoundRobinPartitioner') kind = 'round-robin';
  // kafka-python has no partitioner.class; its own DefaultPartitioner replaces Java's logic entirely.
  if (config['kafkascope.client'] === 'kafka-python') kind = 'kafka-python-default';
  return {
    kind,
    batchSize: configValue(config, 'batch.size'),
    adaptive: config['partitioner.adaptive.partitioning.enable'] === true,
    availabilityTimeoutMs: configValue(config, 'partitioner.availability.timeout.ms'),
    ignoreKeys: config['partitioner.ignore.keys'] === true,
    kafka9965Bug: config['kafkascope.kafka9965.bug'] === true,
  };
}

/** The fields of a new producer that partitioning, close/flush and the inspector need. */
export function initialProducerExtras(sim: SimState, config: ProducerConfig, partitions: number) {
  return {
    partitioner: createPartitionerState(),
    partitionerConfig: partitionerConfigFor(config, sim.scenario.kafkaVersion),
    lifecycle: 'running' as const,
    flushing: false,
    closeDeadline: null,
    nodeReadyAt: new Array<number | null>(sim.brokers.length).fill(null),
    nodeDrainAt: new Array<number | null>(sim.brokers.length).fill(null),
    recentSent: Array.from({ length: partitions }, () => []),
    metadataPartitions: partitions,
    metadataRefreshedAt: sim.now,
  };
}

/** Keeps derived producer state in step with a config change (called by setProducerConfig). */
export function producerConfigChanged(sim: SimState, p: ProducerState): void {
  p.partitionerConfig = partitionerConfigFor(p.config, sim.scenario.kafkaVersion);
}

/** A new partition appeared (addPartitions): the producer gets room for its batches and details. */
export function producerPartitionAdded(p: ProducerState): void {
  p.recentSent.push([]);
}
