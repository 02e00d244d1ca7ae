/**
 * The consumer's poll loop (classic consumer, kafka-behaviour.md §4.2–4.4): poll() auto-commits when
 * due, returns up to max.poll.records from what was already fetched, sends fetches for partitions with
 * nothing buffered (one fetch per broker at a time), and otherwise blocks until data or its timeout.
 * The application then processes the records (simulated time) and calls poll() again.
 */
import type { Step } from '../core/step';
import { schedule, sendMessage } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { TopicPartitionRange } from '../events/types';
import type { GroupState, MemberState, Message } from '../model/state';
import { commitPositions, maybeAutoCommit } from './commit';
import { commitSyncTimer, startCommitSync } from './commitSync';
import { ensureActiveGroup } from './groupClient';
import { closeConsumer } from './lifecycle';
import { handleFetchErrors } from './fetchErrors';
import { countRedelivery } from './redelivery';
import { countGroupError } from './membership';
import { getOwn } from '../core/idTable';

/** One poll() call (`newCall`), or the wake-up of a poll() already blocked when a fetch response came. */
export function runPoll(step: Step, g: GroupState, m: MemberState, newCall: boolean): void {
  const { sim, out } = step;
  if (m.phase === 'failed' || m.client.status === 'stopped' || m.client.status === 'crashed') return;
  if (newCall) {
    // Still blocked in commitSync(): this wake-up is its retry backoff or its timeout.
    if (m.commitSync) return commitSyncTimer(step, g, m);
    // The application finished processing the last batch: commit it if it commits manually.
    // commitSync() blocks until the answer (commitSync.ts); commitAsync() returns at once.
    const mode = g.workload.commitMode ?? 'none';
    const processed = m.client.lastPolled;
    m.client.lastPolled = 0;
    if (mode === 'commitSync' && processed > 0 && startCommitSync(step, g, m)) return;
    if (mode === 'commitAsync' && processed > 0) commitPositions(step, g, m, { auto: false, sync: false });
    g.stats.polls++;
    m.client.lastPollAt = sim.now;
    if (m.client.wakeupRequested) return closeConsumer(step, g, m);
  }
  maybeAutoCommit(step, g, m);
  ensureActiveGroup(step, g, m);
  if (!resolvePositions(step, g, m)) return;
  if (m.buffer.length > 0) {
    const ranges = takeRecords(m, configValue(g.config, 'max.poll.records'));
    const count = ranges.reduce((n, r) => n + r.count, 0);
    g.stats.consumed += count;
    m.consumed += count;
    m.client.lastPolled = count;
    out.push({ type: 'RecordsPolled', at: sim.now, group: g.id, member: m.clientId, ranges });
    countRedelivery(step, g, m, ranges);
    // Pipelining: the next fetch goes out before the application processes this batch.
    sendFetches(step, g, m);
    m.phase = 'processing';
    m.pollToken++;
    const perRecord =
      m.client.processingMsPerRecord >= 0 ? m.client.processingMsPerRecord : g.workload.processingMsPerRecord;
    const processing = Math.ceil(count * perRecord);
    schedule(sim, sim.now + processing, {
      kind: 'poll',
      group: g.index,
      member: memberIndex(g, m),
      token: m.pollToken,
    });
    return;
  }
  sendFetches(step, g, m);
  if (newCall) {
    m.phase = 'waiting';
    m.pollToken++;
    schedule(sim, sim.now + g.workload.pollTimeoutMs, {
      kind: 'poll',
      group: g.index,
      member: memberIndex(g, m),
      token: m.pollToken,
    });
  }
}

function memberIndex(g: GroupState, m: MemberState): number {
  return g.members.indexOf(m);
}

/**
 * Gives every partition without a position one: the committed offset, else auto.offset.reset.
 * Returns false when the member failed (reset policy "none" with no committed offset).
 */
