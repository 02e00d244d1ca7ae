/**
 * Round-robin assignor cases transcribed from Kafka's `RoundRobinAssignorTest` and the class Javadoc of
 * `RoundRobinAssignor`.
 */
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { expected } from './testKit';
import type { MemberSubscription } from './types';

const rr = (topics: Record<string, number>, members: MemberSubscription[]) =>
  assign('roundrobin', { topics, members });

describe('roundrobin assignor (RoundRobinAssignorTest)', () => {
  it('one consumer, one topic', () => {
    // Source: RoundRobinAssignorTest.testOneConsumerOneTopic
    expect(rr({ topic: 3 }, [{ id: 'consumer', topics: ['topic'] }])).toEqual(
      expected({ consumer: 'topic-0, topic-1, topic-2' }),
    );
  });

  it('only partitions of subscribed topics are assigned', () => {
    // Source: RoundRobinAssignorTest.testOnlyAssignsPartitionsFromSubscribedTopics
    expect(rr({ topic: 3, other: 3 }, [{ id: 'consumer', topics: ['topic'] }])).toEqual(
      expected({ consumer: 'topic-0, topic-1, topic-2' }),
    );
  });

  it('unequal subscriptions', () => {
    // Source: RoundRobinAssignorTest.testMultipleConsumersMixedTopics
    const members = [
      { id: 'consumer1', topics: ['topic1'] },
      { id: 'consumer2', topics: ['topic1', 'topic2'] },
      { id: 'consumer3', topics: ['topic1'] },
    ];
    expect(rr({ topic1: 3, topic2: 2 }, members)).toEqual(
      expected({ consumer1: 'topic1-0', consumer2: 'topic1-1, topic2-0, topic2-1', consumer3: 'topic1-2' }),
    );
  });

  it('two dynamic consumers, two topics', () => {
    // Source: RoundRobinAssignorTest.testTwoDynamicConsumersTwoTopicsSixPartitions
    const members = ['consumer1', 'consumer2'].map((id) => ({ id, topics: ['topic1', 'topic2'] }));
    expect(rr({ topic1: 3, topic2: 3 }, members)).toEqual(
      expected({ consumer1: 'topic1-0, topic1-2, topic2-1', consumer2: 'topic1-1, topic2-0, topic2-2' }),
    );
  });

  it('two static consumers are dealt in instance-id order', () => {
    // Source: RoundRobinAssignorTest.testTwoStaticConsumersTwoTopicsSixPartitions
    const members = [
      { id: 'consumer-b', topics: ['topic1', 'topic2'], groupInstanceId: 'instance1' },
      { id: 'consumer-a', topics: ['topic1', 'topic2'], groupInstanceId: 'instance2' },
    ];
    expect(rr({ topic1: 3, topic2: 3 }, members)).toEqual(
      expected({
        'consumer-b': 'topic1-0, topic1-2, topic2-1',
        'consumer-a': 'topic1-1, topic2-0, topic2-2',
      }),
    );
  });

  it('a static consumer is dealt before a dynamic one', () => {
    // Source: RoundRobinAssignorTest.testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions
    const members = [
      { id: 'consumer-b', topics: ['topic1', 'topic2'], groupInstanceId: 'instance1' },
      { id: 'consumer-a', topics: ['topic1', 'topic2'] },
    ];
    expect(rr({ topic1: 3, topic2: 3 }, members)).toEqual(
      expected({
        'consumer-b': 'topic1-0, topic1-2, topic2-1',
        'consumer-a': 'topic1-1, topic2-0, topic2-2',
      }),
    );
  });

  it('static members keep their partitions when the dynamic member is replaced', () => {
    // Source: RoundRobinAssignorTest.testStaticMemberAssignmentPersistent (two steps)
    const all = ['topic1', 'topic2'];
    const statics = [1, 2, 3].map((i) => ({
      id: `consumer${i}`,
      topics: all,
      groupInstanceId: `instance${i}`,
    }));
    const staticPart = {
      consumer1: 'topic1-0, topic2-1',
      consumer2: 'topic1-1, topic2-2',
      consumer3: 'topic1-2',
    };
    expect(rr({ topic1: 3, topic2: 3 }, [...statics, { id: 'consumer4', topics: all }])).toEqual(
      expected({ ...staticPart, consumer4: 'topic2-0' }),
    );
    expect(rr({ topic1: 3, topic2: 3 }, [...statics, { id: 'consumer5', topics: all }])).toEqual(
      expected({ ...staticPart, consumer5: 'topic2-0' }),
    );
  });

  it('the assignment follows the instance ids when member ids change', () => {
    // Source: RoundRobinAssignorTest.testStaticMemberAssignmentPersistentAfterMemberIdChanges
    const all = ['topic1', 'topic2'];
    const after = rr({ topic1: 3, topic2: 3 }, [
      { id: 'consumer4', topics: all, groupInstanceId: 'instance1' },
      { id: 'consumer5', topics: all, groupInstanceId: 'instance2' },
      { id: 'consumer1', topics: all, groupInstanceId: 'instance3' },
    ]);
    expect(after).toEqual(
      expected({
        consumer4: 'topic1-0, topic2-0',
        consumer5: 'topic1-1, topic2-1',
        consumer1: 'topic1-2, topic2-2',
      }),
    );
  });

  it('unequal subscriptions can leave round robin unbalanced', () => {
    // Source: RoundRobinAssignor class Javadoc, second example (C0: t0; C1: t0,t1; C2: t0,t1,t2).
    const members = [
      { id: 'C0', topics: ['t0'] },
      { id: 'C1', topics: ['t0', 't1'] },
      { id: 'C2', topics: ['t0', 't1', 't2'] },
    ];
    expect(rr({ t0: 1, t1: 2, t2: 3 }, members)).toEqual(
      expected({ C0: 't0-0', C1: 't1-0', C2: 't1-1, t2-0, t2-1, t2-2' }),
    );
  });

  it('consumer-10 is dealt before consumer-2 (Java string order)', () => {
    // Source: Java String.compareTo; hand-derived deal over [consumer-1, consumer-10, consumer-2].
    const members = ['consumer-2', 'consumer-1', 'consumer-10'].map((id) => ({ id, topics: ['t'] }));
    expect(rr({ t: 4 }, members)).toEqual(
      expected({ 'consumer-1': 't-0, t-3', 'consumer-10': 't-1', 'consumer-2': 't-2' }),
    );
  });
});
