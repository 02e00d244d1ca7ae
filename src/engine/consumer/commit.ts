/**
 * Offset commits (kafka-behaviour.md §4.4): with enable.auto.commit, poll() commits the current
 * positions — everything returned by earlier polls — once auto.commit.interval.ms has passed.
 * The coordinator stores them; lag is measured against them.
 */
import type { Step } from '../core/step';
import { configNumber, sendMessage } from '../core/step';
import type { GroupState, MemberState, Message } from '../model/state';
import { coordinatorFor } from './coordinator';

export function maybeAutoCommit(step: Step, g: GroupState, m: MemberState): void {
  const { sim } = step;
  if (g.config['enable.auto.commit'] !== true) return;
  if (sim.now - m.lastAutoCommitAt < configNumber(g.config, 'auto.commit.interval.ms')) return;
  m.lastAutoCommitAt = sim.now;
  const offsets = m.assigned
    .filter((a) => a.position >= 0)
    .map((a) => ({ topic: a.topic, partition: a.partition, offset: a.position }));
  if (offsets.length === 0) return;
  sendMessage(sim, {
    kind: 'commitRequest',
    group: g.index,
    member: g.members.indexOf(m),
    broker: coordinatorFor(sim, g.id),
    offsets,
    auto: true,
  });
}

/** The group coordinator stores committed offsets. */
export function handleCommitRequest(step: Step, message: Extract<Message, { kind: 'commitRequest' }>): void {
  const g = step.sim.groups[message.group]!;
  for (const o of message.offsets) g.committed[o.topic]![o.partition] = o.offset;
  g.stats.commits++;
  step.out.push({
    type: 'OffsetsCommitted',
    at: step.sim.now,
    group: g.id,
    member: g.members[message.member]?.id ?? '?',
    offsets: message.offsets,
    auto: message.auto,
  });
}
