/**
 * Properties of the broker-side assignors (fast-check, pinned seed): validity, balance, and
 * stickiness — a partition whose owner still subscribes and is not over its quota stays put.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment, TopicPartitionPair } from '../assignors/types';
import { assignRangeServer, assignUniform, type ServerGroupSpec } from './index';

const SEED = Number(process.env.ASSIGNOR_SEED ?? 848);
const RUNS = Number(process.env.ASSIGNOR_RUNS ?? 200);
const TOPICS = ['a', 'b', 'orders', 'T2'];
const MEMBERS = ['m1', 'm2', 'm3', 'm10', 'x', 'Y'];

/** Topics, members, and each partition's previous owner (any member, or nobody). */
const specArb = (homogeneous: boolean): fc.Arbitrary<ServerGroupSpec> =>
  fc
    .record({
      counts: fc.array(fc.nat({ max: 7 }), { minLength: TOPICS.length, maxLength: TOPICS.length }),
      ids: fc.uniqueArray(fc.constantFrom(...MEMBERS), { minLength: 1, maxLength: 6 }),
      shared: fc.subarray(TOPICS, { minLength: 1 }),
      own: fc.array(fc.subarray(TOPICS, { minLength: 1 }), { minLength: 6, maxLength: 6 }),
      owners: fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 32, maxLength: 32 }),
    })
    .map(({ counts, ids, shared, own, owners }) => {
      const topics = Object.fromEntries(TOPICS.map((t, i) => [t, counts[i]!]));
      const owned = new Map<string, TopicPartitionPair[]>(ids.map((id) => [id, []]));
      let k = 0;
      for (const t of TOPICS) {
        for (let p = 0; p < topics[t]!; p++) {
          const o = owners[k++ % owners.length]!;
          if (o >= 0 && o < ids.length) owned.get(ids[o]!)!.push([t, p]);
        }
      }
      return {
        topics,
        members: ids.map((id, i) => ({ id, topics: homogeneous ? shared : own[i]!, owned: owned.get(id)! })),
      };
    });

const size = (a: Assignment, id: string) => a[id]?.length ?? 0;

function expectValid(spec: ServerGroupSpec, result: Assignment) {
  const seen = new Set<string>();
  for (const m of spec.members) {
    for (const [t, p] of result[m.id] ?? []) {
      expect(m.topics).toContain(t);
      expect(seen.has(`${t}-${p}`)).toBe(false);
      seen.add(`${t}-${p}`);
    }
  }
  const subscribed = new Set(spec.members.flatMap((m) => m.topics));
  const total = [...subscribed].reduce((n, t) => n + spec.topics[t]!, 0);
  expect(seen.size).toBe(total);
}

describe('server-side assignor properties', () => {
  it('uniform, homogeneous: valid, sizes differ by at most one, members under quota keep everything', () => {
    fc.assert(
      fc.property(specArb(true), (spec) => {
        const result = assignUniform(spec);
        expectValid(spec, result);
        const sizes = spec.members.map((m) => size(result, m.id));
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        const total = sizes.reduce((a, b) => a + b, 0);
        const minQuota = Math.floor(total / spec.members.length);
        for (const m of spec.members) {
          const mine = m.owned!.filter(([t]) => m.topics.includes(t));
          if (mine.length <= minQuota) for (const tp of mine) expect(result[m.id]).toContainEqual(tp);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('uniform, heterogeneous: valid, and no partition could go to a subscriber with two fewer', () => {
    fc.assert(
      fc.property(specArb(false), (spec) => {
        const result = assignUniform(spec);
        expectValid(spec, result);
        for (const m of spec.members) {
          for (const [t] of result[m.id]!) {
            for (const other of spec.members) {
              if (other.topics.includes(t))
                expect(size(result, m.id) - size(result, other.id)).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('uniform, heterogeneous: an owned, still-subscribed partition moves only to a member that ends no fuller', () => {
    // Kafka's heterogeneous builder keeps every such partition first and only moves partitions from
    // more to less loaded subscribers while balancing, so the old owner never ends up the lighter one.
    fc.assert(
      fc.property(specArb(false), (spec) => {
        const result = assignUniform(spec);
        const ownerNow = new Map<string, string>();
        for (const [id, list] of Object.entries(result))
          for (const [t, p] of list) ownerNow.set(`${t}-${p}`, id);
        for (const m of spec.members) {
          for (const [t, p] of m.owned!.filter(([x]) => m.topics.includes(x))) {
            const now = ownerNow.get(`${t}-${p}`)!;
            if (now !== m.id) expect(size(result, now)).toBeLessThanOrEqual(size(result, m.id) + 1);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('uniform: a settled assignment is a fixed point (nothing moves when nothing changed)', () => {
    fc.assert(
      fc.property(fc.boolean().chain(specArb), (spec) => {
        const first = assignUniform(spec);
        const again = assignUniform({
          ...spec,
          members: spec.members.map((m) => ({ ...m, owned: first[m.id] })),
        });
        expect(again).toEqual(first);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('range (server): valid, each topic split n/m with the first n%m subscribers one more', () => {
    fc.assert(
      fc.property(fc.boolean().chain(specArb), (spec) => {
        const result = assignRangeServer(spec);
        expectValid(spec, result);
        for (const t of TOPICS) {
          const counts = spec.members
            .filter((m) => m.topics.includes(t))
            .map((m) => result[m.id]!.filter(([x]) => x === t).length);
          if (counts.length > 0) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
