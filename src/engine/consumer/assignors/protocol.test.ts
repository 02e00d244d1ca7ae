/**
 * Protocol and assignor selection. Sources: `ConsumerCoordinator` constructor (per-member protocol),
 * `ConsumerPartitionAssignor.supportedProtocols` defaults, `ClassicGroupTest` (coordinator vote), and
 * kafka-behaviour.md §4.7–4.8.
 */
import { describe, expect, it } from 'vitest';
import {
  assign,
  chooseGroupAssignor,
  chooseRebalanceProtocol,
  memberRebalanceProtocol,
  supportedProtocols,
  type AssignorStrategy,
} from './index';

describe('supported and chosen rebalance protocols', () => {
  it('only cooperative-sticky supports COOPERATIVE (and EAGER)', () => {
    // Source: ConsumerPartitionAssignor.supportedProtocols default [EAGER]; CooperativeStickyAssignor override.
    expect(supportedProtocols('range')).toEqual(['EAGER']);
    expect(supportedProtocols('roundrobin')).toEqual(['EAGER']);
    expect(supportedProtocols('sticky')).toEqual(['EAGER']);
    expect(supportedProtocols('cooperative-sticky')).toEqual(['COOPERATIVE', 'EAGER']);
  });

  it('the 3.x/4.x default list [range, cooperative-sticky] is EAGER; [cooperative-sticky] alone is COOPERATIVE', () => {
    // Source: kafka-behaviour.md §4.8 (ConsumerCoordinator constructor: highest protocol common to the list).
    expect(memberRebalanceProtocol(['range', 'cooperative-sticky'])).toBe('EAGER');
    expect(memberRebalanceProtocol(['cooperative-sticky'])).toBe('COOPERATIVE');
    expect(() => memberRebalanceProtocol([])).toThrow(/at least one assignor/);
  });

  it('the group is cooperative only when every member is', () => {
    // Source: kafka-behaviour.md §4.8 ("you get cooperative only when every member lists only cooperative assignors").
    expect(chooseRebalanceProtocol([['cooperative-sticky'], ['cooperative-sticky']])).toBe('COOPERATIVE');
    expect(chooseRebalanceProtocol([['cooperative-sticky'], ['range', 'cooperative-sticky']])).toBe('EAGER');
    expect(chooseRebalanceProtocol([['sticky']])).toBe('EAGER');
  });
});

describe('coordinator assignor vote (ClassicGroup.selectProtocol)', () => {
  it('majority of first choices wins; a 1–1 tie between range and roundrobin goes to range', () => {
    // Source: ClassicGroupTest.testSelectProtocol. The Java test accepts either name for the tie; Java's
    // HashMap yields "range" (bucket 9) before "roundrobin" (bucket 10), and Stream.max keeps the first.
    expect(chooseGroupAssignor([['range', 'roundrobin']])).toBe('range');
    expect(
      chooseGroupAssignor([
        ['range', 'roundrobin'],
        ['roundrobin', 'range'],
      ]),
    ).toBe('range');
    expect(
      chooseGroupAssignor([
        ['range', 'roundrobin'],
        ['roundrobin', 'range'],
        ['roundrobin', 'range'],
      ]),
    ).toBe('roundrobin');
  });

  it('only names every member supports are candidates', () => {
    // Source: ClassicGroupTest.testSelectProtocolChoosesCompatibleProtocol
    expect(
      chooseGroupAssignor([
        ['range', 'roundrobin'],
        ['roundrobin', 'blah'],
      ]),
    ).toBe('roundrobin');
  });

  it('rejects an empty group and a group with no common assignor', () => {
    // Source: ClassicGroupTest.testSelectProtocolRaisesIfNoMembers; JoinGroup INCONSISTENT_GROUP_PROTOCOL.
    expect(() => chooseGroupAssignor([])).toThrow(/empty group/);
    expect(() => chooseGroupAssignor([['range'], ['roundrobin']])).toThrow(/INCONSISTENT_GROUP_PROTOCOL/);
  });

  it('default lists everywhere pick range; a sticky/cooperative-sticky tie picks sticky', () => {
    // Source: kafka-behaviour.md §4.8 (default list means Range); tie hand-derived from HashMap buckets
    // ("sticky" 8 < "cooperative-sticky" 15).
    expect(
      chooseGroupAssignor([
        ['range', 'cooperative-sticky'],
        ['range', 'cooperative-sticky'],
      ]),
    ).toBe('range');
    expect(
      chooseGroupAssignor([
        ['cooperative-sticky', 'sticky'],
        ['sticky', 'cooperative-sticky'],
      ]),
    ).toBe('sticky');
  });
});

describe('assign()', () => {
  it('rejects an unknown strategy and a duplicate member id', () => {
    // Source: API contract (a group cannot contain the same member id twice).
    expect(() => assign('bogus' as AssignorStrategy, { topics: {}, members: [] })).toThrow(
      /unknown assignor/,
    );
    const twice = [
      { id: 'a', topics: ['t'] },
      { id: 'a', topics: ['t'] },
    ];
    expect(() => assign('range', { topics: { t: 1 }, members: twice })).toThrow(/duplicate member id/);
  });

  it('returns an empty object for an empty group', () => {
    // Source: API contract (every member present — there are none).
    for (const s of ['range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const) {
      expect(assign(s, { topics: { t: 3 }, members: [] })).toEqual({});
    }
  });
});
