/**
 * commitSync() blocks the application thread — here, the poll loop — until its OffsetCommit is answered
 * (kafka-behaviour.md §4.4, §10; `ConsumerCoordinator.commitOffsetsSync`): a retriable error is retried
 * after retry.backoff.ms until default.api.timeout.ms has passed, then TimeoutException; any other answer
 * returns (or throws) and the application goes on to its next poll(). commitAsync() does not wait.
 * While blocked, fetched data waits in the buffer and the heartbeat thread keeps beating, but poll() is
 * not called, so the time counts against max.poll.interval.ms.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { GroupMessage } from '../model/group';
import type { GroupState, MemberState } from '../model/state';
import { commitPositions, commitRefused } from './commit';
import { coordinatorException, isCoordinatorError, markCoordinatorUnknown } from './coordinatorLookup';
import { countGroupError } from './membership';

/** The consumer's default.api.timeout.ms default (60 s): how long commitSync() keeps trying. */
export const DEFAULT_API_TIMEOUT_MS = 60_000;
/** The consumer's retry.backoff.ms default (100 ms) between commitSync() attempts. */
export const COMMIT_RETRY_BACKOFF_MS = 100;

/** OffsetCommit errors the Java client retries inside commitSync() (the coordinator moved or is loading). */
const RETRIABLE = new Set([
  'COORDINATOR_NOT_AVAILABLE',
  'NOT_COORDINATOR',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'REQUEST_TIMED_OUT',
]);

function wakeAt(step: Step, g: GroupState, m: MemberState, at: number): void {
  m.pollToken++;
  schedule(step.sim, at, { kind: 'poll', group: g.index, member: g.members.indexOf(m), token: m.pollToken });
}

/**
 * The application finished a batch and calls commitSync(). Returns true when the poll loop now blocks;
 * false when nothing was sent (nothing to commit, or it failed locally at once).
 */
export function startCommitSync(step: Step, g: GroupState, m: MemberState): boolean {
  if (m.client.coordinator < 0 && m.client.generation >= 0) {
    // No coordinator known: commitSync() first waits for FindCoordinator (within its timeout).
    m.commitSync = { request: -1, deadline: step.sim.now + DEFAULT_API_TIMEOUT_MS };
    wakeAt(step, g, m, step.sim.now + COMMIT_RETRY_BACKOFF_MS);
    return true;
  }
  const request = commitPositions(step, g, m, { auto: false, sync: true });
  if (!request) return false;
  const deadline = step.sim.now + DEFAULT_API_TIMEOUT_MS;
  m.commitSync = { request: request.id, deadline };
  wakeAt(step, g, m, deadline);
  return true;
}

/** A wake-up while blocked (poll task): the retry backoff ended, or default.api.timeout.ms ran out. */
export function commitSyncTimer(step: Step, g: GroupState, m: MemberState): void {
  const blocked = m.commitSync!;
  if (step.sim.now >= blocked.deadline) {
    countGroupError(g, 'TimeoutException');
    step.out.push({
      type: 'ConsumerError',
      at: step.sim.now,
      group: g.id,
      member: m.clientId,
      error: 'TimeoutException',
      message: `Timeout of ${DEFAULT_API_TIMEOUT_MS}ms expired before successfully committing offsets`,
    });
    return commitSyncReturned(step, g, m);
  }
  if (m.client.coordinator < 0) {
    // commitSync() waits for FindCoordinator (ensureCoordinatorReady) within its timeout, then re-sends.
    wakeAt(step, g, m, Math.min(step.sim.now + COMMIT_RETRY_BACKOFF_MS, blocked.deadline));
    return;
  }
  const request = commitPositions(step, g, m, { auto: false, sync: true });
  if (!request) return commitSyncReturned(step, g, m);
  blocked.request = request.id;
  wakeAt(step, g, m, blocked.deadline);
}

/** A retriable error for the blocked commitSync(): try again after the backoff. Returns false if not retried. */
export function retryCommitSync(step: Step, g: GroupState, m: MemberState, error: string): boolean {
  if (!RETRIABLE.has(error)) return false;
  wakeAt(step, g, m, Math.min(step.sim.now + COMMIT_RETRY_BACKOFF_MS, m.commitSync!.deadline));
  return true;
}

/** commitSync() returned (or threw): the application calls poll() next, now. */
export function commitSyncReturned(step: Step, g: GroupState, m: MemberState): void {
  m.commitSync = null;
  wakeAt(step, g, m, step.sim.now);
}

/** An OffsetCommit response: errors are reported; a commitSync() blocked on this request retries or returns. */
export function handleCommitResponse(
  step: Step,
  msg: Extract<GroupMessage, { kind: 'commitResponse' }>,
): void {
  const g = step.sim.groups[msg.group]!;
  const m = g.members[msg.member];
  if (!m || m.client.status === 'crashed' || m.client.status === 'stopped') return;
  const blocked = m.commitSync !== null && m.commitSync.request === msg.request;
  // NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE: the client forgets the coordinator and looks it up again.
  if (msg.error && isCoordinatorError(msg.error) && m.client.coordinator === msg.broker)
    markCoordinatorUnknown(step, g, m, coordinatorException(msg.error));
  if (blocked && msg.error && retryCommitSync(step, g, m, msg.error)) return;
  if (msg.error) commitRefused(step, g, m, msg);
  if (blocked) commitSyncReturned(step, g, m);
}
