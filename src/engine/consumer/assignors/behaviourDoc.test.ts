/**
 * Every worked example of kafka-behaviour.md §4.9 ("Assignors with worked examples"). Those outputs were
 * produced by running Kafka's real assignor classes; multi-step examples feed each step's result back
 * as the members' owned partitions.
 */
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { expected, parts, rejoin } from './testKit';
import type { MemberSubscription } from './types';

const twoTopics = { t0: 3, t1: 3 };
const orders = { orders: 6 };
const subscribed = (ids: string[], topics: string[]): MemberSubscription[] =>
  ids.map((id) => ({ id, topics }));

describe('kafka-behaviour.md §4.9 — range', () => {
  it('2 topics × 3 partitions, 2 consumers: the extra partition of each topic goes to C0', () => {
    // Source: §4.9 Range, first bullet.
    expect(assign('range', { topics: twoTopics, members: subscribed(['C0', 'C1'], ['t0', 't1']) })).toEqual(
      expected({ C0: 't0-0, t0-1, t1-0, t1-1', C1: 't0-2, t1-2' }),
    );
  });

  it('2 topics × 3 partitions, 3 consumers', () => {
    // Source: §4.9 Range, second bullet.
    expect(
      assign('range', { topics: twoTopics, members: subscribed(['C0', 'C1', 'C2'], ['t0', 't1']) }),
    ).toEqual(expected({ C0: 't0-0, t1-0', C1: 't0-1, t1-1', C2: 't0-2, t1-2' }));
  });

  it('orders × 6: 3 consumers, then C3 joins, then (from 3) C1 leaves', () => {
    // Source: §4.9 Range, third bullet (three steps).
    const three = subscribed(['C0', 'C1', 'C2'], ['orders']);
    expect(assign('range', { topics: orders, members: three })).toEqual(
      expected({ C0: 'orders-0, orders-1', C1: 'orders-2, orders-3', C2: 'orders-4, orders-5' }),
    );
    expect(
      assign('range', { topics: orders, members: subscribed(['C0', 'C1', 'C2', 'C3'], ['orders']) }),
    ).toEqual(
      expected({ C0: 'orders-0, orders-1', C1: 'orders-2, orders-3', C2: 'orders-4', C3: 'orders-5' }),
    );
    expect(assign('range', { topics: orders, members: subscribed(['C0', 'C2'], ['orders']) })).toEqual(
      expected({ C0: 'orders-0, orders-1, orders-2', C2: 'orders-3, orders-4, orders-5' }),
    );
  });
});

describe('kafka-behaviour.md §4.9 — roundrobin', () => {
  it('2 topics × 3 partitions, 2 consumers (balanced 3/3)', () => {
    // Source: §4.9 RoundRobin, first bullet.
    expect(
      assign('roundrobin', { topics: twoTopics, members: subscribed(['C0', 'C1'], ['t0', 't1']) }),
    ).toEqual(expected({ C0: 't0-0, t0-2, t1-1', C1: 't0-1, t1-0, t1-2' }));
  });

  it('2 topics × 3 partitions, 3 consumers', () => {
    // Source: §4.9 RoundRobin, second bullet.
    const members = subscribed(['C0', 'C1', 'C2'], ['t0', 't1']);
    expect(assign('roundrobin', { topics: twoTopics, members })).toEqual(
      expected({ C0: 't0-0, t1-0', C1: 't0-1, t1-1', C2: 't0-2, t1-2' }),
    );
  });

  it('orders × 6: 3 consumers, C3 joins (3 of 6 move), C1 leaves (not sticky)', () => {
    // Source: §4.9 RoundRobin, third bullet (three steps).
    expect(
      assign('roundrobin', { topics: orders, members: subscribed(['C0', 'C1', 'C2'], ['orders']) }),
    ).toEqual(expected({ C0: 'orders-0, orders-3', C1: 'orders-1, orders-4', C2: 'orders-2, orders-5' }));
    const four = subscribed(['C0', 'C1', 'C2', 'C3'], ['orders']);
    expect(assign('roundrobin', { topics: orders, members: four })).toEqual(
      expected({ C0: 'orders-0, orders-4', C1: 'orders-1, orders-5', C2: 'orders-2', C3: 'orders-3' }),
    );
    expect(assign('roundrobin', { topics: orders, members: subscribed(['C0', 'C2'], ['orders']) })).toEqual(
      expected({ C0: 'orders-0, orders-2, orders-4', C2: 'orders-1, orders-3, orders-5' }),
    );
  });
});

