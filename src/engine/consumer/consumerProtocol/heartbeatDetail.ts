/**
 * What a ConsumerGroupHeartbeat carries, for the protocol track: the request's member epoch and owned
 * partitions (its acknowledgement of revocations), the response's new epoch and assignment
 * (`ConsumerGroupHeartbeatResponseData.assignment`, absent when unchanged).
 */
import type { Message } from '../../model/state';
import { tpKey } from '../membership';

export interface HeartbeatDetail {
  memberEpoch: number;
  /** Owned partitions (request) or the assignment (response); null when the response leaves it unchanged. */
  partitions: string[] | null;
}

export function heartbeatDetail(m: Message): { heartbeat?: HeartbeatDetail } {
  if (m.kind === 'consumerGroupHeartbeatRequest')
    return { heartbeat: { memberEpoch: m.memberEpoch, partitions: m.owned.map(([t, p]) => tpKey(t, p)) } };
  if (m.kind === 'consumerGroupHeartbeatResponse')
    return {
      heartbeat: {
        memberEpoch: m.memberEpoch,
        partitions: m.assignment ? m.assignment.map(([t, p]) => tpKey(t, p)) : null,
      },
    };
  return {};
}
