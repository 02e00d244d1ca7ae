/**
 * The version profile: Kafka 3.7 changed two rules this model shows (kafka-behaviour.md §1, §3.3):
 * the high watermark no longer advances under min ISR (KAFKA-15583), and retry backoff became
 * exponential (KIP-580). The '3.6' profile keeps the older rules.
 */
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../events/types';
import type { Scenario } from '../model/scenario';
import { TestCluster } from '../testing/TestCluster';

const failed = (events: SimEvent[]) => events.filter((e) => e.type === 'ProduceFailed');

describe('high watermark under min ISR', () => {
  const run = (kafkaVersion: Scenario['kafkaVersion']) => {
    const cluster = TestCluster.replicated({
      kafkaVersion,
      recordsPerSec: 0,
      producerConfig: { acks: '1' },
      topicConfig: { 'min.insync.replicas': 2 },
      timeline: [
        { atMs: 0, action: 'crashBroker', broker: 1 },
        { atMs: 0, action: 'crashBroker', broker: 2 },
        { atMs: 10000, action: 'setWorkload', producer: 'p1', recordsPerSec: 2 },
        { atMs: 10600, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 },
      ],
    });
    return cluster.advance(20000).snapshot();
  };

  it('3.7+: an acks=1 write to an ISR of {leader} is acknowledged but stays invisible', () => {
    const s = run('3.x');
    expect(s.partitions[0]!.highWatermark).toBe(0);
    expect(s.groups[0]!.stats.consumed).toBe(0);
  });

  it('before 3.7: the high watermark advances with an ISR of one and the consumer reads it', () => {
    const s = run('3.6');
    expect(s.partitions[0]!.highWatermark).toBe(1);
    expect(s.groups[0]!.stats.consumed).toBe(1);
  });
});

describe('NotEnoughReplicasAfterAppendException', () => {
  const run = (kafkaVersion: Scenario['kafkaVersion']) => {
    const cluster = TestCluster.replicated({
      kafkaVersion,
      recordsPerSec: 20,
      clusterConfig: { 'replica.lag.time.max.ms': 4000 },
      topicConfig: { 'min.insync.replicas': 2 },
      producerConfig: { 'request.timeout.ms': 30000 },
      timeline: [
        { atMs: 1000, action: 'isolateBroker', broker: 1, isolated: true },
        { atMs: 1000, action: 'isolateBroker', broker: 2, isolated: true },
      ],
    });
    return failed(cluster.advance(8000).last);
  };

  it('before 3.7: writes appended while the ISR was big enough fail after append once it shrinks below min ISR', () => {
    const errors = run('3.6').map((e) => e.error);
    expect(errors).toContain('NotEnoughReplicasAfterAppendException');
    expect(errors).toContain('NotEnoughReplicasException');
  });

  it('3.7+: the high watermark stays put instead, so those writes wait (and later writes are rejected before append)', () => {
    const errors = run('4.0').map((e) => e.error);
    expect(errors).not.toContain('NotEnoughReplicasAfterAppendException');
  });
});

describe('retry backoff', () => {
  const gaps = (kafkaVersion: Scenario['kafkaVersion']) => {
    const cluster = TestCluster.replicated({
      kafkaVersion,
      recordsPerSec: 0,
      topicConfig: { 'min.insync.replicas': 2 },
      timeline: [
        { atMs: 0, action: 'crashBroker', broker: 1 },
        { atMs: 0, action: 'crashBroker', broker: 2 },
        { atMs: 10000, action: 'setWorkload', producer: 'p1', recordsPerSec: 2 },
        { atMs: 10600, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 },
      ],
    });
    const f = failed(cluster.advance(13000).last);
    return f.slice(1, 6).map((e, i) => e.at - f[i]!.at - 4);
  };

  it('before 3.7: a flat retry.backoff.ms (100 ms) between attempts', () => {
    expect(gaps('3.6')).toEqual([100, 100, 100, 100, 100]);
  });

  it('3.7+: exponential with jitter (the third wait is already over 300 ms)', () => {
    expect(gaps('3.x')[2]).toBeGreaterThan(300);
  });
});
