/** How consumer-group actions change a running simulation (all through the group protocol). */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import { configValue } from '../config/typedConfig';
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
/** The most live consumers one group may hold (scenarios/limits.ts uses the same number). */
export const MAX_GROUP_MEMBERS = 50;
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
  if (!g) throw new ActionError('noGroup', { group: id });
  return g;
}

function memberOf(g: GroupState, clientId: string): MemberState {
  const m = g.members.find((x) => x.clientId === clientId);
  if (!m) throw new ActionError('noMember', { group: g.id, member: clientId });
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
  const every = configValue(g.config, 'metadata.max.age.ms');
  const since = step.sim.now - m.client.startedAt;
  const due = m.client.startedAt + (Math.floor(since / every) + 1) * every;
  schedule(step.sim, due, { kind: 'metadataRefresh', group: g.index, member: leader });
}

/** Kafka's validation of a group.instance.id, and no second running member with the same one. */
function checkInstanceId(g: GroupState, id: string, except?: MemberState): void {
  const problem = groupInstanceIdProblem(id);
  if (problem) throw new ActionError('configRefused', { detail: `group.instance.id: ${problem}` });
  const holder = liveHolderOf(g, id, except);
  if (holder) throw new ActionError('configRefused', { detail: duplicateInstanceIdMessage(g, id, holder) });
}

export function applyGroupAction(step: Step, action: GroupAction, advanceClock: AdvanceClock): void {
  switch (action.action) {
    case 'addConsumer': {
      const g = groupOf(step, action.group);
      // A member already asked to stop is on its way out and does not count.
      if (liveMembers(g).filter((m) => !m.client.wakeupRequested).length >= MAX_GROUP_MEMBERS)
        throw new ActionError('memberLimit', { max: MAX_GROUP_MEMBERS });
      if (action.groupInstanceId !== undefined) checkInstanceId(g, action.groupInstanceId);
      startConsumer(step, g, action.groupInstanceId ?? null);
      return;
    }
    case 'setGroupInstanceId': {
      const g = groupOf(step, action.group);
      const m = memberOf(g, action.member);
      if (m.client.status === 'stopped' || m.client.status === 'crashed')
        throw new ActionError('memberNotRunning', { member: m.clientId });
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
        throw new ActionError('notNonNegative', {
          field: 'processingMsPerRecord',
          got: String(action.processingMsPerRecord),
        });
      memberOf(g, action.member).client.processingMsPerRecord = action.processingMsPerRecord;
      return;
    }
    case 'setCommitMode': {
      const g = groupOf(step, action.group);
      if (!['none', 'commitSync', 'commitAsync'].includes(action.mode))
        throw new ActionError('badCommitMode', { got: String(action.mode) });
      g.workload = { ...g.workload, commitMode: action.mode };
      return;
    }
    case 'changeSubscription': {
      const g = groupOf(step, action.group);
      const unknown = action.topics.find((t) => !step.sim.topics.some((x) => x.name === t));
      if (unknown) throw new ActionError('noTopic', { topic: unknown });
      if (action.topics.length === 0) throw new ActionError('emptySubscription');
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
        throw new ActionError('fastForwardRange', { max: MAX_FAST_FORWARD_MS, got: String(action.ms) });
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
