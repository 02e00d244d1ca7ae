/**
 * "Compare rebalance protocols": runs one scenario three times — the group on classic eager (`range`),
 * classic cooperative (`cooperative-sticky`) and the KIP-848 consumer protocol (`uniform`) — and
 * measures what a learner compares: which partitions paused and for how long in total, how many records
 * were read twice, and how long after each membership change the group was balanced again.
 * Each copy is stepped from one due task to the next, so no pause is too short to be seen. Counting
 * starts when the initial members first settle (start-up is the same join under every protocol).
 */
import type { Scenario } from '../model/scenario';
import type { GroupState, SimState } from '../model/state';
import { advance, createSimulation, nextEventTime } from '../simulation';
import { consumerGroupPhase } from './consumerProtocol/settings';
import { pauseMsSoFar } from './ownership';

export type ComparedProtocol = 'eager' | 'cooperative' | 'consumer';
export const COMPARED_PROTOCOLS: readonly ComparedProtocol[] = ['eager', 'cooperative', 'consumer'];

const MEMBERSHIP_CHANGES = new Set(['addConsumer', 'stopConsumer', 'crashConsumer', 'slowConsumer']);

export interface MembershipChangeResult {
  action: string;
  member?: string;
  atMs: number;
  /** Simulated ms from the change until the group was balanced again (null: not within the run). */
  balancedAfterMs: number | null;
}

export interface ProtocolRunFigures {
  protocol: ComparedProtocol;
  /** Partitions that had no consumer at some moment after the group first settled. */
  pausedPartitions: string[];
  /** Sum over partitions of the time they had no consumer. */
  pauseMs: number;
  /** Records poll() returned a second time. */
  recordsReadTwice: number;
  changes: MembershipChangeResult[];
}

/** The scenario with `groupId` on the given protocol (everything else unchanged). */
export function scenarioFor(scenario: Scenario, groupId: string, protocol: ComparedProtocol): Scenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  copy.consumerGroups = copy.consumerGroups.map((g) => {
    if (g.id !== groupId) return g;
    if (protocol === 'consumer')
      return { ...g, protocol: 'consumer', remoteAssignor: g.remoteAssignor ?? 'uniform' };
    const strategy = protocol === 'eager' ? 'range' : 'cooperative-sticky';
    const { remoteAssignor: _assignor, ...rest } = g;
    return {
      ...rest,
      protocol: 'classic',
      config: { ...g.config, 'partition.assignment.strategy': strategy },
    };
  });
  return copy;
}

const isLive = (g: GroupState, i: number) => {
  const s = g.members[i]!.client.status;
  return s !== 'stopped' && s !== 'crashed';
};

/** Every running member consumes its share and no partition waits for an owner. */
export function groupBalanced(g: GroupState): boolean {
  if (Object.keys(g.classic.pausedSince).length > 0) return false;
  const cp = g.consumerProtocol;
  if (!cp) {
    if (g.classic.phase !== 'Stable') return false;
    return g.members.every(
      (m, i) => !isLive(g, i) || (m.client.status === 'stable' && !m.client.rejoinNeeded),
    );
  }
  if (consumerGroupPhase(cp) !== 'STABLE') return false;
  const joined = new Set(cp.members.filter((m) => !m.departed).map((m) => m.clientId));
  return g.members.every((m, i) => !isLive(g, i) || joined.has(m.clientId));
}

export function runProtocol(
  scenario: Scenario,
  groupId: string,
  protocol: ComparedProtocol,
): ProtocolRunFigures {
  const sim: SimState = createSimulation(scenarioFor(scenario, groupId, protocol));
  const g = sim.groups.find((x) => x.id === groupId);
  if (!g) throw new Error(`no consumer group "${groupId}"`);
  const changes: MembershipChangeResult[] = scenario.timeline
    .filter((a) => 'group' in a && a.group === groupId && MEMBERSHIP_CHANGES.has(a.action))
    .filter((a) => a.atMs <= scenario.durationMs)
    .map((a) => ({
      action: a.action,
      ...('member' in a ? { member: a.member } : {}),
      atMs: a.atMs,
      balancedAfterMs: null,
    }));
  const paused = new Set<string>();
  let baseline: number | null = null;
  const end = scenario.durationMs;
  // Per change: when the group last became balanced inside its window (up to the next change).
  let balanced = true;
  let since = 0;
  let window = -1;
  const closeWindow = () => {
    const c = changes[window];
    if (c) c.balancedAfterMs = balanced ? Math.max(0, since - c.atMs) : null;
  };
  for (let next = nextEventTime(sim); next !== undefined && next <= end; next = nextEventTime(sim)) {
    advance(sim, next - sim.now);
    // Counting starts once the initial members have settled: start-up is not a rebalance to compare.
    if (baseline === null && groupBalanced(g)) baseline = pauseMsSoFar(g, sim.now);
    if (baseline !== null) for (const key of Object.keys(g.classic.pausedSince)) paused.add(key);
    while (window + 1 < changes.length && changes[window + 1]!.atMs <= sim.now) {
      closeWindow();
      window++;
      since = sim.now;
    }
    const now = groupBalanced(g);
    if (now && !balanced) since = sim.now;
    balanced = now;
  }
  closeWindow();
  if (sim.now < end) advance(sim, end - sim.now);
  return {
    protocol,
    pausedPartitions: [...paused].sort(),
    pauseMs: pauseMsSoFar(g, sim.now) - (baseline ?? 0),
    recordsReadTwice: g.classic.duplicates,
    changes,
  };
}

/** The three runs, in the order eager, cooperative, consumer. */
export function compareRebalanceProtocols(scenario: Scenario, groupId: string): ProtocolRunFigures[] {
  return COMPARED_PROTOCOLS.map((p) => runProtocol(scenario, groupId, p));
}
