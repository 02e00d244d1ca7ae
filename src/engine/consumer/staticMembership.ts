/**
 * group.instance.id (static membership, KIP-345) changed on a running consumer. A client reads its
 * configuration once, so a new instance id means a new consumer process: the old one close()s (a
 * static member sends no LeaveGroup, so the coordinator keeps its slot until session.timeout.ms; a
 * dynamic one leaves at once) and a new one starts with the new id.
 */
import type { Step } from '../core/step';
import type { GroupState, MemberState } from '../model/state';
import { closeConsumer, startConsumer } from './lifecycle';

/** JoinGroupRequest's limit for a group.instance.id. */
const MAX_LENGTH = 249;

/** Kafka's own check (JoinGroupRequest.validateGroupInstanceId, InvalidConfigurationException): null when valid. */
export function groupInstanceIdProblem(id: string): string | null {
  if (id === '') return 'Group instance id must be non-empty string';
  if (id === '.' || id === '..') return 'Group instance id cannot be "." or ".."';
  if (id.length > MAX_LENGTH) return `Group instance id can't be longer than ${MAX_LENGTH} characters: ${id}`;
  if (!/^[a-zA-Z0-9._-]+$/.test(id))
    return `Group instance id "${id}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`;
  return null;
}

/**
 * A running member (other than `except`) already using `id`. In Kafka the newer process would fence the
 * older one (FENCED_INSTANCE_ID ⇒ FencedInstanceIdException, fatal); KafkaScope refuses instead.
 */
export function liveHolderOf(g: GroupState, id: string, except?: MemberState): MemberState | undefined {
  return g.members.find(
    (m) =>
      m !== except &&
      m.client.groupInstanceId === id &&
      m.client.status !== 'stopped' &&
      m.client.status !== 'crashed',
  );
}

/** Errors.FENCED_INSTANCE_ID's message, with who holds the id. */
export function duplicateInstanceIdMessage(g: GroupState, id: string, holder: MemberState): string {
  return (
    `group.instance.id "${id}" is already used by ${holder.clientId} in group ${g.id}: Kafka would fence the ` +
    'older member with FencedInstanceIdException (The broker rejected this static consumer since another ' +
    'consumer with the same group.instance.id has registered with a different member.id.)'
  );
}

/** Restarts `m` as a new consumer process with `id` (null: dynamic). Returns the new member. */
export function restartWithInstanceId(
  step: Step,
  g: GroupState,
  m: MemberState,
  id: string | null,
): MemberState {
  closeConsumer(step, g, m);
  return startConsumer(step, g, id);
}
