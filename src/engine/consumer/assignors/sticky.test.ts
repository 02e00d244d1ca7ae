/**
 * Sticky (eager) assignor cases transcribed from Kafka's `AbstractStickyAssignorTest` and
 * `StickyAssignorTest` (clients module, trunk, after KAFKA-16277), the `StickyAssignor` Javadoc, and a
 * few hand-derived cases that are labelled as such. `owned` + `generation` stand for the user data
 * (`buildSubscriptionV2Above(topics, partitions, generation)`) of the Java tests.
 */
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { expected, parts, rejoin } from './testKit';
import type { MemberSubscription } from './types';

const sticky = (topics: Record<string, number>, members: MemberSubscription[]) =>
  assign('sticky', { topics, members });
const m = (id: string, topics: string[], owned = '', generation?: number): MemberSubscription => ({
  id,
  topics,
  owned: parts(owned),
  ...(generation === undefined ? {} : { generation }),
});

describe('sticky assignor: fresh assignments', () => {
  it('one consumer, two topics', () => {
    // Source: AbstractStickyAssignorTest.testOneConsumerMultipleTopics
    expect(sticky({ topic1: 1, topic2: 2 }, [m('consumer', ['topic1', 'topic2'])])).toEqual(
      expected({ consumer: 'topic1-0, topic2-0, topic2-1' }),
    );
  });

  it('two consumers, one topic with two partitions', () => {
    // Source: AbstractStickyAssignorTest.testTwoConsumersOneTopicTwoPartitions
    expect(sticky({ topic: 2 }, [m('consumer1', ['topic']), m('consumer2', ['topic'])])).toEqual(
      expected({ consumer1: 'topic-0', consumer2: 'topic-1' }),
    );
  });

  it('more consumers than partitions', () => {
    // Source: StickyAssignorTest.testTwoConsumersOneTopicOnePartition (the exact expectation of its pre-3.0 version)
    expect(sticky({ topic: 1 }, [m('consumer1', ['topic']), m('consumer2', ['topic'])])).toEqual(
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
    expect(sticky({ topic1: 3, topic2: 2 }, members)).toEqual(
      expected({ consumer1: 'topic1-0, topic1-2', consumer2: 'topic2-0, topic2-1', consumer3: 'topic1-1' }),
    );
  });

  it('two consumers, two topics × 3', () => {
    // Source: AbstractStickyAssignorTest.testTwoConsumersTwoTopicsSixPartitions
    const members = [m('consumer1', ['topic1', 'topic2']), m('consumer2', ['topic1', 'topic2'])];
    expect(sticky({ topic1: 3, topic2: 3 }, members)).toEqual(
      expected({ consumer1: 'topic1-0, topic1-2, topic2-1', consumer2: 'topic1-1, topic2-0, topic2-2' }),
    );
  });

  it('uniform subscription over t1(6), t2(7), t3(2)', () => {
    // Source: AbstractStickyAssignorTest.testRackAwareAssignmentWithUniformSubscription (nonRackAwareAssignment)
    const members = [0, 1, 2].map((i) => m(`consumer${i}`, ['t1', 't2', 't3']));
    expect(sticky({ t1: 6, t2: 7, t3: 2 }, members)).toEqual(
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
    expect(sticky({ t1: 6, t2: 7, t3: 2 }, members)).toEqual(
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
    expect(sticky({ t: 3 }, members)).toEqual(
      expected({ 'consumer-1': 't-0', 'consumer-10': 't-1', 'consumer-2': 't-2' }),
    );
  });
});

describe('sticky assignor: owned partitions and quotas (constrained algorithm)', () => {
  it('a member owning minQuota gets the extra partition', () => {
    // Source: AbstractStickyAssignorTest.testConsumerOwningMinQuotaExpectedMaxQuota
    const all = ['topic1', 'topic2'];
    const members = [
      m('consumer1', all, 'topic1-0, topic2-1', 1),
      m('consumer2', all, 'topic1-1, topic2-2', 1),
    ];
    expect(sticky({ topic1: 2, topic2: 3 }, members)).toEqual(
      expected({ consumer1: 'topic1-0, topic2-0, topic2-1', consumer2: 'topic1-1, topic2-2' }),
    );
  });

  it('more members own maxQuota than may keep it: HashMap order decides (consumer2 keeps 2)', () => {
    // Source: AbstractStickyAssignorTest.testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers
    const all = ['topic1', 'topic2'];
    const members = [
      m('consumer1', all, 'topic1-0, topic2-0', 1),
      m('consumer2', all, 'topic1-1, topic2-1', 1),
      m('consumer3', all, '', 1),
    ];
    expect(sticky({ topic1: 2, topic2: 2 }, members)).toEqual(
      expected({ consumer1: 'topic1-0', consumer2: 'topic1-1, topic2-1', consumer3: 'topic2-0' }),
    );
  });

  it('all members under minQuota keep theirs and are topped up', () => {
    // Source: AbstractStickyAssignorTest.testAllConsumersAreUnderMinQuota
    const all = ['topic1', 'topic2'];
    const members = [
      m('consumer1', all, 'topic1-0', 1),
      m('consumer2', all, 'topic1-1', 1),
      m('consumer3', all, '', 1),
    ];
    expect(sticky({ topic1: 2, topic2: 3 }, members)).toEqual(
      expected({ consumer1: 'topic1-0, topic2-1', consumer2: 'topic1-1, topic2-2', consumer3: 'topic2-0' }),
    );
  });

  it('members that reach their quota are considered filled', () => {
    // Source: AbstractStickyAssignorTest.testAllConsumersReachExpectedQuotaAndAreConsideredFilled
    const members = [
      m('consumer1', ['topic'], 'topic-0, topic-1', 1),
      m('consumer2', ['topic'], 'topic-2', 1),
      m('consumer3', ['topic'], '', 1),
    ];
    expect(sticky({ topic: 4 }, members)).toEqual(
      expected({ consumer1: 'topic-0, topic-1', consumer2: 'topic-2', consumer3: 'topic-3' }),
    );
  });

  it('join then leave on one topic', () => {
    // Source: AbstractStickyAssignorTest.testAddRemoveConsumerOneTopic (three steps)
    const first = sticky({ topic: 3 }, [m('consumer1', ['topic'])]);
    expect(first).toEqual(expected({ consumer1: 'topic-0, topic-1, topic-2' }));
    const second = sticky({ topic: 3 }, [
      { ...m('consumer1', ['topic'], 'topic-0, topic-1, topic-2', 1) },
      m('consumer2', ['topic'], '', 1),
    ]);
    expect(second).toEqual(expected({ consumer1: 'topic-0, topic-1', consumer2: 'topic-2' }));
    const third = sticky({ topic: 3 }, rejoin(second, [m('consumer2', ['topic'])], 1));
    expect(third).toEqual(expected({ consumer2: 'topic-0, topic-1, topic-2' }));
  });

  it('add two consumers, then remove the first two (partitions spread per topic, KAFKA-16277)', () => {
    // Source: AbstractStickyAssignorTest.testAddRemoveTwoConsumersTwoTopics (three steps)
    const all = ['topic1', 'topic2'];
    const topics = { topic1: 3, topic2: 4 };
    const first = sticky(topics, [m('consumer1', all), m('consumer2', all)]);
    expect(first).toEqual(
      expected({
        consumer1: 'topic1-0, topic1-2, topic2-1, topic2-3',
        consumer2: 'topic1-1, topic2-0, topic2-2',
      }),
    );
    const four = [m('consumer1', all), m('consumer2', all), m('consumer3', all), m('consumer4', all)];
    const second = sticky(topics, rejoin(first, four, 1));
    expect(second).toEqual(
      expected({
        consumer1: 'topic1-0, topic2-1',
        consumer2: 'topic1-1, topic2-0',
        consumer3: 'topic1-2, topic2-3',
        consumer4: 'topic2-2',
      }),
    );
    const third = sticky(topics, rejoin(second, [m('consumer3', all), m('consumer4', all)], 1));
    expect(third).toEqual(
      expected({
        consumer3: 'topic1-0, topic1-2, topic2-1, topic2-3',
        consumer4: 'topic1-1, topic2-0, topic2-2',
      }),
    );
  });

  it('each topic stays spread evenly as the group grows and shrinks', () => {
    // Source: AbstractStickyAssignorTest.testTopicBalanceAfterReassignment (per-topic counts 12, 6, 3, 6)
    const all = ['topic1', 'topic2'];
    const topics = { topic1: 12, topic2: 12 };
    const perTopic = (a: Record<string, [string, number][]>, n: number) => {
      for (const list of Object.values(a)) {
        expect(list.filter(([t]) => t === 'topic1')).toHaveLength(n);
        expect(list.filter(([t]) => t === 'topic2')).toHaveLength(n);
      }
    };
    const one = sticky(topics, [m('consumer1', all)]);
    perTopic(one, 12);
    const two = sticky(topics, rejoin(one, [m('consumer1', all), m('consumer2', all)], 1));
    perTopic(two, 6);
    const four = sticky(
      topics,
      rejoin(
        two,
        ['consumer1', 'consumer2', 'consumer3', 'consumer4'].map((id) => m(id, all)),
        1,
      ),
    );
    perTopic(four, 3);
    const back = sticky(topics, rejoin(four, [m('consumer3', all), m('consumer4', all)], 1));
    perTopic(back, 6);
  });

  it('partition growth: orders 6 → 9, everyone keeps theirs and takes one new partition', () => {
    // Source: hand-derived from the constrained algorithm (all under quota 3; new partitions dealt in id order).
    const members = [
      m('C0', ['orders'], 'orders-0, orders-3', 4),
      m('C1', ['orders'], 'orders-1, orders-4', 4),
      m('C2', ['orders'], 'orders-2, orders-5', 4),
    ];
    expect(sticky({ orders: 9 }, members)).toEqual(
      expected({
        C0: 'orders-0, orders-3, orders-6',
        C1: 'orders-1, orders-4, orders-7',
        C2: 'orders-2, orders-5, orders-8',
      }),
    );
  });
});

describe('sticky assignor: generations and conflicting claims', () => {
  const all = ['topic', 'topic2'];

  it('a stale generation loses the partitions the current generation also claims', () => {
    // Source: AbstractStickyAssignorTest.testOwnedPartitionsAreInvalidatedForConsumerWithStaleGeneration
    const members = [
      m('consumer1', all, 'topic-0, topic-2, topic2-1', 10),
      m('consumer2', all, 'topic-0, topic-2, topic2-1', 9),
    ];
    expect(sticky({ topic: 3, topic2: 3 }, members)).toEqual(
      expected({ consumer1: 'topic-0, topic-2, topic2-1', consumer2: 'topic-1, topic2-0, topic2-2' }),
    );
  });

  it('a member without generation loses to one with a generation', () => {
    // Source: AbstractStickyAssignorTest.testOwnedPartitionsAreInvalidatedForConsumerWithNoGeneration
    const members = [
      m('consumer1', all, 'topic-0, topic-2, topic2-1', 10),
      m('consumer2', all, 'topic-0, topic-2, topic2-1', -1),
    ];
    expect(sticky({ topic: 3, topic2: 3 }, members)).toEqual(
      expected({ consumer1: 'topic-0, topic-2, topic2-1', consumer2: 'topic-1, topic2-0, topic2-2' }),
    );
  });

  it('a stale member keeps the claims nobody newer makes', () => {
    // Source: AbstractStickyAssignorTest.testOwnedPartitionsAreInvalidatedForConsumerWithMultipleGeneration
    const members = [
      m('consumer1', all, 'topic-0, topic2-1, topic-1', 10),
      m('consumer2', all, 'topic-0, topic2-1, topic2-2', 8),
    ];
    expect(sticky({ topic: 3, topic2: 3 }, members)).toEqual(
      expected({ consumer1: 'topic-0, topic-1, topic2-1', consumer2: 'topic-2, topic2-0, topic2-2' }),
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
    expect(sticky({ topic: 3, topic2: 3, topic3: 3 }, members)).toEqual(
      expected({
        consumer1: 'topic-0, topic2-0, topic3-0',
        consumer2: 'topic-1, topic2-1, topic3-1',
        consumer3: 'topic-2, topic2-2, topic3-2',
      }),
    );
  });

  it('members of older generations keep what nobody else claims', () => {
    // Source: AbstractStickyAssignorTest.testNoReassignmentOnCurrentMembers (consumer1's set is asserted)
    const four = ['topic', 'topic2', 'topic3', 'topic1'];
    const members = [
      m('consumer1', four, '', -1),
      m('consumer2', four, 'topic-0, topic2-0, topic1-0', 9),
      m('consumer3', four, 'topic3-2, topic2-2, topic1-1', 8),
      m('consumer4', four, 'topic3-1, topic-1, topic-2', 7),
    ];
    const result = sticky({ topic: 3, topic1: 3, topic2: 3, topic3: 3 }, members);
    expect(result.consumer1).toEqual(parts('topic1-2, topic2-1, topic3-0'));
    expect(result.consumer2).toEqual(parts('topic-0, topic2-0, topic1-0'));
  });

  it('a partition claimed twice in the same generation is taken from both', () => {
    // Source: StickyAssignorTest.testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithEqualPartitionsPerConsumer
    const members = [
      m('consumer1', ['topic'], 'topic-0, topic-1', 1),
      m('consumer2', ['topic'], 'topic-0, topic-2', 1),
      m('consumer3', ['topic'], '', 1),
    ];
    expect(sticky({ topic: 3 }, members)).toEqual(
      expected({ consumer1: 'topic-1', consumer2: 'topic-2', consumer3: 'topic-0' }),
    );
  });

  it('… and with unequal partitions per consumer', () => {
    // Source: StickyAssignorTest.testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithUnequalPartitionsPerConsumer
    const members = [
      m('consumer1', ['topic'], 'topic-0, topic-1', 1),
      m('consumer2', ['topic'], 'topic-0, topic-2', 1),
      m('consumer3', ['topic'], '', 1),
    ];
    expect(sticky({ topic: 4 }, members)).toEqual(
      expected({ consumer1: 'topic-1, topic-3', consumer2: 'topic-2', consumer3: 'topic-0' }),
    );
  });

  it('owned partitions are honoured whatever the subscription version', () => {
    // Source: StickyAssignorTest.testAssignorWithOldVersionSubscriptions
    const members = [
      m('consumer1', ['topic1'], 'topic1-0', 1),
      m('consumer2', ['topic1'], 'topic1-1', 1),
      m('consumer3', ['topic1'], '', 1),
    ];
    expect(sticky({ topic1: 3 }, members)).toEqual(
      expected({ consumer1: 'topic1-0', consumer2: 'topic1-1', consumer3: 'topic1-2' }),
    );
  });

  it('an old-schema member (no generation) keeps its partition next to a generation-1 member', () => {
    // Source: StickyAssignorTest.testSchemaBackwardCompatibility (asserts sizes and containment)
    const members = [
      m('consumer1', ['topic'], 'topic-0, topic-2', 1),
      m('consumer2', ['topic'], 'topic-1'),
      m('consumer3', ['topic']),
    ];
    const result = sticky({ topic: 3 }, members);
    expect(Object.values(result).map((l) => l.length)).toEqual([1, 1, 1]);
    expect(parts('topic-0, topic-2')).toContainEqual(result.consumer1![0]);
    expect(result.consumer2).toEqual(parts('topic-1'));
  });
});

describe('sticky assignor: StickyAssignor Javadoc example 2 (unequal subscriptions)', () => {
  it('fresh, then C0 leaves: C1 takes t0-0 and nothing else moves', () => {
    // Source: StickyAssignor class Javadoc, Example 2.
    const topics = { t0: 1, t1: 2, t2: 3 };
    const members = [m('C0', ['t0']), m('C1', ['t0', 't1']), m('C2', ['t0', 't1', 't2'])];
    const first = sticky(topics, members);
    expect(first).toEqual(expected({ C0: 't0-0', C1: 't1-0, t1-1', C2: 't2-0, t2-1, t2-2' }));
    expect(sticky(topics, rejoin(first, members.slice(1)))).toEqual(
      expected({ C1: 't0-0, t1-0, t1-1', C2: 't2-0, t2-1, t2-2' }),
    );
  });
});
