/** The consumer-group fields of the run report that come straight from the engine state (per member, per rebalance). */
import type { GroupState } from './model/state';

export interface RebalanceReport {
  generation: number;
  protocol: string;
  assignor: string;
  reason: string;
  startedAt: number;
  /** -1 while the generation is not yet Stable. */
  stableAt: number;
  /** client.id → partitions it gave up in this rebalance (EAGER: all it owned; COOPERATIVE: only those moving). */
  revoked: Record<string, string[]>;
  /** Partition → ms without a consuming member, for the pauses this rebalance ended. */
  paused: Record<string, number>;
}

export interface GroupReportExtras {
  /** client.id → records poll() returned to that member (a restarted client.id adds up). */
  consumedByMember: Record<string, number>;
  /** The most recent rebalances (the engine keeps a bounded history), oldest first. */
  rebalanceHistory: RebalanceReport[];
  /** Partition → ms paused so far, for pauses still running when the report was taken. */
  pausedNow: Record<string, number>;
  /** Records below the high watermark that auto.offset.reset=latest jumped over. */
  skippedByLatestReset: number;
}

const sortedKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]!]),
  );

export function groupReportExtras(g: GroupState, now: number): GroupReportExtras {
  const consumedByMember: Record<string, number> = {};
  for (const m of g.members) consumedByMember[m.clientId] = (consumedByMember[m.clientId] ?? 0) + m.consumed;
  const pausedNow: Record<string, number> = {};
  for (const [key, since] of Object.entries(g.classic.pausedSince)) pausedNow[key] = now - since;
  return {
    consumedByMember,
    rebalanceHistory: g.classic.history.map((r) => ({
      generation: r.generation,
      protocol: r.protocol,
      assignor: r.assignor,
      reason: r.reason,
      startedAt: r.startedAt,
      stableAt: r.stableAt,
      revoked: sortedKeys(Object.fromEntries(Object.entries(r.revoked).map(([k, v]) => [k, [...v]]))),
      paused: sortedKeys(r.paused),
    })),
    pausedNow: sortedKeys(pausedNow),
    skippedByLatestReset: g.stats.skippedByLatestReset,
  };
}
