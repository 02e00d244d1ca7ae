/** Routes group-protocol tasks and messages to the coordinator or the consumer (keeps simulation.ts small). */
import type { Step } from '../core/step';
import type { GroupMessage } from '../model/group';
import type { Task } from '../model/tasks';
import { commitRetriableFailure } from './commit';
import { handleCommitResponse, retryCommitSync } from './commitSync';
import { coordinatorDisconnected, findCoordinatorAnswered } from './coordinatorLookup';
import {
  handleHeartbeatResponse,
  handleJoinResponse,
  handleSyncResponse,
  inGeneration,
  resumeWithCoordinator,
} from './groupClient';
import { handleHeartbeat, handleLeaveGroup, sessionCheck } from './coordinatorLiveness';
import { handleSyncGroup } from './coordinatorSync';
import { handleJoinGroup, joinTimer } from './groupCoordinator';
import { heartbeatTask } from './heartbeat';
import { sendGroupMessage } from './membership';
import { offsetRetentionCheck } from './retention';
import { consumerGroupTimer } from './consumerProtocol/coordinator';
import { deliverConsumerProtocolMessage, isConsumerProtocolMessage } from './consumerProtocol/dispatch';
import type { ConsumerProtocolMessage } from '../model/consumerProtocol';

type GroupTask = Extract<
  Task,
  {
    kind:
      | 'heartbeat'
      | 'sessionCheck'
      | 'joinTimer'
      | 'offsetRetentionCheck'
      | 'metadataRefresh'
      | 'findCoordinator'
      | 'coordinatorDisconnected'
      | 'consumerGroupTimer';
  }
>;

export function runGroupTask(step: Step, task: GroupTask): void {
  switch (task.kind) {
    case 'heartbeat':
      return heartbeatTask(step, task.group, task.member, task.token);
    case 'sessionCheck':
      return sessionCheck(step, task.group, task.memberId, task.epoch);
    case 'joinTimer':
      return joinTimer(step, task.group, task.token);
    case 'offsetRetentionCheck':
      return offsetRetentionCheck(step, task.group);
    case 'consumerGroupTimer':
      return consumerGroupTimer(step, task.group, task.memberId, task.timerEpoch);
    case 'metadataRefresh':
      return metadataRefreshed(step, task.group, task.member);
    case 'findCoordinator':
      return findCoordinatorAnswered(step, task.group, task.member, task.token, resumeWithCoordinator);
    case 'coordinatorDisconnected': {
      const g = step.sim.groups[task.group]!;
      const onCommit = task.commit
        ? (s: Step, gg: typeof g, m: (typeof g.members)[number], cause: string) =>
            // A blocked commitSync() keeps trying (it re-sends once a coordinator is found); others fail retriably.
            (task.sync && m.commitSync && retryCommitSync(s, gg, m, 'NOT_COORDINATOR')) ||
            commitRetriableFailure(s, gg, m, cause, task.sync)
        : null;
      return coordinatorDisconnected(step, g, g.members[task.member], task.broker, onCommit);
    }
  }
}

export function deliverGroupMessage(step: Step, message: GroupMessage | ConsumerProtocolMessage): void {
  if (isConsumerProtocolMessage(message)) return deliverConsumerProtocolMessage(step, message);
  if (message.kind.endsWith('Request') && notCoordinator(step, message)) return;
  switch (message.kind) {
    case 'joinGroupRequest':
      return handleJoinGroup(step, message);
    case 'joinGroupResponse':
      return handleJoinResponse(step, message);
    case 'syncGroupRequest':
      return handleSyncGroup(step, message);
    case 'syncGroupResponse':
      return handleSyncResponse(step, message);
    case 'heartbeatRequest':
      return handleHeartbeat(step, message);
    case 'heartbeatResponse':
      return handleHeartbeatResponse(step, message);
    case 'leaveGroupRequest':
      return handleLeaveGroup(step, message);
    case 'commitResponse':
      return handleCommitResponse(step, message);
  }
}

/**
 * A live broker that does not lead the group's __consumer_offsets partition answers NOT_COORDINATOR
 * (Kafka's GroupCoordinatorService checks the partition's leadership before handling a request).
 */
function notCoordinator(step: Step, message: GroupMessage): boolean {
  const g = step.sim.groups[message.group]!;
  if (message.broker === g.classic.coordinator) return false;
  const error = 'NOT_COORDINATOR';
  const from = message.broker;
  switch (message.kind) {
    case 'joinGroupRequest':
      sendGroupMessage(
        step,
        g,
        message.member,
        {
          kind: 'joinGroupResponse',
          error,
          memberId: message.memberId,
          generation: -1,
          assignor: '',
          leader: '',
          members: [],
        },
        from,
      );
      break;
    case 'syncGroupRequest':
      sendGroupMessage(step, g, message.member, { kind: 'syncGroupResponse', error, assignment: [] }, from);
      break;
    case 'heartbeatRequest':
      sendGroupMessage(step, g, message.member, { kind: 'heartbeatResponse', error }, from);
      break;
    default:
      break;
  }
  return true;
}

/** The refresh finds more partitions: if this member still leads the group, it asks for a rebalance. */
function metadataRefreshed(step: Step, groupIndex: number, member: number): void {
  const g = step.sim.groups[groupIndex]!;
  const m = g.members[member];
  if (m && m.id !== '' && m.id === g.classic.leader && inGeneration(m)) m.client.rejoinNeeded = true;
}
