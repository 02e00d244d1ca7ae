/** Routes KIP-848 messages to the coordinator or the client (keeps groupDispatch.ts's hooks one line each). */
import type { Step } from '../../core/step';
import type { ConsumerProtocolMessage } from '../../model/consumerProtocol';
import type { Message } from '../../model/state';
import { markCoordinatorUnknown } from '../coordinatorLookup';
import { handleConsumerGroupHeartbeatResponse } from './client';
import { handleConsumerGroupHeartbeat } from './coordinator';

export function isConsumerProtocolMessage(m: Message): m is ConsumerProtocolMessage {
  return m.kind === 'consumerGroupHeartbeatRequest' || m.kind === 'consumerGroupHeartbeatResponse';
}

export function deliverConsumerProtocolMessage(step: Step, m: ConsumerProtocolMessage): void {
  if (m.kind === 'consumerGroupHeartbeatResponse') return handleConsumerGroupHeartbeatResponse(step, m);
  const g = step.sim.groups[m.group]!;
  const member = g.members[m.member];
  if (!step.sim.brokers[m.broker]!.replication.alive) {
    // A crashed coordinator hears nothing; the client sees the connection refused and looks again.
    if (member) {
      member.client.heartbeatInFlight = false;
      if (member.client.coordinator === m.broker)
        markCoordinatorUnknown(step, g, member, 'DisconnectException');
    }
    return;
  }
  handleConsumerGroupHeartbeat(step, m);
}
