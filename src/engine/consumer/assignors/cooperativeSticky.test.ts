/**
 * Cooperative-sticky cases from Kafka's `CooperativeStickyAssignorTest` and from
 * `AbstractStickyAssignorTest` as it runs for the cooperative assignor. There, the final assertions
 * follow `verifyValidityAndBalance`, which re-runs the assignor with each result as the new owned
 * partitions until nothing is revoked; the first-round results follow from the asserted
 * `partitionsTransferringOwnership` (those partitions are removed from the first round).
 */
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { expected, parts, rejoin } from './testKit';
import type { MemberSubscription } from './types';

const coop = (topics: Record<string, number>, members: MemberSubscription[]) =>
  assign('cooperative-sticky', { topics, members });
const m = (id: string, topics: string[], owned = '', generation?: number): MemberSubscription => ({
  id,
  topics,
  owned: parts(owned),
  ...(generation === undefined ? {} : { generation }),
});

describe('cooperative-sticky: partitions claimed twice', () => {
  it('a doubly claimed partition is held back for a rebalance (equal shares)', () => {
    // Source: CooperativeStickyAssignorTest.testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithEqualPartitionsPerConsumer
    const members = [
      m('consumer1', ['topic'], 'topic-0, topic-1', 1),
      m('consumer2', ['topic'], 'topic-0, topic-2', 1),
      m('consumer3', ['topic'], '', 1),
    ];
    expect(coop({ topic: 3 }, members)).toEqual(
      expected({ consumer1: 'topic-1', consumer2: 'topic-2', consumer3: '' }),
    );
  });

  it('… and with unequal shares', () => {
    // Source: CooperativeStickyAssignorTest.testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithUnequalPartitionsPerConsumer
    const members = [
      m('consumer1', ['topic'], 'topic-0, topic-1', 1),
      m('consumer2', ['topic'], 'topic-0, topic-2', 1),
      m('consumer3', ['topic'], '', 1),
    ];
    expect(coop({ topic: 4 }, members)).toEqual(
      expected({ consumer1: 'topic-1, topic-3', consumer2: 'topic-2', consumer3: '' }),
    );
  });
});

