/** The headless run report printed by the CLI (and asserted by golden tests). */
import { consumerProtocolReport } from './consumer/consumerProtocol/report';
import type { SimState } from './model/state';
import { snapshot } from './snapshot';
import { errorsByName } from './broker/replicationModel';
import { groupReportExtras, type GroupReportExtras } from './reportGroups';
import { idTable } from './core/idTable';

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface RunReport {
  scenario: string;
  seed: number;
  simulatedMs: number;
  kafkaVersion: string;
  producers: Record<
    string,
    {
      /** Records the application passed to send() that the call finished with: appended + rejected. */
      sent: number;
      /** Records send() put into the accumulator (batches); only these can be acked, fail later or be lost. */
      appended: number;
      /** Records send() refused before the accumulator (RecordTooLarge, BufferExhausted, …); counted in failed. */
      rejected: number;
      /** Records a broker acknowledged. */
      acked: number;
      /** Records whose send failed for good: rejected + appended records whose batch failed (e.g. expired). */
      failed: number;
      batches: number;
      avgRecordsPerBatch: number;
      avgBatchBytes: number;
      avgLatencyMs: number;
      /** Failed records by exception name, e.g. { "BufferExhaustedException": 3 }. */
      errors: Record<string, number>;
      /** Records send() accepted that never reached a broker (killed or force-closed with them buffered). */
      lost: number;
      bytesBeforeCompression: number;
      bytesAfterCompression: number;
      compressionCpuMs: number;
    }
  >;
  partitions: {
    topic: string;
    partition: number;
    logEndOffset: number;
    highWatermark: number;
    /** -1 while the partition is offline. */
    leader: number;
    replicas: number[];
    isr: number[];
    /** Log end offset per replica, keyed by broker id. */
    replicaLogEndOffsets: Record<string, number>;
  }[];
  groups: Record<
    string,
    GroupReportExtras & {
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
      /**
       * Consumer-side errors by exception name: fetch errors (NotLeaderOrFollowerException,
       * OffsetOutOfRangeException) and coordinator errors (RetriableCommitFailedException and the
       * DisconnectException / NotCoordinatorException / CoordinatorNotAvailableException that made the
       * members look for the coordinator again), and what the application saw: CommitFailedException,
       * RebalanceInProgressException, NoOffsetForPartitionException, TimeoutException (commitSync).
       */
      errors: Record<string, number>;
      /** KIP-848 groups only: epochs, member states and recent reconciliation steps. */
      consumerProtocol?: ReturnType<typeof consumerProtocolReport>['consumerProtocol'];
    }
  >;
  records: {
    produced: number;
    acked: number;
    failed: number;
    consumed: number;
    lostAfterAck: number;
    duplicated: number;
    reordered: number;
    /** Records the producer lost without a callback (process killed) or failed at close(0). */
    lost: number;
  };
  /** Records that failed for good, by exception name. */
  errors: Record<string, number>;
  /** Failed produce attempts (each retry counts), by exception name. */
  attemptErrors: Record<string, number>;
}

export function buildReport(sim: SimState): RunReport {
  const snap = snapshot(sim);
  const producers: RunReport['producers'] = idTable(); // ids may be __proto__ (core/idTable.ts)
  for (const p of snap.producers) {
    producers[p.id] = {
      sent: p.stats.sent + p.stats.rejected,
      appended: p.stats.sent,
      rejected: p.stats.rejected,
      acked: p.stats.acked,
      failed: p.stats.failed,
      batches: p.stats.batchesSent,
      avgRecordsPerBatch: round2(p.stats.avgRecordsPerBatch),
      avgBatchBytes: round2(p.stats.avgBatchBytes),
      avgLatencyMs: round2(p.stats.avgLatencyMs),
      errors: p.stats.errors,
      lost: p.stats.lost,
      bytesBeforeCompression: p.stats.bytesBeforeCompression,
      bytesAfterCompression: p.stats.bytesAfterCompression,
      compressionCpuMs: round2(p.stats.compressionCpuMicros / 1000),
    };
  }
  const groups: RunReport['groups'] = idTable();
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
      errors: g.stats.errors,
      ...groupReportExtras(
        sim.groups.find((x) => x.id === g.id)!,
        sim.now,
      ),
      ...consumerProtocolReport(g.consumerProtocol),
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
      leader: p.leader,
      replicas: p.replication.replicas,
      isr: p.replication.isr,
      replicaLogEndOffsets: Object.fromEntries(
        p.replication.replicaViews.map((r) => [String(r.broker), r.logEndOffset]),
      ),
    })),
    groups,
    records: {
      produced: sim.producers.reduce((n, p) => n + p.stats.sent + p.stats.rejected, 0),
      acked: snap.producers.reduce((n, p) => n + p.stats.acked, 0),
      failed: snap.producers.reduce((n, p) => n + p.stats.failed, 0),
      consumed: snap.groups.reduce((n, g) => n + g.stats.consumed, 0),
      lostAfterAck: snap.records.lostAfterAck,
      duplicated: snap.records.duplicated,
      reordered: snap.records.reordered,
      lost: snap.producers.reduce((n, p) => n + p.stats.lost, 0),
    },
    errors: errorsByName(sim),
    attemptErrors: sim.producers.reduce<Record<string, number>>((acc, p) => {
      for (const [k, v] of Object.entries(p.delivery.attemptErrors)) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {}),
  };
}
