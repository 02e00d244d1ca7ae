/**
 * The leader's producer state keeps the producer epoch and the partition leader epoch apart (issue 14
 * item 1). Follows Kafka's ProducerStateManager / ProducerAppendInfo: a batch header carries both, and
 * only the producer epoch fences a producer; the duplicate check looks at the same epoch's batches only
 * (ProducerStateEntry.findDuplicateBatch), and a new epoch starts at sequence 0.
 */
import { describe, expect, it } from 'vitest';
import type { PartitionState, WireBatch } from '../model/state';
import { TestCluster } from '../testing/TestCluster';
import { checkSequence, rebuildProducerStates, rememberBatch } from './producerState';

function wire(sequence: number, epoch: number, count = 1): WireBatch {
  return {
    id: 1,
    topic: 'orders',
    partition: 0,
    count,
    bytes: 100,
    baseSequence: sequence,
    sequence,
    createdAt: 0,
    sumAppendAt: 0,
    reason: 'linger',
    capacity: 100,
    pid: 1000,
    epoch,
  };
}

describe('producer state on the leader', () => {
  it('is rebuilt with the producer epoch, not the partition leader epoch', () => {
    const tp = { batches: [], producerStates: [], logEndOffset: 2 } as unknown as PartitionState;
    tp.batches.push(
      {
        baseOffset: 0,
        count: 1,
        bytes: 1,
        producer: 'p1',
        baseSequence: 0,
        createdAt: 0,
        appendedAt: 0,
        pid: 1000,
        producerEpoch: 0,
        sequence: 0,
        leaderEpoch: 2,
      },
      {
        baseOffset: 1,
        count: 1,
        bytes: 1,
        producer: 'p1',
        baseSequence: 1,
        createdAt: 0,
        appendedAt: 0,
        pid: 1000,
        producerEpoch: 0,
        sequence: 1,
        leaderEpoch: 3,
      },
    );
    rebuildProducerStates(tp);
    expect(tp.producerStates[0]!.epoch).toBe(0);
    expect(checkSequence(tp, wire(2, 0))).toEqual({ kind: 'append' });
  });

  it('a new epoch starts at sequence 0, even where an old-epoch batch had the same range', () => {
    const tp = { producerStates: [] } as unknown as PartitionState;
    rememberBatch(tp, 1000, 0, 0, 1, 0);
    rememberBatch(tp, 1000, 0, 1, 1, 1);
    expect(checkSequence(tp, wire(0, 0))).toEqual({ kind: 'duplicate', offset: 0 });
    expect(checkSequence(tp, wire(0, 1))).toEqual({ kind: 'append' });
    expect(checkSequence(tp, wire(5, 1))).toEqual({ kind: 'outOfOrder', expected: 0 });
  });

  it('three brokers, RF 3, min.insync.replicas=2: after broker 0 and then broker 1 fail over, nothing is fenced and every record is acknowledged', () => {
    const cluster = TestCluster.replicated({
      topicConfig: { 'min.insync.replicas': 2 },
      timeline: [
        { atMs: 5000, action: 'crashBroker', broker: 0 },
        { atMs: 15000, action: 'restartBroker', broker: 0 },
        { atMs: 25000, action: 'crashBroker', broker: 1 },
        { atMs: 35000, action: 'restartBroker', broker: 1 },
      ],
    }).advance(90000);
    const errors = new Set(cluster.eventsOf('ProduceFailed').map((e) => e.error));
    expect(errors.has('InvalidProducerEpochException')).toBe(false);
    expect(cluster.partition('orders-0').isr).toEqual([0, 1, 2]);
    const p = cluster.snapshot().producers[0]!;
    expect(p.stats.failed).toBe(0);
    // 100 records/s for 90 s; the last few are still on their way at the end.
    expect(p.stats.acked).toBeGreaterThan(8990);
    expect(cluster.snapshot().records.duplicated).toBe(0);
  });
});
