/**
 * Range assignor cases transcribed from Kafka's `RangeAssignorTest` (clients module, trunk) and
 * `AbstractPartitionAssignorTest`, plus Java string-order traps. The Java tests run with and without
 * racks; these are the cases where no rack-aware assignment applies.
 */
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { expected } from './testKit';
import type { MemberSubscription } from './types';

const range = (topics: Record<string, number>, members: MemberSubscription[]) =>
  assign('range', { topics, members });

describe('range assignor (RangeAssignorTest)', () => {
  it('one consumer, no topic: present with nothing', () => {
    // Source: RangeAssignorTest.testOneConsumerNoTopic
    expect(range({}, [{ id: 'consumer1', topics: [] }])).toEqual({ consumer1: [] });
  });

  it('one consumer subscribed to a topic missing from metadata', () => {
    // Source: RangeAssignorTest.testOneConsumerNonexistentTopic
    expect(range({}, [{ id: 'consumer1', topics: ['topic1'] }])).toEqual({ consumer1: [] });
  });

  it('only partitions of subscribed topics are assigned', () => {
    // Source: RangeAssignorTest.testOnlyAssignsPartitionsFromSubscribedTopics
    expect(range({ topic1: 3, other: 3 }, [{ id: 'consumer1', topics: ['topic1'] }])).toEqual(
      expected({ consumer1: 'topic1-0, topic1-1, topic1-2' }),
    );
  });

  it('one consumer, two topics', () => {
    // Source: RangeAssignorTest.testOneConsumerMultipleTopics
    expect(range({ topic1: 1, topic2: 2 }, [{ id: 'consumer1', topics: ['topic1', 'topic2'] }])).toEqual(
      expected({ consumer1: 'topic1-0, topic2-0, topic2-1' }),
    );
  });

  it('more consumers than partitions: the second consumer gets nothing', () => {
    // Source: RangeAssignorTest.testTwoConsumersOneTopicOnePartition
    const members = [
      { id: 'consumer1', topics: ['topic1'] },
      { id: 'consumer2', topics: ['topic1'] },
    ];
    expect(range({ topic1: 1 }, members)).toEqual(expected({ consumer1: 'topic1-0', consumer2: '' }));
  });

  it('unequal subscriptions: only consumer2 takes topic2', () => {
    // Source: RangeAssignorTest.testMultipleConsumersMixedTopics
    const members = [
      { id: 'consumer1', topics: ['topic1'] },
      { id: 'consumer2', topics: ['topic1', 'topic2'] },
      { id: 'consumer3', topics: ['topic1'] },
    ];
    expect(range({ topic1: 3, topic2: 2 }, members)).toEqual(
      expected({ consumer1: 'topic1-0', consumer2: 'topic1-1, topic2-0, topic2-1', consumer3: 'topic1-2' }),
    );
  });

  it('static members are ordered by group.instance.id, not member id', () => {
    // Source: RangeAssignorTest.testTwoStaticConsumersTwoTopicsSixPartitions
    const members = [
      { id: 'consumer-b', topics: ['topic1', 'topic2'], groupInstanceId: 'instance1' },
      { id: 'consumer-a', topics: ['topic1', 'topic2'], groupInstanceId: 'instance2' },
    ];
    expect(range({ topic1: 3, topic2: 3 }, members)).toEqual(
      expected({
        'consumer-b': 'topic1-0, topic1-1, topic2-0, topic2-1',
        'consumer-a': 'topic1-2, topic2-2',
      }),
    );
  });

  it('a static member sorts before every dynamic member', () => {
    // Source: RangeAssignorTest.testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions
    const members = [
      { id: 'consumer-b', topics: ['topic1', 'topic2'], groupInstanceId: 'instance1' },
      { id: 'consumer-a', topics: ['topic1', 'topic2'] },
    ];
    expect(range({ topic1: 3, topic2: 3 }, members)).toEqual(
      expected({
        'consumer-b': 'topic1-0, topic1-1, topic2-0, topic2-1',
        'consumer-a': 'topic1-2, topic2-2',
      }),
    );
  });

  it('static members keep their ranges when a dynamic member is replaced', () => {
    // Source: RangeAssignorTest.testStaticMemberRangeAssignmentPersistent (two steps)
    const all = ['topic1', 'topic2'];
    const statics = [1, 2, 3].map((i) => ({
      id: `consumer${i}`,
      topics: all,
      groupInstanceId: `instance${i}`,
    }));
    const topics = { topic1: 5, topic2: 4 };
    const staticPart = {
      consumer1: 'topic1-0, topic1-1, topic2-0',
      consumer2: 'topic1-2, topic2-1',
      consumer3: 'topic1-3, topic2-2',
    };
    expect(range(topics, [...statics, { id: 'consumer4', topics: all }])).toEqual(
      expected({ ...staticPart, consumer4: 'topic1-4, topic2-3' }),
    );
    expect(range(topics, [...statics, { id: 'consumer5', topics: all }])).toEqual(
      expected({ ...staticPart, consumer5: 'topic1-4, topic2-3' }),
    );
  });

  it('the assignment follows the instance ids when member ids change', () => {
    // Source: RangeAssignorTest.testStaticMemberRangeAssignmentPersistentAfterMemberIdChanges
    const all = ['topic1', 'topic2'];
    const topics = { topic1: 5, topic2: 5 };
    const before = range(topics, [
      { id: 'consumer1', topics: all, groupInstanceId: 'instance1' },
      { id: 'consumer2', topics: all, groupInstanceId: 'instance2' },
      { id: 'consumer3', topics: all, groupInstanceId: 'instance3' },
    ]);
    const after = range(topics, [
      { id: 'consumer1', topics: all, groupInstanceId: 'instance1' },
      { id: 'consumer5', topics: all, groupInstanceId: 'instance2' },
      { id: 'consumer4', topics: all, groupInstanceId: 'instance3' },
    ]);
    const byInstance = expected({
      instance1: 'topic1-0, topic1-1, topic2-0, topic2-1',
      instance2: 'topic1-2, topic1-3, topic2-2, topic2-3',
      instance3: 'topic1-4, topic2-4',
    });
    expect([before.consumer1, before.consumer2, before.consumer3]).toEqual(Object.values(byInstance));
    expect([after.consumer1, after.consumer5, after.consumer4]).toEqual(Object.values(byInstance));
  });

  it('uniform subscription over t1(6), t2(7), t3(2)', () => {
    // Source: RangeAssignorTest.testRackAwareAssignmentWithUniformSubscription (non-rack-aware expectation)
    const all = ['t1', 't2', 't3'];
    const members = [0, 1, 2].map((i) => ({ id: `consumer${i}`, topics: all }));
    expect(range({ t1: 6, t2: 7, t3: 2 }, members)).toEqual(
      expected({
        consumer0: 't1-0, t1-1, t2-0, t2-1, t2-2, t3-0',
        consumer1: 't1-2, t1-3, t2-3, t2-4, t3-1',
        consumer2: 't1-4, t1-5, t2-5, t2-6',
      }),
    );
  });

  it('non-equal subscription over t1(6), t2(7), t3(2)', () => {
    // Source: RangeAssignorTest.testRackAwareAssignmentWithNonEqualSubscription (non-rack-aware expectation)
    const all = ['t1', 't2', 't3'];
    const members = [
      { id: 'consumer0', topics: all },
      { id: 'consumer1', topics: all },
      { id: 'consumer2', topics: ['t1', 't3'] },
    ];
    expect(range({ t1: 6, t2: 7, t3: 2 }, members)).toEqual(
      expected({
        consumer0: 't1-0, t1-1, t2-0, t2-1, t2-2, t2-3, t3-0',
        consumer1: 't1-2, t1-3, t2-4, t2-5, t2-6, t3-1',
        consumer2: 't1-4, t1-5',
      }),
    );
  });

  it('co-partitioning with two subscriber groups', () => {
    // Source: RangeAssignorTest.testRackAwareAssignmentWithCoPartitioning (nonRackAwareAssignment, first part)
    const members = [
      { id: 'consumer0', topics: ['t1', 't2'] },
      { id: 'consumer1', topics: ['t1', 't2'] },
      { id: 'consumer2', topics: ['t3', 't4'] },
      { id: 'consumer3', topics: ['t3', 't4'] },
    ];
    expect(range({ t1: 6, t2: 6, t3: 2, t4: 2 }, members)).toEqual(
      expected({
        consumer0: 't1-0, t1-1, t1-2, t2-0, t2-1, t2-2',
        consumer1: 't1-3, t1-4, t1-5, t2-3, t2-4, t2-5',
        consumer2: 't3-0, t4-0',
        consumer3: 't3-1, t4-1',
      }),
    );
  });

  it('co-partitioned topics plus subscribed topics that do not exist (t7, t8, t9)', () => {
    // Source: RangeAssignorTest.testCoPartitionedAssignmentWithSameSubscription (nonRackAwareAssignment)
    const list = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];
    const members = [0, 1, 2].map((i) => ({ id: `consumer${i}`, topics: list }));
    expect(range({ t1: 6, t2: 6, t3: 2, t4: 2, t5: 4, t6: 4 }, members)).toEqual(
      expected({
        consumer0: 't1-0, t1-1, t2-0, t2-1, t3-0, t4-0, t5-0, t5-1, t6-0, t6-1',
        consumer1: 't1-2, t1-3, t2-2, t2-3, t3-1, t4-1, t5-2, t6-2',
        consumer2: 't1-4, t1-5, t2-4, t2-5, t5-3, t6-3',
      }),
    );
  });
});

