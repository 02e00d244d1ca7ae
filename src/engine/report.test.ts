import { describe, expect, it } from 'vitest';
import { buildReport } from './index';
import { TestCluster } from './testing/TestCluster';

describe('run report: replication fields', () => {
  it('reports leader, replicas, ISR, HW, per-replica log ends, record fates and errors by exception', () => {
    const cluster = TestCluster.replicated({
      producerConfig: { acks: '1', 'enable.idempotence': false },
      timeline: [
        { atMs: 0, action: 'slowFollower', broker: 1, fetchDelayMs: 300 },
        { atMs: 0, action: 'slowFollower', broker: 2, fetchDelayMs: 300 },
        { atMs: 2000, action: 'crashBroker', broker: 0 },
      ],
    });
    cluster.advance(15000);
    const r = buildReport(cluster.sim);
    const p = r.partitions[0]!;
    expect(p.leader).toBe(1);
    expect(p.replicas).toEqual([0, 1, 2]);
    expect(p.isr).toEqual([1, 2]);
    expect(Object.keys(p.replicaLogEndOffsets)).toEqual(['0', '1', '2']);
    expect(p.replicaLogEndOffsets['1']).toBe(p.logEndOffset);
    expect(r.records.lostAfterAck).toBeGreaterThan(0);
    expect(r.records).toHaveProperty('duplicated', 0);
    expect(r.records).toHaveProperty('reordered', 0);
    expect(r.errors).toEqual({});
    // Sends to the crashed leader failed (connection refused) and were retried on the new leader.
    expect(r.attemptErrors['NetworkException']).toBeGreaterThan(0);
  });
});
