/**
 * What the producer knows of its topic's partitions (kafka-behaviour.md §10; the client's `Metadata`
 * and `ProducerMetadata`): partitions added with `kafka-topics --alter` are used only once the producer
 * refreshes its metadata — periodically, metadata.max.age.ms after its last refresh, or at once when an
 * error asks for one (`Sender` requests an update on an invalid-metadata error such as
 * NOT_LEADER_OR_FOLLOWER, `NetworkClient` on a disconnect). Until then keyed records keep their old
 * partition. Leaders are still learned at once (the engine's simplification for leader changes).
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { ProducerState, SimState } from '../model/state';

/** Errors after which the Java producer requests a metadata update. */
const FORCES_REFRESH = new Set(['NotLeaderOrFollowerException', 'NetworkException', 'TimeoutException']);

function topicPartitions(sim: SimState, p: ProducerState): number {
  return sim.topics.find((t) => t.name === p.topic)!.partitions.length;
}

/** When the next periodic refresh is due: metadata.max.age.ms after the last one. */
function nextPeriodicRefresh(sim: SimState, p: ProducerState): number {
  const every = configValue(p.config, 'metadata.max.age.ms');
  const since = sim.now - p.metadataRefreshedAt;
  return p.metadataRefreshedAt + (Math.floor(since / every) + 1) * every;
}

/** Partitions were added to the producer's topic: it will see them at its next periodic refresh. */
export function scheduleMetadataRefresh(sim: SimState, p: ProducerState): void {
  if (p.metadataPartitions >= topicPartitions(sim, p)) return;
  schedule(sim, nextPeriodicRefresh(sim, p), { kind: 'producerMetadataRefresh', producer: p.index });
}

function refresh(step: Step, p: ProducerState, reason: 'periodic' | 'error'): void {
  const { sim } = step;
  const known = p.metadataPartitions;
  p.metadataRefreshedAt = sim.now;
  p.metadataPartitions = topicPartitions(sim, p);
  if (p.metadataPartitions === known) return;
  step.out.push({
    type: 'ProducerMetadataUpdated',
    at: sim.now,
    producer: p.id,
    topic: p.topic,
    partitions: p.metadataPartitions,
    reason,
  });
}

/** The periodic refresh task. A task left over from an earlier schedule (off the current grid) is ignored. */
export function periodicMetadataRefresh(step: Step, p: ProducerState): void {
  const { sim } = step;
  const every = configValue(p.config, 'metadata.max.age.ms');
  const since = sim.now - p.metadataRefreshedAt;
  if (since <= 0 || since % every !== 0) return;
  refresh(step, p, 'periodic');
}

/** A produce error that makes the client ask for fresh metadata: the producer learns the partition count now. */
export function metadataRefreshAfterError(step: Step, p: ProducerState, error: string): void {
  if (FORCES_REFRESH.has(error)) refresh(step, p, 'error');
}

/** metadata.max.age.ms changed: the pending periodic refresh follows the new period. */
export function metadataAgeChanged(sim: SimState, p: ProducerState): void {
  scheduleMetadataRefresh(sim, p);
}
