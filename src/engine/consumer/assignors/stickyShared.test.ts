/**
 * Cases Kafka's `AbstractStickyAssignorTest` runs for both sticky assignors, run here for both with
 * `describe.each`: fresh assignments (nothing owned, so nothing to revoke) and owned-partition cases where
 * nothing is revoked, so the cooperative assignor's result equals the eager one's in one round.
 * Assignor-specific cases stay in sticky.test.ts, stickyGenerations.test.ts and cooperativeSticky.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { expected, parts } from './testKit';
import type { MemberSubscription } from './types';

const m = (id: string, topics: string[], owned = '', generation?: number): MemberSubscription => ({
  id,
  topics,
  owned: parts(owned),
  ...(generation === undefined ? {} : { generation }),
});

describe.each(['sticky', 'cooperative-sticky'] as const)('%s assignor (shared cases)', (assignor) => {
  const run = (topics: Record<string, number>, members: MemberSubscription[]) =>
    assign(assignor, { topics, members });

  describe('fresh assignments', () => {
    it('one consumer, two topics', () => {
      // Source: AbstractStickyAssignorTest.testOneConsumerMultipleTopics
      expect(run({ topic1: 1, topic2: 2 }, [m('consumer', ['topic1', 'topic2'])])).toEqual(
        expected({ consumer: 'topic1-0, topic2-0, topic2-1' }),
      );
    });

    it('two consumers, one topic with two partitions', () => {
      // Source: AbstractStickyAssignorTest.testTwoConsumersOneTopicTwoPartitions
      expect(run({ topic: 2 }, [m('consumer1', ['topic']), m('consumer2', ['topic'])])).toEqual(
        expected({ consumer1: 'topic-0', consumer2: 'topic-1' }),
      );
    });

    it('more consumers than partitions', () => {
      // Source: StickyAssignorTest.testTwoConsumersOneTopicOnePartition (the exact expectation of its pre-3.0 version)
      expect(run({ topic: 1 }, [m('consumer1', ['topic']), m('consumer2', ['topic'])])).toEqual(
        expected({ consumer1: 'topic-0', consumer2: '' }),
      );
    });

    it('unequal subscriptions use the general algorithm', () => {
      // Source: AbstractStickyAssignorTest.testMultipleConsumersMixedTopicSubscriptions
      const members = [
        m('consumer1', ['topic1']),
        m('consumer2', ['topic1', 'topic2']),
        m('consumer3', ['topic1']),
      ];
      expect(run({ topic1: 3, topic2: 2 }, members)).toEqual(
        expected({ consumer1: 'topic1-0, topic1-2', consumer2: 'topic2-0, topic2-1', consumer3: 'topic1-1' }),
      );
    });

    it('two consumers, two topics × 3', () => {
      // Source: AbstractStickyAssignorTest.testTwoConsumersTwoTopicsSixPartitions
      const members = [m('consumer1', ['topic1', 'topic2']), m('consumer2', ['topic1', 'topic2'])];
      expect(run({ topic1: 3, topic2: 3 }, members)).toEqual(
        expected({ consumer1: 'topic1-0, topic1-2, topic2-1', consumer2: 'topic1-1, topic2-0, topic2-2' }),
      );
    });

    it('uniform subscription over t1(6), t2(7), t3(2)', () => {
      // Source: AbstractStickyAssignorTest.testRackAwareAssignmentWithUniformSubscription (nonRackAwareAssignment)
      const members = [0, 1, 2].map((i) => m(`consumer${i}`, ['t1', 't2', 't3']));
      expect(run({ t1: 6, t2: 7, t3: 2 }, members)).toEqual(
        expected({
          consumer0: 't1-0, t1-3, t2-0, t2-3, t2-6',
          consumer1: 't1-1, t1-4, t2-1, t2-4, t3-0',
          consumer2: 't1-2, t1-5, t2-2, t2-5, t3-1',
        }),
      );
    });

    it('non-equal subscription over t1(6), t2(7), t3(2) (general algorithm with balancing moves)', () => {
      // Source: AbstractStickyAssignorTest.testRackAwareAssignmentWithNonEqualSubscription (nonRackAwareAssignment)
      const all = ['t1', 't2', 't3'];
      const members = [m('consumer0', all), m('consumer1', all), m('consumer2', ['t1', 't3'])];
      expect(run({ t1: 6, t2: 7, t3: 2 }, members)).toEqual(
        expected({
          consumer0: 't1-5, t2-0, t2-2, t2-4, t2-6',
          consumer1: 't1-3, t2-1, t2-3, t2-5, t3-0',
          consumer2: 't1-0, t1-1, t1-2, t1-4, t3-1',
        }),
      );
    });

    it('ignores group.instance.id and sorts by member id, also with consumer-10 < consumer-2', () => {
      // Source: hand-derived from AbstractStickyAssignor (plain String sorts of member ids).
      const members: MemberSubscription[] = ['consumer-2', 'consumer-10', 'consumer-1'].map((id, i) => ({
        id,
        topics: ['t'],
        groupInstanceId: `instance-${i}`,
      }));
      expect(run({ t: 3 }, members)).toEqual(
        expected({ 'consumer-1': 't-0', 'consumer-10': 't-1', 'consumer-2': 't-2' }),
      );
    });
  });

  describe('owned partitions, nothing revoked', () => {
    const all = ['topic', 'topic2'];

    it('a stale generation loses the partitions the current generation also claims', () => {
      // Source: AbstractStickyAssignorTest.testOwnedPartitionsAreInvalidatedForConsumerWithStaleGeneration
      const members = [
        m('consumer1', all, 'topic-0, topic-2, topic2-1', 10),
        m('consumer2', all, 'topic-0, topic-2, topic2-1', 9),
      ];
      expect(run({ topic: 3, topic2: 3 }, members)).toEqual(
        expected({ consumer1: 'topic-0, topic-2, topic2-1', consumer2: 'topic-1, topic2-0, topic2-2' }),
      );
    });

    it('partitions go to the member with the highest generation', () => {
      // Source: AbstractStickyAssignorTest.testEnsurePartitionsAssignedToHighestGeneration
      const three = ['topic', 'topic2', 'topic3'];
      const members = [
        m('consumer1', three, 'topic-0, topic2-0, topic3-0', 10),
        m('consumer2', three, 'topic-1, topic2-1, topic3-1', 9),
        m('consumer3', three, 'topic2-1, topic3-0, topic3-2', 8),
      ];
      expect(run({ topic: 3, topic2: 3, topic3: 3 }, members)).toEqual(
        expected({
          consumer1: 'topic-0, topic2-0, topic3-0',
          consumer2: 'topic-1, topic2-1, topic3-1',
          consumer3: 'topic-2, topic2-2, topic3-2',
        }),
      );
    });

    it('owned partitions are honoured whatever the subscription version', () => {
      // Source: StickyAssignorTest.testAssignorWithOldVersionSubscriptions
      const members = [
        m('consumer1', ['topic1'], 'topic1-0', 1),
        m('consumer2', ['topic1'], 'topic1-1', 1),
        m('consumer3', ['topic1'], '', 1),
      ];
      expect(run({ topic1: 3 }, members)).toEqual(
        expected({ consumer1: 'topic1-0', consumer2: 'topic1-1', consumer3: 'topic1-2' }),
      );
    });

    it('partition growth: orders 6 → 9, everyone keeps theirs and takes one new partition', () => {
      // Source: hand-derived from the constrained algorithm (all under quota 3; new partitions dealt in id order).
      const members = [
        m('C0', ['orders'], 'orders-0, orders-3', 4),
        m('C1', ['orders'], 'orders-1, orders-4', 4),
        m('C2', ['orders'], 'orders-2, orders-5', 4),
      ];
      expect(run({ orders: 9 }, members)).toEqual(
        expected({
          C0: 'orders-0, orders-3, orders-6',
          C1: 'orders-1, orders-4, orders-7',
          C2: 'orders-2, orders-5, orders-8',
        }),
      );
    });
  });
});
