import { describe, expect, it } from 'vitest';
import { TestCluster } from '../testing/TestCluster';
import type { SimEvent } from '../events/types';
import type { TestScenarioOptions } from '../testing/scenarios';

type Sent = Extract<SimEvent, { type: 'BatchSent' }>;
const sentBatches = (events: SimEvent[]) => events.filter((e): e is Sent => e.type === 'BatchSent');

function run(options: TestScenarioOptions, ms: number) {
  const cluster = TestCluster.from(options);
  const events = cluster.advance(ms).last;
  return { cluster, events, sent: sentBatches(events) };
}

describe('record accumulator: batch.size and linger.ms (kafka-behaviour.md §2.2, S7)', () => {
  it('linger.ms=0 at one record every 10 ms sends about one record per batch', () => {
    const { sent } = run({ producer: { config: { 'linger.ms': 0 } } }, 2000);
    const avg = sent.reduce((n, b) => n + b.records, 0) / sent.length;
    expect(sent.length).toBeGreaterThan(150);
    expect(avg).toBeLessThan(1.1);
  });

  it('linger.ms=50 at one record every 10 ms sends a batch about every 50 ms holding about 5 records', () => {
    const { sent } = run({ producer: { config: { 'linger.ms': 50 } } }, 5000);
    const steady = sent.slice(2);
    const avg = steady.reduce((n, b) => n + b.records, 0) / steady.length;
    expect(avg).toBeGreaterThanOrEqual(4.5);
    expect(avg).toBeLessThanOrEqual(5.5);
    const gaps = steady.slice(1).map((b, i) => b.at - steady[i]!.at);
    const avgGap = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(avgGap).toBeGreaterThanOrEqual(45);
    expect(avgGap).toBeLessThanOrEqual(55);
    expect(steady.every((b) => b.reason === 'linger')).toBe(true);
  });

  it('linger.ms=100 at a low rate holds several records per batch, sent every ~100 ms', () => {
    const { sent } = run(
      { producer: { config: { 'linger.ms': 100 }, workload: { recordsPerSec: 50 } } },
      5000,
    );
    const avg = sent.reduce((n, b) => n + b.records, 0) / sent.length;
    expect(avg).toBeGreaterThanOrEqual(4);
    expect(avg).toBeLessThanOrEqual(6);
    for (const b of sent.slice(1)) expect(b.reason).toBe('linger');
  });

  it('a burst fills batches that leave at once, without waiting for linger.ms; the remainder waits', () => {
    // 400 records of 100 B in the first millisecond, linger.ms = 10 s.
    const { cluster, sent } = run(
      {
        producer: { config: { 'linger.ms': 10000 }, workload: { recordsPerSec: 400000 } },
        timeline: [{ atMs: 1, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 }],
      },
      100,
    );
    expect(sent.length).toBe(2);
    for (const b of sent) {
      expect(b.reason).toBe('full');
      expect(b.at).toBeLessThanOrEqual(1);
      expect(b.records).toBeGreaterThanOrEqual(145);
      expect(b.records).toBeLessThanOrEqual(155);
      expect(b.bytes).toBeLessThanOrEqual(16384);
    }
    const waiting = cluster.snapshot().producers[0]!.batches;
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.count).toBe(400 - sent[0]!.records - sent[1]!.records);
    const later = sentBatches(cluster.advance(10000).last);
    expect(later).toHaveLength(1);
    expect(later[0]!.reason).toBe('linger');
    // The burst arrived at t = 1 ms, so its last batch lingers until 1 + 10000.
    expect(later[0]!.at).toBe(10001);
  });

  it('small batch.size: batches leave full long before linger.ms', () => {
    const { sent } = run(
      { producer: { config: { 'batch.size': 1024, 'linger.ms': 1000 }, workload: { recordsPerSec: 1000 } } },
      2000,
    );
    expect(sent.length).toBeGreaterThan(150);
    const full = sent.filter((b) => b.reason === 'full');
    expect(full.length / sent.length).toBeGreaterThan(0.95);
    for (const b of full) expect(b.bytes).toBeLessThanOrEqual(1024);
  });

  it('a record bigger than batch.size travels alone in an oversized batch, sent at once', () => {
    const { sent } = run(
      { producer: { config: { 'linger.ms': 1000 }, workload: { recordsPerSec: 10, valueBytes: 20000 } } },
      2000,
    );
    expect(sent.length).toBeGreaterThan(10);
    for (const b of sent) {
      expect(b.records).toBe(1);
      expect(b.bytes).toBeGreaterThan(16384);
    }
  });

  it('a record over max.request.size fails with RecordTooLargeException and is never sent', () => {
    const { cluster, sent } = run(
      { producer: { workload: { recordsPerSec: 10, valueBytes: 2_000_000 } } },
      1000,
    );
    expect(sent).toHaveLength(0);
    const p = cluster.snapshot().producers[0]!;
    expect(p.stats.errors['RecordTooLargeException']).toBe(p.stats.failed);
    expect(p.stats.failed).toBeGreaterThan(5);
  });

  it('a full buffer.memory blocks send(); after max.block.ms it fails with BufferExhaustedException', () => {
    // 1 broker, huge network delay so nothing is acknowledged for a long time.
    const { cluster, events } = run(
      {
        networkDelayMs: 60000,
        producer: {
          config: { 'buffer.memory': 65536, 'max.block.ms': 1000 },
          workload: { recordsPerSec: 1000 },
        },
      },
      5000,
    );
    expect(events.some((e) => e.type === 'SendBlocked')).toBe(true);
    const failed = events.filter((e) => e.type === 'SendFailed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((e) => e.type === 'SendFailed' && e.error === 'BufferExhaustedException')).toBe(true);
    expect(cluster.snapshot().producers[0]!.bufferUsed).toBeLessThanOrEqual(65536);
  });
});
