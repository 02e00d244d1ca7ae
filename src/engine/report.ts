/** The headless run report printed by the CLI (and asserted by golden tests). */
import type { SimState } from './model/state';
import { snapshot } from './snapshot';

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface RunReport {
  scenario: string;
  seed: number;
  simulatedMs: number;
  kafkaVersion: string;
  producers: Record<
    string,
    {
      sent: number;
      acked: number;
      failed: number;
      batches: number;
      avgRecordsPerBatch: number;
      avgBatchBytes: number;
      avgLatencyMs: number;
      errors: Record<string, number>;
    }
  >;
  partitions: { topic: string; partition: number; logEndOffset: number; highWatermark: number }[];
  groups: Record<
    string,
    {
      committed: Record<string, number>;
      lag: Record<string, number | null>;
      totalLag: number;
      consumed: number;
      state: string;
      generation: number;
      protocol: string;
      assignor: string | null;
      /** client.id → partitions, from the coordinator's current assignment. */
      assignment: Record<string, string[]>;
      rebalances: number;
      totalPauseMs: number;
      duplicates: number;
    }
  >;
  records: { produced: number; acked: number; failed: number; consumed: number };
}

export function buildReport(sim: SimState): RunReport {
  const snap = snapshot(sim);
  const producers: RunReport['producers'] = {};
  for (const p of snap.producers) {
    producers[p.id] = {
      sent: p.stats.sent,
      acked: p.stats.acked,
      failed: p.stats.failed,
      batches: p.stats.batchesSent,
      avgRecordsPerBatch: round2(p.stats.avgRecordsPerBatch),
      avgBatchBytes: round2(p.stats.avgBatchBytes),
      avgLatencyMs: round2(p.stats.avgLatencyMs),
      errors: p.stats.errors,
    };
  }
  const groups: RunReport['groups'] = {};
  for (const g of snap.groups) {
    const committed: Record<string, number> = {};
    const lag: Record<string, number | null> = {};
    for (const p of g.partitions) {
      committed[`${p.topic}-${p.partition}`] = p.committed;
      lag[`${p.topic}-${p.partition}`] = p.lag;
    }
    groups[g.id] = {
      committed,
      lag,
      totalLag: g.stats.totalLag,
      consumed: g.stats.consumed,
      state: g.classic.phase,
      generation: g.classic.generation,
      protocol: g.classic.protocol,
      assignor: g.classic.assignor,
      assignment: Object.fromEntries(g.classic.coordinatorMembers.map((m) => [m.clientId, m.assignment])),
      rebalances: g.classic.rebalanceCount,
      totalPauseMs: g.classic.totalPauseMs,
      duplicates: g.classic.duplicates,
    };
  }
  return {
    scenario: sim.scenario.name,
    seed: sim.scenario.seed,
    simulatedMs: sim.now,
    kafkaVersion: sim.scenario.kafkaVersion,
    producers,
    partitions: snap.partitions.map((p) => ({
      topic: p.topic,
      partition: p.partition,
      logEndOffset: p.logEndOffset,
      highWatermark: p.highWatermark,
    })),
    groups,
    records: {
      produced: snap.producers.reduce((n, p) => n + p.stats.sent, 0),
      acked: snap.producers.reduce((n, p) => n + p.stats.acked, 0),
      failed: snap.producers.reduce((n, p) => n + p.stats.failed, 0),
      consumed: snap.groups.reduce((n, g) => n + g.stats.consumed, 0),
    },
  };
}
