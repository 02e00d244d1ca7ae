/**
 * Property tests (fast-check, pinned seeds: a failure prints the seed and path to replay it). The
 * invariants are the ones Kafka's `verifyValidityAndBalance` / `verifyCooperativeValidity` check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign, type Assignment, type AssignorInput, type MemberSubscription } from './index';

// Pinned; override with ASSIGNOR_SEED / ASSIGNOR_RUNS to explore, then pin any failure as a named case.
const SEED = Number(process.env.ASSIGNOR_SEED ?? 42);
const RUNS = Number(process.env.ASSIGNOR_RUNS ?? 150);
const TOPIC_NAMES = ['t0', 't1', 'orders', 'T2'];
const MEMBER_IDS = ['consumer-1', 'consumer-2', 'consumer-10', 'C0', 'C1', 'C3', 'a', 'B'];

const topicsArb = fc
  .uniqueArray(fc.constantFrom(...TOPIC_NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((n) => fc.tuple(fc.constant(n), fc.nat({ max: 8 })))))
  .map((entries) => Object.fromEntries(entries) as Record<string, number>);

/** Members with non-empty subscriptions (see the empty-subscription quirk in sticky.test.ts). */
const groupArb = (sameSubscription: boolean) =>
  topicsArb.chain((topics) => {
    const names = [...Object.keys(topics), 'ghost'];
    const subscription = fc.subarray(names, { minLength: 1 });
    return fc
      .tuple(fc.uniqueArray(fc.constantFrom(...MEMBER_IDS), { minLength: 1, maxLength: 6 }), subscription)
      .chain(([ids, shared]) =>
        fc.tuple(
          ...ids.map((id) =>
            (sameSubscription ? fc.constant(shared) : subscription).map((t) => ({ id, topics: t })),
          ),
        ),
      )
      .map((members): AssignorInput => ({ topics, members }));
  });

/**
 * A second rebalance: some members leave, some join (with the first member's subscription), some
 * change their subscription; everyone reports what it got as owned.
 */
const changedGroupArb = (sameSubscription: boolean) =>
  groupArb(sameSubscription).chain((input) => {
    const names = [...Object.keys(input.topics), 'ghost'];
    const resubscribe = fc.option(fc.subarray(names, { minLength: 1 }), {
      freq: sameSubscription ? 1000 : 3,
    });
    return fc
      .tuple(
        fc.subarray(input.members, { minLength: 0 }),
        fc.subarray(
          MEMBER_IDS.filter((id) => !input.members.some((m) => m.id === id)),
          { maxLength: 2 },
        ),
        fc.array(resubscribe, { minLength: 6, maxLength: 6 }),
      )
      .map(([kept, join, topics]) => ({
        input,
        stay: kept.map((m, i) => ({ ...m, topics: topics[i] ?? m.topics })),
        join,
      }));
  });

function secondRound(
  strategy: 'sticky' | 'cooperative-sticky',
  g: { input: AssignorInput; stay: MemberSubscription[]; join: string[] },
) {
  const first = assign(strategy, g.input);
  const shared = g.input.members[0]!.topics;
  const members: MemberSubscription[] = [
    ...g.stay.map((m) => ({ ...m, owned: first[m.id]!, generation: 1 })),
    ...g.join.map((id) => ({ id, topics: shared })),
  ];
  return { first, second: { topics: g.input.topics, members } };
}

/** Every existing partition of a subscribed topic is assigned once, only to a subscriber. */
function expectValid(input: AssignorInput, result: Assignment, complete = true): void {
  expect(Object.keys(result).sort()).toEqual(input.members.map((m) => m.id).sort());
  const owner = new Map<string, string>();
  for (const m of input.members) {
    for (const [topic, p] of result[m.id]!) {
      expect(m.topics).toContain(topic);
      expect(p).toBeLessThan(input.topics[topic]!);
      expect(owner.has(`${topic}-${p}`)).toBe(false);
      owner.set(`${topic}-${p}`, m.id);
    }
  }
  if (!complete) return;
  for (const [topic, count] of Object.entries(input.topics)) {
    if (!input.members.some((m) => m.topics.includes(topic))) continue;
    for (let p = 0; p < count; p++) expect(owner.has(`${topic}-${p}`)).toBe(true);
  }
}

