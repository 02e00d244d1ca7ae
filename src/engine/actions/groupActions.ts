/** How consumer-group actions change a running simulation (all through the group protocol). */
import type { Step } from '../core/step';
import { configNumber, schedule } from '../core/step';
import { inGeneration } from '../consumer/groupClient';
import { crashConsumer, requestShutdown, startConsumer } from '../consumer/lifecycle';
import type { SimEvent } from '../events/types';
import type { GroupState, MemberState } from '../model/state';
import { ActionError } from './actionError';
import type { AdvanceClock } from './clock';
import {
  duplicateInstanceIdMessage,
  groupInstanceIdProblem,
  liveHolderOf,
  restartWithInstanceId,
} from '../consumer/staticMembership';
import type { GroupAction } from './groupActionTypes';
import { getOwn, setOwn } from '../core/idTable';

const MAX_FAST_FORWARD_MS = 30 * 24 * 3600 * 1000;
const KEPT_EVENTS = 1000;
const FREQUENT = new Set<SimEvent['type']>([
  'RecordAppended',
  'BatchCreated',
  'BatchSent',
  'BatchAppended',
  'ProduceAcked',
  'FetchSent',
  'RecordsFetched',
  'RecordsPolled',
  'OffsetsCommitted',
]);

function groupOf(step: Step, id: string): GroupState {
  const g = step.sim.groups.find((x) => x.id === id);
  if (!g) throw new ActionError(`no consumer group "${id}"`);
  return g;
}

function memberOf(g: GroupState, clientId: string): MemberState {
  const m = g.members.find((x) => x.clientId === clientId);
  if (!m) throw new ActionError(`group "${g.id}" has no consumer "${clientId}"`);
  return m;
}

function liveMembers(g: GroupState): MemberState[] {
  return g.members.filter((m) => m.client.status !== 'stopped' && m.client.status !== 'crashed');
}

/** Members notice the change at their next poll() and rejoin (subscribe() or a new assignor list). */
function requestRejoinAll(g: GroupState): void {
  for (const m of liveMembers(g)) if (inGeneration(m)) m.client.rejoinNeeded = true;
}

export function consumerConfigChanged(_step: Step, g: GroupState, key: string): void {
  // A new assignor list means restarting the consumers with it (simplified: all at once).
  if (key === 'partition.assignment.strategy') requestRejoinAll(g);
}

/**
 * The group leader learns the new partition count at its next periodic metadata refresh
 * (metadata.max.age.ms, counted from its start; 5 minutes by default) and then asks for a rebalance.
 */
export function partitionsAdded(step: Step, g: GroupState): void {
  const leader = g.members.findIndex((m) => m.id !== '' && m.id === g.classic.leader);
  if (leader < 0 || !inGeneration(g.members[leader]!)) return;
  const m = g.members[leader]!;
  const every = configNumber(g.config, 'metadata.max.age.ms');
  const since = step.sim.now - m.client.startedAt;
  const due = m.client.startedAt + (Math.floor(since / every) + 1) * every;
  schedule(step.sim, due, { kind: 'metadataRefresh', group: g.index, member: leader });
}

/** Kafka's validation of a group.instance.id, and no second running member with the same one. */
function checkInstanceId(g: GroupState, id: string, except?: MemberState): void {
  const problem = groupInstanceIdProblem(id);
  if (problem) throw new ActionError(`group.instance.id: ${problem}`);
  const holder = liveHolderOf(g, id, except);
  if (holder) throw new ActionError(duplicateInstanceIdMessage(g, id, holder));
}

export function applyGroupAction(step: Step, action: GroupAction, advanceClock: AdvanceClock): void {
  switch (action.action) {
    case 'addConsumer': {
      const g = groupOf(step, action.group);
      if (liveMembers(g).length >= 50)
        throw new ActionError('a group in KafkaScope holds at most 50 consumers');
      if (action.groupInstanceId !== undefined) checkInstanceId(g, action.groupInstanceId);
      startConsumer(step, g, action.groupInstanceId ?? null);
      return;
    }
    case 'setGroupInstanceId': {
      const g = groupOf(step, action.group);
      const m = memberOf(g, action.member);
      if (m.client.status === 'stopped' || m.client.status === 'crashed')
        throw new ActionError(
          `${m.clientId} is not running: start a consumer with this group.instance.id instead`,
        );
      if (action.groupInstanceId === m.client.groupInstanceId) return;
      if (action.groupInstanceId !== null) checkInstanceId(g, action.groupInstanceId, m);
      restartWithInstanceId(step, g, m, action.groupInstanceId);
      return;
    }
    case 'stopConsumer': {
      const g = groupOf(step, action.group);
      requestShutdown(step, g, memberOf(g, action.member));
      return;
    }
    case 'crashConsumer': {
      const g = groupOf(step, action.group);
      crashConsumer(step, g, memberOf(g, action.member));
      return;
    }
    case 'slowConsumer': {
      const g = groupOf(step, action.group);
      if (!(action.processingMsPerRecord >= 0) || !Number.isFinite(action.processingMsPerRecord))
        throw new ActionError(
          `processingMsPerRecord: expected a number ≥ 0, got ${action.processingMsPerRecord}`,
        );
      memberOf(g, action.member).client.processingMsPerRecord = action.processingMsPerRecord;
      return;
    }
    case 'setCommitMode': {
      const g = groupOf(step, action.group);
      if (!['none', 'commitSync', 'commitAsync'].includes(action.mode))
        throw new ActionError(`mode: expected none, commitSync or commitAsync, got ${String(action.mode)}`);
      g.workload = { ...g.workload, commitMode: action.mode };
      return;
    }
    case 'changeSubscription': {
      const g = groupOf(step, action.group);
      const unknown = action.topics.find((t) => !step.sim.topics.some((x) => x.name === t));
      if (unknown) throw new ActionError(`no topic "${unknown}"`);
      if (action.topics.length === 0) throw new ActionError('topics: subscribe to at least one topic');
      g.topics = [...new Set(action.topics)];
      for (const t of g.topics)
        if (getOwn(g.committed, t) === undefined)
          setOwn(
            g.committed,
            t,
            new Array<number>(step.sim.topics.find((x) => x.name === t)!.partitions.length).fill(-1),
          );
      requestRejoinAll(g);
      return;
    }
    case 'fastForward': {
      if (!Number.isInteger(action.ms) || action.ms < 0 || action.ms > MAX_FAST_FORWARD_MS)
        throw new ActionError(
          `ms: expected an integer between 0 and ${MAX_FAST_FORWARD_MS}, got ${action.ms}`,
        );
      // In hour-long slices, keeping the group-protocol events and only the latest record-level ones,
      // so skipping days stays light on memory.
      const rare: SimEvent[] = [];
      let tail: SimEvent[] = [];
      for (let left = action.ms; left > 0; left -= 3_600_000) {
        const events = advanceClock(step.sim, Math.min(left, 3_600_000));
        for (const e of events) if (!FREQUENT.has(e.type) && rare.length < KEPT_EVENTS) rare.push(e);
        tail = events.slice(-KEPT_EVENTS);
      }
      step.out.push(...rare, ...tail.filter((e) => FREQUENT.has(e.type)));
      return;
    }
  }
}
