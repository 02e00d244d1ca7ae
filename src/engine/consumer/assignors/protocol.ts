/**
 * Which assignor a classic group uses, and whether its rebalances are eager or cooperative.
 *
 * - Each consumer picks its rebalance protocol from its own `partition.assignment.strategy` list: the
 *   highest protocol supported by every assignor in the list (`ConsumerCoordinator` constructor). So the
 *   default `[range, cooperative-sticky]` is EAGER.
 * - The coordinator picks the assignor (`ClassicGroup.selectProtocol`): among names every member
 *   lists, each member votes for its first-listed one and the most votes wins. A tie goes to the name
 *   Java's `HashMap<String, Integer>` of votes yields first, which for the built-in names is
 *   sticky, range, roundrobin, cooperative-sticky.
 */
import { javaHashMapOrder } from './javaCollections';
import type { AssignorStrategy, RebalanceProtocol } from './types';

const PROTOCOL_RANK: Record<RebalanceProtocol, number> = { EAGER: 0, COOPERATIVE: 1 };

/** The rebalance protocols an assignor supports, as its `supportedProtocols()` lists them. */
export function supportedProtocols(strategy: AssignorStrategy): RebalanceProtocol[] {
  switch (strategy) {
    case 'range':
    case 'roundrobin':
    case 'sticky':
      return ['EAGER'];
    case 'cooperative-sticky':
      return ['COOPERATIVE', 'EAGER'];
    default:
      throw new Error(`unknown assignor "${String(strategy)}"`);
  }
}

/** One consumer's protocol: the highest one every assignor in its strategy list supports. */
export function memberRebalanceProtocol(strategies: readonly string[]): RebalanceProtocol {
  if (strategies.length === 0) throw new Error('a group member needs at least one assignor');
  let common = supportedProtocols(strategies[0] as AssignorStrategy);
  for (const s of strategies) {
    const supported = supportedProtocols(s as AssignorStrategy);
    common = common.filter((p) => supported.includes(p));
  }
  if (common.length === 0) {
    throw new Error(`assignors ${strategies.join(', ')} have no commonly supported rebalance protocol`);
  }
  return common.reduce((best, p) => (PROTOCOL_RANK[p] > PROTOCOL_RANK[best] ? p : best));
}

/**
 * The group's protocol: COOPERATIVE only if every member's list makes it cooperative. (In Kafka each
 * member follows its own protocol; a mixed group has eager members revoking everything.)
 */
export function chooseRebalanceProtocol(strategyLists: readonly (readonly string[])[]): RebalanceProtocol {
  if (strategyLists.length === 0) throw new Error('cannot choose a protocol for an empty group');
  return strategyLists.every((list) => memberRebalanceProtocol(list) === 'COOPERATIVE')
    ? 'COOPERATIVE'
    : 'EAGER';
}

/** The assignor the classic group coordinator selects from the members' strategy lists. */
export function chooseGroupAssignor(strategyLists: readonly (readonly string[])[]): string {
  if (strategyLists.length === 0) throw new Error('cannot select a protocol for an empty group');
  const candidates = new Set(strategyLists[0]);
  for (const list of strategyLists)
    for (const name of [...candidates]) if (!list.includes(name)) candidates.delete(name);
  if (candidates.size === 0) {
    // The coordinator rejects such a member with INCONSISTENT_GROUP_PROTOCOL.
    throw new Error('no assignor is supported by every member (INCONSISTENT_GROUP_PROTOCOL)');
  }

  const votes = new Map<string, number>();
  for (const list of strategyLists) {
    const vote = list.find((name) => candidates.has(name))!;
    votes.set(vote, (votes.get(vote) ?? 0) + 1);
  }
  // Java streams the vote map and keeps the first of equal maxima, so iteration order breaks ties.
  // Names colliding in one hash bucket keep first-vote order here; Java's depends on its member map.
  let winner = '';
  let best = -1;
  for (const name of javaHashMapOrder([...votes.keys()])) {
    if (votes.get(name)! > best) {
      winner = name;
      best = votes.get(name)!;
    }
  }
  return winner;
}
