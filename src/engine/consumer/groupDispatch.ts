/** Routes group-protocol tasks and messages to the coordinator or the consumer (keeps simulation.ts small). */
import type { Step } from '../core/step';
import type { GroupMessage } from '../model/group';
import type { Task } from '../model/tasks';
import { handleCommitResponse } from './commit';
import { handleHeartbeatResponse, handleJoinResponse, handleSyncResponse } from './groupClient';
import { handleHeartbeat, handleLeaveGroup, sessionCheck } from './coordinatorLiveness';
import { handleJoinGroup, handleSyncGroup, joinTimer } from './groupCoordinator';
import { heartbeatTask } from './heartbeat';
import { offsetRetentionCheck } from './retention';

type GroupTask = Extract<Task, { kind: 'heartbeat' | 'sessionCheck' | 'joinTimer' | 'offsetRetentionCheck' }>;

export function runGroupTask(step: Step, task: GroupTask): void {
  switch (task.kind) {
    case 'heartbeat':
      return heartbeatTask(step, task.group, task.member, task.token);
    case 'sessionCheck':
      return sessionCheck(step, task.group, task.memberId);
    case 'joinTimer':
      return joinTimer(step, task.group, task.token);
    case 'offsetRetentionCheck':
      return offsetRetentionCheck(step, task.group);
  }
}

export function deliverGroupMessage(step: Step, message: GroupMessage): void {
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