describe('range assignor member ordering', () => {
  it('all static: instance ids y, z, x sort as c(x), a(y), b(z)', () => {
    // Source: AbstractPartitionAssignorTest.testMemberInfoSortingWithAllGroupInstanceId (order applied to 3 partitions)
    const members = [
      { id: 'a', topics: ['t'], groupInstanceId: 'y' },
      { id: 'b', topics: ['t'], groupInstanceId: 'z' },
      { id: 'c', topics: ['t'], groupInstanceId: 'x' },
    ];
    expect(range({ t: 3 }, members)).toEqual(expected({ a: 't-1', b: 't-2', c: 't-0' }));
  });

  it('some static: c(x), b(y), then dynamic a', () => {
    // Source: AbstractPartitionAssignorTest.testMemberInfoSortingSomeGroupInstanceId (order applied to 3 partitions)
    const members = [
      { id: 'a', topics: ['t'] },
      { id: 'b', topics: ['t'], groupInstanceId: 'y' },
      { id: 'c', topics: ['t'], groupInstanceId: 'x' },
    ];
    expect(range({ t: 3 }, members)).toEqual(expected({ a: 't-2', b: 't-1', c: 't-0' }));
  });

  it('Java string order: consumer-10 sorts between consumer-1 and consumer-2', () => {
    // Source: Java String.compareTo (lexicographic by UTF-16 code unit); hand-derived ranges.
    const members = ['consumer-2', 'consumer-10', 'consumer-1'].map((id) => ({ id, topics: ['t'] }));
    expect(range({ t: 6 }, members)).toEqual(
      expected({ 'consumer-1': 't-0, t-1', 'consumer-10': 't-2, t-3', 'consumer-2': 't-4, t-5' }),
    );
  });

  it('Java string order: upper case before lower case, and code units not locale', () => {
    // Source: Java String.compareTo ('Z' = 0x5A < 'a' = 0x61; 'é' = 0xE9 > 'z'); hand-derived ranges.
    const members = ['a', 'é', 'Z'].map((id) => ({ id, topics: ['t'] }));
    expect(range({ t: 3 }, members)).toEqual(expected({ Z: 't-0', a: 't-1', é: 't-2' }));
  });
});