function resolvePositions(step: Step, g: GroupState, m: MemberState): boolean {
  const { sim, out } = step;
  const missing: string[] = [];
  for (const a of m.assigned) {
    if (a.position >= 0) continue;
    const committed = getOwn(g.committed, a.topic)?.[a.partition] ?? -1;
    const tp = sim.topics.find((t) => t.name === a.topic)!.partitions[a.partition]!;
    const reset = String(g.config['auto.offset.reset']);
    if (committed >= 0) a.position = committed;
    else if (reset === 'earliest') a.position = tp.logStartOffset;
    else if (reset === 'latest') {
      a.position = tp.highWatermark;
      g.stats.skippedByLatestReset += tp.highWatermark - tp.logStartOffset;
    } else missing.push(`${a.topic}-${a.partition}`);
  }
  if (missing.length === 0) return true;
  m.phase = 'failed';
  m.error = 'NoOffsetForPartitionException';
  countGroupError(g, 'NoOffsetForPartitionException');
  out.push({
    type: 'ConsumerError',
    at: sim.now,
    group: g.id,
    member: m.clientId,
    error: 'NoOffsetForPartitionException',
    message: `Undefined offset with no reset policy for partitions: [${missing.join(', ')}]`,
  });
  return false;
}

/** Slices up to `max` records off the front of the fetch buffer and advances positions. */
function takeRecords(m: MemberState, max: number): TopicPartitionRange[] {
  const ranges: TopicPartitionRange[] = [];
  let left = max;
  while (left > 0 && m.buffer.length > 0) {
    const slice = m.buffer[0]!;
    const a = m.assigned.find((x) => x.topic === slice.topic && x.partition === slice.partition);
    const from = Math.max(slice.fromOffset, a ? a.position : slice.toOffset);
    const count = Math.min(left, slice.toOffset - from);
    if (a && count > 0) {
      ranges.push({ topic: slice.topic, partition: slice.partition, fromOffset: from, count });
      a.position = from + count;
      left -= count;
    }
    if (!a || from + count >= slice.toOffset) m.buffer.shift();
  }
  return ranges;
}

/** Sends a fetch to each leader that has no fetch outstanding, for partitions with nothing buffered. */
function sendFetches(step: Step, g: GroupState, m: MemberState): void {
  const { sim, out } = step;
  const byBroker = new Map<number, { topic: string; partition: number; offset: number }[]>();
  for (const a of m.assigned) {
    if (a.position < 0 || m.buffer.some((s) => s.topic === a.topic && s.partition === a.partition)) continue;
    const leader = sim.topics.find((t) => t.name === a.topic)!.partitions[a.partition]!.leader;
    // No leader (offline partition): nothing to fetch from until one is elected.
    if (leader < 0 || m.fetchingFrom.includes(leader)) continue;
    const list = byBroker.get(leader) ?? [];
    list.push({ topic: a.topic, partition: a.partition, offset: a.position });
    byBroker.set(leader, list);
  }
  for (const [broker, partitions] of [...byBroker].sort((a, b) => a[0] - b[0])) {
    m.fetchingFrom.push(broker);
    sendMessage(sim, { kind: 'fetchRequest', group: g.index, member: memberIndex(g, m), broker, partitions });
    out.push({
      type: 'FetchSent',
      at: sim.now,
      group: g.id,
      member: m.clientId,
      broker,
      partitions: partitions.length,
    });
  }
}

/** A fetch response arrived: buffer its data; a poll() blocked waiting for data wakes up. */
export function handleFetchResponse(step: Step, message: Extract<Message, { kind: 'fetchResponse' }>): void {
  const g = step.sim.groups[message.group]!;
  const m = g.members[message.member];
  if (!m || m.client.status === 'stopped' || m.client.status === 'crashed') return;
  m.fetchingFrom = m.fetchingFrom.filter((b) => b !== message.broker);
  const ranges: TopicPartitionRange[] = [];
  for (const slice of message.slices) {
    const a = m.assigned.find((x) => x.topic === slice.topic && x.partition === slice.partition);
    // Data for a partition the member no longer owns, or from a stale position, is dropped (as Kafka does).
    if (!a || a.position < slice.fromOffset || a.position >= slice.toOffset) continue;
    m.buffer.push(slice);
    ranges.push({
      topic: slice.topic,
      partition: slice.partition,
      fromOffset: a.position,
      count: slice.toOffset - a.position,
    });
  }
  if (ranges.length > 0)
    step.out.push({ type: 'RecordsFetched', at: step.sim.now, group: g.id, member: m.clientId, ranges });
  if (message.errors && !handleFetchErrors(step, g, m, message.broker, message.errors)) return;
  if (m.phase === 'waiting') runPoll(step, g, m, false);
}

/** The poll task fired: a new poll() call if its token is current (stale timeouts are ignored). */
export function pollTask(step: Step, groupIndex: number, memberIndex: number, token: number): void {
  const g = step.sim.groups[groupIndex]!;
  const m = g.members[memberIndex];
  if (!m || m.pollToken !== token) return;
  runPoll(step, g, m, true);
}
