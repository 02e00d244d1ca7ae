/**
 * Consumer settings Kafka refuses (kafka-behaviour.md §10). The consumer's own check, at construction:
 * heartbeat.interval.ms must be lower than session.timeout.ms (the `Heartbeat` constructor throws
 * IllegalArgumentException, so `new KafkaConsumer(…)` fails). The broker's check, at JoinGroup:
 * a session timeout outside group.min.session.timeout.ms … group.max.session.timeout.ms is answered
 * with INVALID_SESSION_TIMEOUT (`GroupCoordinator` / `GroupMetadataManager`), which poll() throws as
 * InvalidSessionTimeoutException. The broker's range is its default here (not a scenario setting).
 */
import { defaultsFor } from '../config/catalogue';
import type { KafkaVersion } from '../config/types';
import type { Step } from '../core/step';
import type { GroupMessage } from '../model/group';
import type { Config, GroupState } from '../model/state';
import { sendGroupMessage } from './membership';

/** The broker's group.min.session.timeout.ms default (6 s). */
export const GROUP_MIN_SESSION_TIMEOUT_MS = 6000;
/** The broker's group.max.session.timeout.ms default (30 min). */
export const GROUP_MAX_SESSION_TIMEOUT_MS = 1_800_000;

export const HEARTBEAT_ERROR =
  'IllegalArgumentException: Heartbeat must be set lower than the session timeout';
export const INVALID_SESSION_TIMEOUT_MESSAGE =
  'The session timeout is not within the range allowed by the broker ' +
  '(as configured by group.min.session.timeout.ms and group.max.session.timeout.ms).';

/** Whether the broker accepts this session timeout in a JoinGroup. */
export function sessionTimeoutAllowed(sessionTimeoutMs: number): boolean {
  return sessionTimeoutMs >= GROUP_MIN_SESSION_TIMEOUT_MS && sessionTimeoutMs <= GROUP_MAX_SESSION_TIMEOUT_MS;
}

/** Why this complete consumer config cannot run ([] when it can), in Kafka's words. */
export function consumerConfigErrors(config: Config): string[] {
  const errors: string[] = [];
  const session = Number(config['session.timeout.ms']);
  const heartbeat = Number(config['heartbeat.interval.ms']);
  if (heartbeat >= session)
    errors.push(`${HEARTBEAT_ERROR} (heartbeat.interval.ms=${heartbeat}, session.timeout.ms=${session})`);
  if (!sessionTimeoutAllowed(session))
    errors.push(
      `InvalidSessionTimeoutException: ${INVALID_SESSION_TIMEOUT_MESSAGE} ` +
        `session.timeout.ms=${session} is outside ${GROUP_MIN_SESSION_TIMEOUT_MS}…${GROUP_MAX_SESSION_TIMEOUT_MS} ms.`,
    );
  return errors;
}

/** The same check for a scenario's group config, with Kafka's defaults for the version filled in. */
export function consumerStartupErrors(given: Config, version: KafkaVersion): string[] {
  return consumerConfigErrors({ ...defaultsFor('consumer', version), ...given });
}

/**
 * The coordinator's check of a JoinGroup (a run built without the parser, e.g. in a test): a session
 * timeout outside the broker's range is answered INVALID_SESSION_TIMEOUT. Returns true when refused.
 */
export function refuseJoinGroup(
  step: Step,
  g: GroupState,
  msg: Extract<GroupMessage, { kind: 'joinGroupRequest' }>,
): boolean {
  if (sessionTimeoutAllowed(msg.sessionTimeoutMs)) return false;
  sendGroupMessage(step, g, msg.member, {
    kind: 'joinGroupResponse',
    error: 'INVALID_SESSION_TIMEOUT',
    memberId: msg.memberId,
    generation: -1,
    assignor: '',
    leader: '',
    members: [],
  });
  return true;
}

/** The client side: INVALID_SESSION_TIMEOUT is not retriable, so poll() throws and the consumer stops. */
export function joinGroupRefused(step: Step, g: GroupState, memberIndex: number): void {
  const m = g.members[memberIndex]!;
  m.phase = 'failed';
  m.error = 'InvalidSessionTimeoutException';
  step.out.push({
    type: 'ConsumerError',
    at: step.sim.now,
    group: g.id,
    member: m.clientId,
    error: 'InvalidSessionTimeoutException',
    message: INVALID_SESSION_TIMEOUT_MESSAGE,
  });
}
