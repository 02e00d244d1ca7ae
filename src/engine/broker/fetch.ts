/**
 * The broker's fetch handling with long polling: answer as soon as fetch.min.bytes are readable below
 * the high watermark, otherwise park the fetch until data arrives or fetch.max.wait.ms passes
 * (kafka-behaviour.md §4.2).
 */
import type { Step } from '../core/step';
import { newId, schedule, sendMessage } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { FetchPartitionError, FetchedSlice, Message, ParkedFetch, SimState } from '../model/state';
import { readSlice, readableBytes } from './log';

type FetchResponseBody = Omit<Extract<Message, { kind: 'fetchResponse' }>, 'id' | 'sentAt' | 'arriveAt'>;

function partitionOf(sim: SimState, topic: string, partition: number) {
  return sim.topics.find((t) => t.name === topic)!.partitions[partition]!;
}

function availableBytes(sim: SimState, fetch: ParkedFetch, enough: number): number {
  let bytes = 0;
  for (const p of fetch.partitions) {
    bytes += readableBytes(partitionOf(sim, p.topic, p.partition), p.offset, enough - bytes);
    if (bytes >= enough) break;
  }
  return bytes;
}

/**
 * Why this broker cannot serve a partition at `offset`, if it cannot: it does not lead it (the leader
 * moved, or the partition is offline), or the offset lies outside its log — e.g. a position past the
 * end of a log that an unclean election cut short. Offsets between the HW and the log end are valid.
 */
function fetchError(
  sim: SimState,
  broker: number,
  p: { topic: string; partition: number; offset: number },
): FetchPartitionError | undefined {
  const tp = partitionOf(sim, p.topic, p.partition);
  if (tp.leader !== broker) return { ...p, error: 'NotLeaderOrFollowerException' };
  if (p.offset > tp.logEndOffset || p.offset < tp.logStartOffset)
    return { ...p, error: 'OffsetOutOfRangeException' };
  return undefined;
}

export function handleFetchRequest(step: Step, message: Extract<Message, { kind: 'fetchRequest' }>): void {
  const { sim } = step;
  const group = sim.groups[message.group]!;
  const fetch: ParkedFetch = {
    id: newId(sim),
    group: message.group,
    member: message.member,
    partitions: message.partitions,
    deadline: sim.now + configValue(group.config, 'fetch.max.wait.ms'),
    minBytes: configValue(group.config, 'fetch.min.bytes'),
  };
  // A partition error answers the whole fetch at once (the broker does not park it).
  if (
    fetch.deadline <= sim.now ||
    message.partitions.some((p) => fetchError(sim, message.broker, p)) ||
    availableBytes(sim, fetch, fetch.minBytes) >= Math.max(1, fetch.minBytes)
  ) {
    respond(step, message.broker, fetch);
    return;
  }
  sim.brokers[message.broker]!.parkedFetches.push(fetch);
  schedule(sim, fetch.deadline, { kind: 'fetchWaitExpired', broker: message.broker, fetch: fetch.id });
}

/** New data on this broker: answer every parked fetch that now has enough bytes. */
export function wakeParkedFetches(step: Step, broker: number): void {
  const parked = step.sim.brokers[broker]!.parkedFetches;
  for (let i = 0; i < parked.length;) {
    const fetch = parked[i]!;
    if (availableBytes(step.sim, fetch, fetch.minBytes) >= Math.max(1, fetch.minBytes)) {
      parked.splice(i, 1);
      respond(step, broker, fetch);
    } else i++;
  }
}

/** fetch.max.wait.ms passed: answer with whatever is readable (possibly nothing). */
export function fetchWaitExpired(step: Step, broker: number, fetchId: number): void {
  const parked = step.sim.brokers[broker]!.parkedFetches;
  const i = parked.findIndex((f) => f.id === fetchId);
  if (i < 0) return;
  const [fetch] = parked.splice(i, 1);
  respond(step, broker, fetch!);
}

function respond(step: Step, broker: number, fetch: ParkedFetch): void {
  const { sim } = step;
  const group = sim.groups[fetch.group]!;
  let remaining = configValue(group.config, 'fetch.max.bytes');
  const perPartition = configValue(group.config, 'max.partition.fetch.bytes');
  const slices: FetchedSlice[] = [];
  const errors: FetchPartitionError[] = [];
  for (const p of fetch.partitions) {
    // Checked again on answering: a parked fetch can outlive the broker's leadership.
    const error = fetchError(sim, broker, p);
    if (error) {
      errors.push(error);
      continue;
    }
    if (remaining <= 0) continue;
    // The first batch of the first non-empty partition is returned whole even when over the limits.
    const slice = readSlice(
      partitionOf(sim, p.topic, p.partition),
      p.offset,
      Math.min(perPartition, remaining),
      slices.length === 0,
    );
    if (!slice) continue;
    slices.push(slice);
    remaining -= slice.bytes;
  }
  const response: FetchResponseBody = {
    kind: 'fetchResponse',
    group: fetch.group,
    member: fetch.member,
    broker,
    slices,
  };
  // Added after, not spread in: a spread per response took V8's slow object-clone path. Same key order.
  if (errors.length > 0) response.errors = errors;
  sendMessage(sim, response);
}
