/**
 * Sticky (eager) assignor cases about generations, conflicting claims and Java details that are
 * reproduced on purpose. Sources: Kafka's `AbstractStickyAssignorTest` / `StickyAssignorTest` (trunk)
 * and hand-derived traces of `AbstractStickyAssignor`, labelled per case. `owned` + `generation` stand
 * for the user data (`buildSubscriptionV2Above(topics, partitions, generation)`) of the Java tests.
 */
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { expected, parts } from './testKit';
import type { MemberSubscription } from './types';

const sticky = (topics: Record<string, number>, members: MemberSubscription[]) =>
  assign('sticky', { topics, members });
const m = (id: string, topics: string[], owned = '', generation?: number): MemberSubscription => ({
  id,
  topics,
  owned: parts(owned),
  ...(generation === undefined ? {} : { generation }),
});

describe('sticky assignor: generations and conflicting claims', () => {
  const all = ['topic', 'topic2'];

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

describe('sticky assignor: Java details reproduced on purpose', () => {
  it('the general algorithm undoes an earlier move instead of swapping two partitions of a topic', () => {
    // Source: hand-derived by tracing GeneralAssignmentBuilder/PartitionMovements. After t2-1 moved
    // c2→c9, balancing wants to move t2-0 c9→c2; the reverse move exists, so t2-1 goes back instead.
    const members = [
      m('c0', ['t0', 't1'], 't1-1, t1-2, t2-3, t2-5', 1),
      m('c1', ['t0'], 't2-0, t2-1, t2-2, t2-4', 1),
      m('c2', ['t0', 't2'], 't0-0, t0-1, t1-0', 1),
      m('c9', ['t0', 't1', 't2']),
    ];
    expect(sticky({ t0: 2, t1: 3, t2: 6 }, members)).toEqual(
      expected({ c0: 't1-0, t1-1, t1-2', c1: 't0-0, t0-1', c2: 't2-1, t2-3, t2-5', c9: 't2-0, t2-2, t2-4' }),
    );
  });

  it('an empty subscription seen first in HashMap order does not break "all subscriptions equal"', () => {
    // Source: hand-derived from AbstractStickyAssignor.allSubscriptionsEqual, which seeds its reference set
    // from the first subscription unless that set is still empty. C3 iterates first (bucket 0), so the
    // constrained algorithm runs and C3 receives a partition of a topic it does not subscribe to.
    const quirk = [m('C0', ['t']), m('C1', ['t']), m('C3', [])];
    expect(sticky({ t: 3 }, quirk)).toEqual(expected({ C0: 't-0', C1: 't-1', C3: 't-2' }));
    // C2 iterates last (bucket 15): subscriptions differ, the general algorithm leaves it empty.
    const normal = [m('C0', ['t']), m('C1', ['t']), m('C2', [])];
    expect(sticky({ t: 3 }, normal)).toEqual(expected({ C0: 't-0, t-2', C1: 't-1', C2: '' }));
  });
});
