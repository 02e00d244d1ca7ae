/**
 * The coordinator's side of SyncGroup (kafka-behaviour.md §4.7): members wait for the leader's
 * SyncGroup, which carries the assignment; it makes the group Stable and answers everyone waiting.
 * Stale generations are fenced (ILLEGAL_GENERATION), a group still joining answers REBALANCE_IN_PROGRESS.
 */
import type { Step } from '../core/step';
import type { GroupMessage } from '../model/group';
import { findMember, reply, resetSession } from './joinBarrier';
import { setPhase, tpKey } from './membership';

type Msg<K extends GroupMessage['kind']> = Extract<GroupMessage, { kind: K }>;

/** A SyncGroup request: the leader's carries the assignment, which makes the group Stable. */
export function handleSyncGroup(step: Step, msg: Msg<'syncGroupRequest'>): void {
  const g = step.sim.groups[msg.group]!;
  const c = g.classic;
  const member = findMember(g, msg.memberId);
  const error = !member
    ? 'UNKNOWN_MEMBER_ID'
    : msg.generation !== c.generation
      ? 'ILLEGAL_GENERATION'
      : c.phase === 'PreparingRebalance'
        ? 'REBALANCE_IN_PROGRESS'
        : null;
  if (error || !member) {
    reply(step, g, msg.member, { kind: 'syncGroupResponse', error, assignment: [] });
    return;
  }
  resetSession(step, g, member);
  if (c.phase === 'Stable') {
    reply(step, g, member.client, { kind: 'syncGroupResponse', error: null, assignment: member.assignment });
    return;
  }
  member.awaitingSync = true;
  if (member.memberId !== c.leader || !msg.assignment) return;
  for (const m of c.members) m.assignment = (msg.assignment[m.memberId] ?? []).map(([t, p]) => [t, p]);
  setPhase(step, g, 'Stable', 'the leader sent the assignment');
  const record = c.history[c.history.length - 1];
  if (record && record.generation === c.generation) {
    record.stableAt = step.sim.now;
    record.assignment = Object.fromEntries(
      c.members.map((m) => [m.clientId, m.assignment.map(([t, p]) => tpKey(t, p))]),
    );
    step.out.push({
      type: 'RebalanceCompleted',
      at: step.sim.now,
      group: g.id,
      generation: c.generation,
      protocol: record.protocol,
      assignor: record.assignor,
      leader: record.leader,
      assignment: record.assignment,
    });
  }
  for (const m of c.members.filter((x) => x.awaitingSync)) {
    m.awaitingSync = false;
    reply(step, g, m.client, { kind: 'syncGroupResponse', error: null, assignment: m.assignment });
  }
}