/** Members with identical subscriptions differ by at most one partition. */
function expectBalancedPeers(input: AssignorInput, result: Assignment): void {
  const byKey = new Map<string, number[]>();
  for (const m of input.members) {
    const key = [...m.topics].sort().join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), result[m.id]!.length]);
  }
  for (const counts of byKey.values())
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
}

/** Kafka's verifyCooperativeValidity: nothing is added to one member while revoked from another. */
function expectNoDirectMove(input: AssignorInput, result: Assignment): boolean {
  const added = new Set<string>();
  const revoked = new Set<string>();
  for (const m of input.members) {
    const owned = new Set((m.owned ?? []).map(([t, p]) => `${t}-${p}`));
    const assigned = new Set(result[m.id]!.map(([t, p]) => `${t}-${p}`));
    for (const tp of assigned) if (!owned.has(tp)) added.add(tp);
    for (const tp of owned) if (!assigned.has(tp)) revoked.add(tp);
  }
  for (const tp of added) expect(revoked.has(tp)).toBe(false);
  return revoked.size > 0;
}

describe('assignor properties', { timeout: 120_000 }, () => {
  it(`range, roundrobin, sticky: valid and complete (seed ${SEED})`, () => {
    fc.assert(
      fc.property(groupArb(false), (input) => {
        for (const s of ['range', 'roundrobin', 'sticky'] as const) expectValid(input, assign(s, input));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`roundrobin and sticky: balanced when everyone subscribes alike (seed ${SEED})`, () => {
    fc.assert(
      fc.property(groupArb(true), (input) => {
        for (const s of ['roundrobin', 'sticky'] as const) expectBalancedPeers(input, assign(s, input));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`sticky: members with identical subscriptions stay balanced, fresh and after a change (seed ${SEED})`, () => {
    fc.assert(
      fc.property(changedGroupArb(false), (g) => {
        expectBalancedPeers(g.input, assign('sticky', g.input));
        const { second } = secondRound('sticky', g);
        if (second.members.length === 0) return;
        const result = assign('sticky', second);
        expectValid(second, result);
        expectBalancedPeers(second, result);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it(`cooperative-sticky: no direct moves; follow-up rebalances converge to a valid balanced state (seed ${SEED})`, () => {
    fc.assert(
      fc.property(changedGroupArb(false), (g) => {
        const { second } = secondRound('cooperative-sticky', g);
        if (second.members.length === 0) return;
        let input: AssignorInput = second;
        let result = assign('cooperative-sticky', input);
        for (let round = 0; expectNoDirectMove(input, result); round++) {
          expect(round).toBeLessThan(4);
          expectValid(input, result, false);
          input = {
            ...input,
            members: input.members.map((m) => ({ ...m, owned: result[m.id]!, generation: 1 })),
          };
          result = assign('cooperative-sticky', input);
        }
        expectValid(input, result);
        expectBalancedPeers(input, result);
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  it(`range: topics with equal partition counts and subscribers are co-partitioned (seed ${SEED})`, () => {
    fc.assert(
      fc.property(groupArb(false), (input) => {
        const result = assign('range', input);
        const ownerOf = (topic: string, p: number) =>
          Object.entries(result).find(([, list]) => list.some(([t, q]) => t === topic && q === p))?.[0];
        const subscribers = (topic: string) =>
          input.members
            .filter((m) => m.topics.includes(topic))
            .map((m) => m.id)
            .join();
        const topics = Object.keys(input.topics);
        for (const a of topics)
          for (const b of topics) {
            if (a >= b || input.topics[a] !== input.topics[b] || subscribers(a) !== subscribers(b)) continue;
            for (let p = 0; p < input.topics[a]!; p++) expect(ownerOf(a, p)).toBe(ownerOf(b, p));
          }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`every assignor is pure: same input, same output, input untouched (seed ${SEED})`, () => {
    fc.assert(
      fc.property(changedGroupArb(false), (g) => {
        const { second } = secondRound('sticky', g);
        const snapshot = JSON.stringify(second);
        for (const s of ['range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const) {
          expect(assign(s, second)).toEqual(assign(s, second));
        }
        expect(JSON.stringify(second)).toBe(snapshot);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
