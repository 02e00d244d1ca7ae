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
import { tpKey } from './membership';
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

/** One partition's owners over the counted window (the gaps between them are its pauses). */
export interface OwnershipRow {
  partition: string;
  owners: { clientId: string; from: number; to: number }[];
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
  /** When counting began (the initial members first settled; the run's end if they never did). */
  countedFromMs: number;
  endMs: number;
  /** Who consumed each partition from `countedFromMs` to `endMs` (for the side-by-side timelines). */
  ownership: OwnershipRow[];
}

/** A run that can be advanced a slice at a time, so a page can show progress and stay responsive. */
export interface ProtocolRun {
  protocol: ComparedProtocol;
  /** Runs at most `maxTasks` due tasks; true once the run has reached the scenario's end. */
  advance(maxTasks: number): boolean;
  /** Simulated time reached, 0…1 of the scenario. */
  progress(): number;
  figures(): ProtocolRunFigures;
}

export function startProtocolRun(
  scenario: Scenario,
  groupId: string,
  protocol: ComparedProtocol,
): ProtocolRun {
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
  let countedFrom = scenario.durationMs;
  const end = scenario.durationMs;
  // Per change: when the group last became balanced inside its window (up to the next change).
  let balanced = true;
  let since = 0;
  let window = -1;
  let done = false;
  const closeWindow = () => {
    const c = changes[window];
    if (c) c.balancedAfterMs = balanced ? Math.max(0, since - c.atMs) : null;
  };
  const finish = () => {
    closeWindow();
    if (sim.now < end) advance(sim, end - sim.now);
    done = true;
  };
  return {
    protocol,
    advance(maxTasks) {
      for (let i = 0; i < maxTasks && !done; i++) {
        const next = nextEventTime(sim);
        if (next === undefined || next > end) {
          finish();
          break;
        }
        advance(sim, next - sim.now);
        // Counting starts once the initial members have settled: start-up is not a rebalance to compare.
        if (baseline === null && groupBalanced(g)) {
          baseline = pauseMsSoFar(g, sim.now);
          countedFrom = sim.now;
        }
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
      return done;
    },
    progress: () => (done ? 1 : Math.min(1, sim.now / Math.max(1, end))),
    figures: () => ({
      protocol,
      pausedPartitions: [...paused].sort(),
      pauseMs: pauseMsSoFar(g, sim.now) - (baseline ?? 0),
      recordsReadTwice: g.classic.duplicates,
      changes: changes.map((c) => ({ ...c })),
      countedFromMs: countedFrom,
      endMs: end,
      ownership: ownershipRows(sim, g, countedFrom, sim.now),
    }),
  };
}

function ownershipRows(sim: SimState, g: GroupState, from: number, to: number): OwnershipRow[] {
  const rows = new Map<string, OwnershipRow>();
  for (const topic of g.topics) {
    const count = sim.topics.find((t) => t.name === topic)?.partitions.length ?? 0;
    for (let p = 0; p < count; p++) rows.set(tpKey(topic, p), { partition: tpKey(topic, p), owners: [] });
  }
  for (const s of g.classic.segments) {
    const end = s.to < 0 ? to : s.to;
    if (end <= from) continue;
    let row = rows.get(s.partition);
    if (!row) rows.set(s.partition, (row = { partition: s.partition, owners: [] }));
    row.owners.push({ clientId: s.clientId, from: Math.max(from, s.from), to: end });
  }
  return [...rows.values()];
}

export function runProtocol(
  scenario: Scenario,
  groupId: string,
  protocol: ComparedProtocol,
): ProtocolRunFigures {
  const run = startProtocolRun(scenario, groupId, protocol);
  while (!run.advance(10_000));
  return run.figures();
}

/** The three runs, in the order eager, cooperative, consumer. */
export function compareRebalanceProtocols(scenario: Scenario, groupId: string): ProtocolRunFigures[] {
  return COMPARED_PROTOCOLS.map((p) => runProtocol(scenario, groupId, p));
}
