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
