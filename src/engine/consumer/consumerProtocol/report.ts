/**
 * The `run` report's fields for a KIP-848 group: spread over the classic fields, so a classic group's
 * report is unchanged. `state` uses the names `kafka-consumer-groups --describe --state` prints.
 */
import type { ConsumerProtocolView } from './view';

const STATE_NAMES: Record<string, string> = {
  EMPTY: 'Empty',
  ASSIGNING: 'Assigning',
  RECONCILING: 'Reconciling',
  STABLE: 'Stable',
};

export function consumerProtocolReport(view: ConsumerProtocolView | undefined) {
  if (!view) return {};
  return {
    state: STATE_NAMES[view.state] ?? view.state,
    /** The group epoch stands where a classic group's generation does. */
    generation: view.groupEpoch,
    protocol: 'consumer',
    assignor: view.assignor,
    assignment: Object.fromEntries(view.members.map((m) => [m.clientId, m.assigned])),
    consumerProtocol: {
      groupEpoch: view.groupEpoch,
      targetAssignmentEpoch: view.targetAssignmentEpoch,
      members: Object.fromEntries(
        view.members.map((m) => [
          m.clientId,
          {
            memberEpoch: m.memberEpoch,
            state: m.state,
            assigned: m.assigned,
            pendingRevocation: m.pendingRevocation,
            target: m.target,
          },
        ]),
      ),
      reconciliation: view.recent,
    },
  };
}
