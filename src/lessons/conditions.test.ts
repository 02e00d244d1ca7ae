import { describe, expect, it } from 'vitest';
import type { SimEvent, SimSnapshot } from '../engine';
import { compare, holds, observe, resolvePath, startTracking } from './conditions';
import type { Condition } from './types';

const snap = {
  now: 1000,
  producers: [{ id: 'p1', config: { 'linger.ms': 5 }, stats: { acked: 10 } }],
  partitions: [
    { topic: 'orders', partition: 0, replication: { isr: [0, 1] } },
    { topic: 'orders', partition: 1, replication: { isr: [1] } },
  ],
  records: { lostAfterAck: 0 },
} as unknown as SimSnapshot;

const batch = (at: number, records: number, reason = 'linger') =>
  ({ type: 'BatchSent', at, records, reason }) as unknown as SimEvent;

describe('read-model paths', () => {
  it('pick elements by id, by topic/partition and by index, and read dotted keys', () => {
    expect(resolvePath(snap, 'producers[p1].stats.acked')).toBe(10);
    expect(resolvePath(snap, 'partitions[orders/1].replication.isr')).toEqual([1]);
    expect(resolvePath(snap, 'partitions[0].replication.isr.length')).toBe(2);
    expect(resolvePath(snap, 'producers[p1].config[linger.ms]')).toBe(5);
    expect(resolvePath(snap, 'producers[nope].stats')).toBeUndefined();
    expect(resolvePath(snap, 'records.missing.deeper')).toBeUndefined();
  });

  it('compare arrays element by element and refuse to order non-numbers', () => {
    expect(compare([0, 1], '==', [0, 1])).toBe(true);
    expect(compare([0, 1], '==', [1, 0])).toBe(false);
    expect(compare('Stable', '>', 1)).toBe(false);
    expect(compare(3, '>=', 3)).toBe(true);
  });
});

describe('conditions over events', () => {
  it('count and average only the events since the step began', () => {
    const count: Condition = { event: 'BatchSent', where: { reason: 'full' }, atLeast: 2 };
    const avg: Condition = { average: 'BatchSent', field: 'records', atLeast: 2, op: '>=', than: 20 };
    const tracker = startTracking(snap, [count, avg]);
    observe(tracker, [batch(500, 100, 'full'), batch(1000, 10, 'full')]);
    expect(holds(count, snap, tracker)).toBe(false);
    observe(tracker, [batch(1100, 30, 'full')]);
    expect(holds(count, snap, tracker)).toBe(true);
    expect(holds(avg, snap, tracker)).toBe(true); // (10 + 30) / 2 = 20
    expect(holds({ not: avg }, snap, tracker)).toBe(false);
  });

  it('measure change from the step’s start and elapsed time', () => {
    const tracker = startTracking(snap, [{ change: 'producers[p1].stats.acked', op: '>=', than: 5 }]);
    const later = {
      ...snap,
      now: 4000,
      producers: [{ id: 'p1', stats: { acked: 16 } }],
    } as unknown as SimSnapshot;
    expect(holds({ change: 'producers[p1].stats.acked', op: '>=', than: 5 }, later, tracker)).toBe(true);
    expect(holds({ elapsedMs: 3000 }, later, tracker)).toBe(true);
    expect(holds({ elapsedMs: 3001 }, later, tracker)).toBe(false);
  });
});