describe('kafka-behaviour.md §4.9 — sticky', () => {
  it('2 topics × 3 partitions, 2 consumers; then C2 joins and only 2 partitions move', () => {
    // Source: §4.9 Sticky, first bullet (two steps).
    const first = assign('sticky', { topics: twoTopics, members: subscribed(['C0', 'C1'], ['t0', 't1']) });
    expect(first).toEqual(expected({ C0: 't0-0, t0-2, t1-1', C1: 't0-1, t1-0, t1-2' }));
    const members = [
      ...rejoin(first, subscribed(['C0', 'C1'], ['t0', 't1'])),
      { id: 'C2', topics: ['t0', 't1'] },
    ];
    expect(assign('sticky', { topics: twoTopics, members })).toEqual(
      expected({ C0: 't0-0, t1-1', C1: 't0-1, t1-0', C2: 't0-2, t1-2' }),
    );
  });

  it('orders × 6: 3 consumers, C3 joins (1 move), then C1 leaves (only its partitions move)', () => {
    // Source: §4.9 Sticky, second bullet (the join and the leave both start from the 3-consumer state).
    const three = subscribed(['C0', 'C1', 'C2'], ['orders']);
    const start = assign('sticky', { topics: orders, members: three });
    expect(start).toEqual(
      expected({ C0: 'orders-0, orders-3', C1: 'orders-1, orders-4', C2: 'orders-2, orders-5' }),
    );
    const joined = [...rejoin(start, three), { id: 'C3', topics: ['orders'] }];
    expect(assign('sticky', { topics: orders, members: joined })).toEqual(
      expected({ C0: 'orders-0, orders-3', C1: 'orders-1, orders-4', C2: 'orders-2', C3: 'orders-5' }),
    );
    const left = rejoin(start, subscribed(['C0', 'C2'], ['orders']));
    expect(assign('sticky', { topics: orders, members: left })).toEqual(
      expected({ C0: 'orders-0, orders-1, orders-3', C2: 'orders-2, orders-4, orders-5' }),
    );
  });
});

describe('kafka-behaviour.md §4.9 — cooperative-sticky', () => {
  it('2 × 3: C2 joins; rebalance 1 holds back the moving partitions, rebalance 2 hands them over', () => {
    // Source: §4.9 CooperativeSticky, first bullet.
    const owners = [
      { id: 'C0', topics: ['t0', 't1'], owned: parts('t0-0, t0-2, t1-1') },
      { id: 'C1', topics: ['t0', 't1'], owned: parts('t0-1, t1-0, t1-2') },
      { id: 'C2', topics: ['t0', 't1'] },
    ];
    const first = assign('cooperative-sticky', { topics: twoTopics, members: owners });
    expect(first).toEqual(expected({ C0: 't0-0, t1-1', C1: 't0-1, t1-0', C2: '' }));
    const second = assign('cooperative-sticky', { topics: twoTopics, members: rejoin(first, owners) });
    expect(second).toEqual(expected({ C0: 't0-0, t1-1', C1: 't0-1, t1-0', C2: 't0-2, t1-2' }));
  });

  it('orders × 6: C3 joins; C2 revokes only orders-5, which C3 gets in rebalance 2', () => {
    // Source: §4.9 CooperativeSticky, second bullet.
    const owners = [
      { id: 'C0', topics: ['orders'], owned: parts('orders-0, orders-3') },
      { id: 'C1', topics: ['orders'], owned: parts('orders-1, orders-4') },
      { id: 'C2', topics: ['orders'], owned: parts('orders-2, orders-5') },
      { id: 'C3', topics: ['orders'] },
    ];
    const first = assign('cooperative-sticky', { topics: orders, members: owners });
    expect(first).toEqual(
      expected({ C0: 'orders-0, orders-3', C1: 'orders-1, orders-4', C2: 'orders-2', C3: '' }),
    );
    const second = assign('cooperative-sticky', { topics: orders, members: rejoin(first, owners) });
    expect(second).toEqual(
      expected({ C0: 'orders-0, orders-3', C1: 'orders-1, orders-4', C2: 'orders-2', C3: 'orders-5' }),
    );
  });

  it('a member that leaves frees its partitions at once: one rebalance is enough', () => {
    // Source: §4.9 CooperativeSticky, third bullet.
    const owners = [
      { id: 'C0', topics: ['orders'], owned: parts('orders-0, orders-3') },
      { id: 'C2', topics: ['orders'], owned: parts('orders-2, orders-5') },
    ];
    expect(assign('cooperative-sticky', { topics: orders, members: owners })).toEqual(
      expected({ C0: 'orders-0, orders-1, orders-3', C2: 'orders-2, orders-4, orders-5' }),
    );
  });
});
