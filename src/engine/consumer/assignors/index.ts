/**
 * The classic-protocol consumer partition assignors, reproducing Kafka's Java client (4.0) exactly.
 * Pure functions on plain data; see each module for the algorithm and its Java-order subtleties.
 */
import { assignCooperativeSticky } from './cooperativeSticky';
import { assignRange } from './range';
import { assignRoundRobin } from './roundRobin';
import { assignSticky } from './sticky';
import type { Assignment, AssignorInput, AssignorStrategy } from './types';

export type {
  Assignment,
  AssignorInput,
  AssignorStrategy,
  MemberSubscription,
  RebalanceProtocol,
  TopicPartitionPair,
} from './types';
export {
  chooseGroupAssignor,
  chooseRebalanceProtocol,
  memberRebalanceProtocol,
  supportedProtocols,
} from './protocol';
export { assignCooperativeSticky, assignRange, assignRoundRobin, assignSticky };

/** The assignor names accepted by `assign`. */
export const ASSIGNOR_STRATEGIES: readonly AssignorStrategy[] = [
  'range',
  'roundrobin',
  'sticky',
  'cooperative-sticky',
];

/** Runs the named assignor; every member appears in the result with a sorted list. */
export function assign(strategy: AssignorStrategy, input: AssignorInput): Assignment {
  switch (strategy) {
    case 'range':
      return assignRange(input);
    case 'roundrobin':
      return assignRoundRobin(input);
    case 'sticky':
      return assignSticky(input);
    case 'cooperative-sticky':
      return assignCooperativeSticky(input);
    default:
      throw new Error(`unknown assignor "${String(strategy)}"`);
  }
}
