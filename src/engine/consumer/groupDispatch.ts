/** Routes group-protocol tasks and messages to the coordinator or the consumer (keeps simulation.ts small). */
import type { Step } from '../core/step';
import type { GroupMessage } from '../model/group';
import type { Task } from '../model/tasks';
import { handleCommitResponse } from './commitSync';
import { handleHeartbeatResponse, handleJoinResponse, handleSyncResponse } from './groupClient';
import { handleHeartbeat, handleLeaveGroup, sessionCheck } from './coordinatorLiveness';
import { handleSyncGroup } from './coordinatorSync';
import { handleJoinGroup, joinTimer } from './groupCoordinator';
import { inGeneration } from './groupClient';
import { heartbeatTask } from './heartbeat';
import { offsetRetentionCheck } from './retention';

type GroupTask = Extract<
  Task,
  { kind: 'heartbeat' | 'sessionCheck' | 'joinTimer' | 'offsetRetentionCheck' | 'metadataRefresh' }
>;

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
    case 'metadataRefresh':
      return metadataRefreshed(step, task.group, task.member);
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

/** The refresh finds more partitions: if this member still leads the group, it asks for a rebalance. */
function metadataRefreshed(step: Step, groupIndex: number, member: number): void {
  const g = step.sim.groups[groupIndex]!;
  const m = g.members[member];
  if (m && m.id !== '' && m.id === g.classic.leader && inGeneration(m)) m.client.rejoinNeeded = true;
}
