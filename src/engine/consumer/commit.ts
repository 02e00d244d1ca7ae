/**
 * Offset commits (kafka-behaviour.md §4.4): auto-commit inside poll() every auto.commit.interval.ms,
 * commitSync/commitAsync by the application after processing, and the coordinator's checks that fence
 * commits from members of an old generation (ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID) or arriving while
 * the group completes a rebalance (REBALANCE_IN_PROGRESS).
 */
import type { Step } from '../core/step';
import { sendMessage } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { GroupMessage } from '../model/group';
import type { GroupState, MemberState, Message } from '../model/state';
import { countGroupError, setClientStatus, tpKey } from './membership';
import { coordinatorException, isCoordinatorError } from './coordinatorLookup';
import { getOwn } from '../core/idTable';
import { consumerGroupCommitError } from './consumerProtocol/settings';

/** Auto-commit from poll(): only when the interval has passed and the member is in a stable generation. */
export function maybeAutoCommit(step: Step, g: GroupState, m: MemberState): void {
  const { sim } = step;
  if (g.config['enable.auto.commit'] !== true) return;
  if (sim.now - m.lastAutoCommitAt < configValue(g.config, 'auto.commit.interval.ms')) return;
  m.lastAutoCommitAt = sim.now;
  if (m.client.status !== 'stable') return;
  commitPositions(step, g, m, { auto: true, sync: false });
}

/**
 * Commits the member's current positions (all, or `only` these partitions). A member that is not in a
 * generation fails locally, as the Java client does before sending anything.
 */
export function commitPositions(
  step: Step,
  g: GroupState,
  m: MemberState,
  opts: { auto: boolean; sync: boolean; only?: Set<string> },
): Message | null {
  const { sim } = step;
  const offsets = m.assigned
    .filter((a) => a.position >= 0 && (!opts.only || opts.only.has(tpKey(a.topic, a.partition))))
    .map((a) => ({ topic: a.topic, partition: a.partition, offset: a.position }));
  if (offsets.length === 0) return null;
  if (m.client.generation < 0 || m.id === '') {
    const joining = m.client.status === 'joining' || m.client.status === 'syncing';
    commitFailed(step, g, m, joining ? 'REBALANCE_IN_PROGRESS' : 'NOT_IN_GROUP', opts.sync);
    return null;
  }
  if (m.client.coordinator < 0) {
    // No coordinator known (a FindCoordinator is under way): the commit fails, retriably.
    commitRetriableFailure(step, g, m, 'CoordinatorNotAvailableException', opts.sync);
    return null;
  }
  return sendMessage(sim, {
    kind: 'commitRequest',
    group: g.index,
    member: g.members.indexOf(m),
    broker: m.client.coordinator,
    offsets,
    auto: opts.auto,
    memberId: m.id,
    generation: m.client.generation,
    sync: opts.sync,
  });
}

function commitFailed(step: Step, g: GroupState, m: MemberState, reason: string, sync: boolean): void {
  const rebalancing = reason === 'REBALANCE_IN_PROGRESS';
  step.out.push({
    type: 'ConsumerError',
    at: step.sim.now,
    group: g.id,
    member: m.clientId,
    error: rebalancing ? 'RebalanceInProgressException' : 'CommitFailedException',
    message: rebalancing
      ? 'Offset commit cannot be completed since the consumer is undergoing a rebalance; call poll() to finish it and retry.'
      : 'Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member. ' +
        'The time between subsequent calls to poll() was probably longer than max.poll.interval.ms.' +
        (sync ? '' : ' (commitAsync: reported to the callback)'),
  });
  countGroupError(g, rebalancing ? 'RebalanceInProgressException' : 'CommitFailedException');
  if (!rebalancing) g.classic.fencedCommits++;
}

/**
 * A commit that failed with a retriable error (ConsumerCoordinator's RetriableCommitFailedException):
 * the coordinator is unknown, moved or unreachable. Nothing is committed; the next commit carries the
 * positions again, so no offset is lost, and the member stays in its generation.
 */
export function commitRetriableFailure(
  step: Step,
  g: GroupState,
  m: MemberState,
  cause: string,
  sync: boolean,
): void {
  countGroupError(g, 'RetriableCommitFailedException');
  step.out.push({
    type: 'ConsumerError',
    at: step.sim.now,
    group: g.id,
    member: m.clientId,
    error: 'RetriableCommitFailedException',
    message:
      `Offset commit failed with a retriable exception (${cause}). You should retry committing the latest ` +
      'consumed offsets.' +
      (sync ? '' : ' (commitAsync/auto-commit: reported to the callback or logged)'),
  });
}

/** The coordinator validates the commit against the group's generation and stores the offsets. */
export function handleCommitRequest(step: Step, message: Extract<Message, { kind: 'commitRequest' }>): void {
  const g = step.sim.groups[message.group]!;
  const c = g.classic;
  let error: string | null = null;
  // A broker that does not lead the group's __consumer_offsets partition cannot store the offsets.
  if (message.broker !== c.coordinator) error = 'NOT_COORDINATOR';
  else if (message.memberId !== undefined && g.consumerProtocol)
    error = consumerGroupCommitError(g.consumerProtocol, message.memberId, message.generation ?? -1);
  else if (message.memberId !== undefined) {
    const member = c.members.find((x) => x.memberId === message.memberId);
    if (!member) error = 'UNKNOWN_MEMBER_ID';
    else if (message.generation !== c.generation) error = 'ILLEGAL_GENERATION';
    else if (c.phase === 'CompletingRebalance') error = 'REBALANCE_IN_PROGRESS';
  }
  if (!error) {
    for (const o of message.offsets) getOwn(g.committed, o.topic)![o.partition] = o.offset;
    g.stats.commits++;
    step.out.push({
      type: 'OffsetsCommitted',
      at: step.sim.now,
      group: g.id,
      member: g.members[message.member]?.clientId ?? '?',
      offsets: message.offsets,
      auto: message.auto,
    });
  }
  if (message.memberId !== undefined)
    sendMessage(step.sim, {
      kind: 'commitResponse',
      group: message.group,
      member: message.member,
      broker: message.broker,
      error,
      sync: message.sync === true,
      request: message.id,
    });
}

/** A refused commit: CommitFailedException or RebalanceInProgressException; a fenced member rejoins. */
export function commitRefused(
  step: Step,
  g: GroupState,
  m: MemberState,
  msg: Extract<GroupMessage, { kind: 'commitResponse' }>,
): void {
  if (!msg.error) return;
  if (isCoordinatorError(msg.error)) {
    // (The client forgot the coordinator when the answer arrived: see commitSync.handleCommitResponse.)
    commitRetriableFailure(step, g, m, coordinatorException(msg.error), msg.sync);
    return;
  }
  commitFailed(step, g, m, msg.error === 'REBALANCE_IN_PROGRESS' ? msg.error : 'FENCED', msg.sync);
  if (msg.error === 'UNKNOWN_MEMBER_ID' || msg.error === 'ILLEGAL_GENERATION') {
    // ILLEGAL_GENERATION / UNKNOWN_MEMBER_ID: the zombie learns it is out and rejoins.
    if (msg.error === 'UNKNOWN_MEMBER_ID') m.id = '';
    m.client.generation = -1;
    if (m.client.status === 'stable') setClientStatus(m, 'unjoined', step.sim.now);
  } else m.client.rejoinNeeded = true;
}
