/**
 * flush(), close(), close(0) and a killed process — scenario S8 of kafka-behaviour.md: linger.ms=10000,
 * 10 records buffered, then one of the four. Outcomes are Kafka's (§2.3), not the engine's.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../index';
import type { Action } from '../../actions/types';
import { ofType, TestCluster } from '../../testing/TestCluster';

/** 10 records at 100/s during the first 100 ms, then silence; one partition; broker 1 ms away. */
type LifecycleCall =
  { action: 'flushProducer' | 'killProducer' } | { action: 'closeProducer'; timeoutMs?: number };

function s8(action: LifecycleCall, extra: Record<string, number> = {}) {
  const cluster = TestCluster.recording({
    partitions: 1,
    producer: { config: { 'linger.ms': 10000, ...extra }, workload: { recordsPerSec: 100 } },
    timeline: [{ atMs: 101, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 }],
  }).advance(200);
  expect(cluster.eventsOf('RecordAppended').reduce((n, e) => n + e.count, 0)).toBe(10);
  expect(cluster.eventsOf('BatchSent')).toEqual([]);
  const events = cluster
    .clearEvents()
    .apply({ ...action, producer: 'p1' } as Action)
    .advance(30000).events;
  return { sim: cluster.sim, events, report: buildReport(cluster.sim) };
}

describe('S8: closing the producer with 10 records buffered and linger.ms=10000', () => {
  it('close(): sends them at once (linger ignored), waits for the acks, then closes; nothing lost', () => {
    const { events, sim, report } = s8({ action: 'closeProducer' });
    const sent = ofType(events, 'BatchSent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.at).toBe(200);
    expect(sent[0]!.reason).toBe('close');
    const acked = ofType(events, 'ProduceAcked')[0]!;
    const closed = ofType(events, 'ProducerClosed')[0]!;
    expect(closed.forced).toBe(false);
    expect(closed.at).toBeGreaterThanOrEqual(acked.at);
    expect(sim.topics[0]!.partitions[0]!.logEndOffset).toBe(10);
    expect(report.records.lost).toBe(0);
    expect(report.producers['p1']!.errors).toEqual({});
  });

  it('close(Duration.ZERO): every buffered record fails with "Producer is closed forcefully."; nothing reaches the broker', () => {
    const { events, sim, report } = s8({ action: 'closeProducer', timeoutMs: 0 });
    const failed = ofType(events, 'SendFailed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toBe('KafkaException');
    expect(failed[0]!.message).toBe('Producer is closed forcefully.');
    expect(failed[0]!.records).toBe(10);
    expect(ofType(events, 'BatchSent')).toEqual([]);
    expect(sim.topics[0]!.partitions[0]!.logEndOffset).toBe(0);
    expect(report.producers['p1']!.errors).toEqual({ KafkaException: 10 });
    expect(report.records.lost).toBe(10);
  });

  it('kill -9: the records vanish silently — no callback, no error, nothing on the broker', () => {
    const { events, sim, report } = s8({ action: 'killProducer' });
    expect(ofType(events, 'SendFailed')).toEqual([]);
    expect(ofType(events, 'ProducerKilled')[0]!.lost).toBe(10);
    expect(sim.topics[0]!.partitions[0]!.logEndOffset).toBe(0);
    expect(report.producers['p1']!.failed).toBe(0);
    expect(report.records.lost).toBe(10);
  });

  it('flush(): sends them at once and returns after the acks; the producer keeps running', () => {
    const { events, sim } = s8({ action: 'flushProducer' });
    const sent = ofType(events, 'BatchSent');
    expect(sent[0]!.at).toBe(200);
    expect(sent[0]!.reason).toBe('flush');
    const done = ofType(events, 'FlushCompleted')[0]!;
    expect(done.at).toBeGreaterThanOrEqual(ofType(events, 'ProduceAcked')[0]!.at);
    expect(sim.producers[0]!.lifecycle).toBe('running');
  });

  it('close(timeout) that runs out while a response is still on its way force-closes at the deadline', () => {
    const cluster = TestCluster.recording({
      partitions: 1,
      networkDelayMs: 5000,
      producer: { config: { 'linger.ms': 10000 }, workload: { recordsPerSec: 100 } },
      timeline: [{ atMs: 101, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 }],
      group: null,
    }).advance(200);
    const sim = cluster.sim;
    const events = cluster
      .clearEvents()
      .apply({ action: 'closeProducer', producer: 'p1', timeoutMs: 1000 })
      .advance(20000).events;
    const closed = ofType(events, 'ProducerClosed')[0]!;
    expect(closed.at).toBe(1200);
    expect(closed.forced).toBe(true);
    // The batch was on the wire: the broker still writes it, but the client reported it failed.
    expect(sim.topics[0]!.partitions[0]!.logEndOffset).toBe(10);
    expect(ofType(events, 'SendFailed')[0]!.records).toBe(10);
    expect(ofType(events, 'ProduceAcked')).toEqual([]);
  });

  it('a closed producer sends nothing more', () => {
    const cluster = TestCluster.from({ partitions: 1, producer: { workload: { recordsPerSec: 100 } } })
      .advance(500)
      .apply({ action: 'closeProducer', producer: 'p1' });
    const sent = cluster.sim.producers[0]!.stats.sent;
    const later = cluster.advance(2000).last;
    expect(cluster.sim.producers[0]!.stats.sent).toBe(sent);
    expect(ofType(later, 'RecordAppended')).toEqual([]);
  });
});