describe('cooperative-sticky: two-step moves', () => {
  it('an owned partition over quota reaches the new member one rebalance later', () => {
    // Source: AbstractStickyAssignorTest.testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers (cooperative run)
    const all = ['topic1', 'topic2'];
    const members = [
      m('consumer1', all, 'topic1-0, topic2-0', 1),
      m('consumer2', all, 'topic1-1, topic2-1', 1),
      m('consumer3', all, '', 1),
    ];
    const first = coop({ topic1: 2, topic2: 2 }, members);
    expect(first).toEqual(
      expected({ consumer1: 'topic1-0', consumer2: 'topic1-1, topic2-1', consumer3: '' }),
    );
    expect(coop({ topic1: 2, topic2: 2 }, rejoin(first, members, 1))).toEqual(
      expected({ consumer1: 'topic1-0', consumer2: 'topic1-1, topic2-1', consumer3: 'topic2-0' }),
    );
  });

  it('join then leave on one topic', () => {
    // Source: AbstractStickyAssignorTest.testAddRemoveConsumerOneTopic (cooperative run)
    const joined = [
      m('consumer1', ['topic'], 'topic-0, topic-1, topic-2', 1),
      m('consumer2', ['topic'], '', 1),
    ];
    const first = coop({ topic: 3 }, joined);
    expect(first).toEqual(expected({ consumer1: 'topic-0, topic-1', consumer2: '' }));
    const second = coop({ topic: 3 }, rejoin(first, joined, 1));
    expect(second).toEqual(expected({ consumer1: 'topic-0, topic-1', consumer2: 'topic-2' }));
    expect(coop({ topic: 3 }, rejoin(second, [m('consumer2', ['topic'])], 1))).toEqual(
      expected({ consumer2: 'topic-0, topic-1, topic-2' }),
    );
  });

  it('two members join two topics, then the original two leave', () => {
    // Source: AbstractStickyAssignorTest.testAddRemoveTwoConsumersTwoTopics (cooperative run)
    const all = ['topic1', 'topic2'];
    const topics = { topic1: 3, topic2: 4 };
    const four = ['consumer1', 'consumer2', 'consumer3', 'consumer4'].map((id) => m(id, all));
    const start = expected({
      consumer1: 'topic1-0, topic1-2, topic2-1, topic2-3',
      consumer2: 'topic1-1, topic2-0, topic2-2',
    });
    expect(coop(topics, [m('consumer1', all), m('consumer2', all)])).toEqual(start);
    const first = coop(topics, rejoin(start, four, 1));
    // topic1-2 and topic2-3 (to consumer3) and topic2-2 (to consumer4) are transferring: held back.
    expect(first).toEqual(
      expected({
        consumer1: 'topic1-0, topic2-1',
        consumer2: 'topic1-1, topic2-0',
        consumer3: '',
        consumer4: '',
      }),
    );
    const second = coop(topics, rejoin(first, four, 1));
    expect(second).toEqual(
      expected({
        consumer1: 'topic1-0, topic2-1',
        consumer2: 'topic1-1, topic2-0',
        consumer3: 'topic1-2, topic2-3',
        consumer4: 'topic2-2',
      }),
    );
    const leave = coop(topics, rejoin(second, [m('consumer3', all), m('consumer4', all)], 1));
    expect(leave).toEqual(
      expected({
        consumer3: 'topic1-0, topic1-2, topic2-1, topic2-3',
        consumer4: 'topic1-1, topic2-0, topic2-2',
      }),
    );
  });

  it('unequal subscriptions: misplaced owned partitions go through an intermediate assignment', () => {
    // Source: AbstractStickyAssignorTest.testRackAwareAssignmentWithNonEqualSubscription (cooperative branch,
    // racks matching everywhere: owned → intermediate → assignment)
    const all = ['t1', 't2', 't3'];
    const topics = { t1: 6, t2: 7, t3: 2 };
    const members = [
      m('consumer0', all, 't1-0, t1-1, t1-2, t1-3, t1-4'),
      m('consumer1', all, 't1-5, t2-0, t2-1, t2-2, t2-3'),
      m('consumer2', ['t1', 't3'], 't2-4, t2-5, t2-6, t3-0, t3-1'),
    ];
    const intermediate = coop(topics, members);
    expect(intermediate).toEqual(
      expected({
        consumer0: 't1-2, t1-3, t1-4',
        consumer1: 't2-0, t2-1, t2-2, t2-3',
        consumer2: 't3-0, t3-1',
      }),
    );
    expect(coop(topics, rejoin(intermediate, members))).toEqual(
      expected({
        consumer0: 't1-2, t1-3, t1-4, t2-4, t2-5',
        consumer1: 't2-0, t2-1, t2-2, t2-3, t2-6',
        consumer2: 't1-0, t1-1, t1-5, t3-0, t3-1',
      }),
    );
  });
});

describe('cooperative-sticky: stable and generation cases', () => {
  it('an assignment fed back as owned is kept unchanged (uniform subscription)', () => {
    // Source: AbstractStickyAssignorTest.verifyUniformSubscription (second call: owned = expected)
    const all = ['t1', 't2', 't3'];
    const members = [
      m('consumer0', all, 't1-0, t1-3, t2-0, t2-3, t2-6'),
      m('consumer1', all, 't1-1, t1-4, t2-1, t2-4, t3-0'),
      m('consumer2', all, 't1-2, t1-5, t2-2, t2-5, t3-1'),
    ];
    expect(coop({ t1: 6, t2: 7, t3: 2 }, members)).toEqual(
      expected({
        consumer0: 't1-0, t1-3, t2-0, t2-3, t2-6',
        consumer1: 't1-1, t1-4, t2-1, t2-4, t3-0',
        consumer2: 't1-2, t1-5, t2-2, t2-5, t3-1',
      }),
    );
  });

  it('an assignment fed back as owned is kept unchanged (non-equal subscription)', () => {
    // Source: AbstractStickyAssignorTest.verifyNonEqualSubscription (second call: owned = expected)
    const all = ['t1', 't2', 't3'];
    const members = [
      m('consumer0', all, 't1-5, t2-0, t2-2, t2-4, t2-6'),
      m('consumer1', all, 't1-3, t2-1, t2-3, t2-5, t3-0'),
      m('consumer2', ['t1', 't3'], 't1-0, t1-1, t1-2, t1-4, t3-1'),
    ];
    expect(coop({ t1: 6, t2: 7, t3: 2 }, members)).toEqual(
      expected({
        consumer0: 't1-5, t2-0, t2-2, t2-4, t2-6',
        consumer1: 't1-3, t2-1, t2-3, t2-5, t3-0',
        consumer2: 't1-0, t1-1, t1-2, t1-4, t3-1',
      }),
    );
  });
});
