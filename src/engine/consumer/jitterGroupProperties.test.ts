/**
 * The group-protocol invariants over many seeds with network jitter on (`kafkascope.network.jitter.ms`),
 * so each seed orders joins, syncs, heartbeats and commits differently: no partition has two owners in a
 * generation (nor two live consumers at once), and a member's committed offsets never go back
 * (kafka-behaviour.md §4). Many seeds × short runs keep it quick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply } from '../index';
import { JITTER_KEY } from '../core/network';
import { checkLiveOwnersDisjoint } from '../invariants';
import { ofType, TestCluster } from '../testing/TestCluster';

const STRATEGIES = ['range,cooperative-sticky', 'range', 'roundrobin', 'sticky', 'cooperative-sticky'];

const caseArb = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  jitter: fc.integer({ min: 1, max: 100 }),
  partitions: fc.integer({ min: 1, max: 6 }),
  members: fc.integer({ min: 1, max: 3 }),
  strategy: fc.constantFrom(...STRATEGIES),
  ops: fc.array(
    fc.record({
      atMs: fc.integer({ min: 6_000, max: 15_000 }),
      kind: fc.constantFrom('add', 'stop', 'crash'),
      who: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 3 },
  ),
});

function run(c: typeof caseArb extends fc.Arbitrary<infer T> ? T : never) {
  const r = TestCluster.from({
    seed: c.seed,
    partitions: c.partitions,
    networkDelayMs: 3,
    producer: { workload: { recordsPerSec: 50 } },
    group: {
      members: c.members,
      config: { 'partition.assignment.strategy': c.strategy, 'auto.offset.reset': 'earliest' },
    },
  });
  apply(r.sim, { action: 'setBrokerConfig', key: JITTER_KEY, value: c.jitter });
  const ownedTwice: string[] = [];
  const ops = [...c.ops].sort((a, b) => a.atMs - b.atMs);
  for (let t = 1000; t <= 30_000; t += 1000) {
    for (const op of ops.filter((o) => o.atMs > t - 1000 && o.atMs <= t)) {
      r.advanceTo(op.atMs);
      const live = r.sim.groups[0]!.members.filter(
        (m) => m.client.status !== 'stopped' && m.client.status !== 'crashed',
      );
      if (op.kind === 'add') apply(r.sim, { action: 'addConsumer', group: 'g1' });
      else if (live.length > 1)
        apply(r.sim, {
          action: op.kind === 'stop' ? 'stopConsumer' : 'crashConsumer',
          group: 'g1',
          member: live[op.who % live.length]!.clientId,
        });
    }
    r.advanceTo(t);
    for (const v of checkLiveOwnersDisjoint(r.sim)) ownedTwice.push(`${v.detail} at ${t}`);
  }
  return { events: r.events, ownedTwice };
}

describe('group protocol properties over many seeds, network jitter on', () => {
  it('no partition owned twice in a generation or by two live consumers; committed offsets never go back', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { events, ownedTwice } = run(c);
        const at = `seed ${c.seed}, jitter ${c.jitter}`;
        expect(ownedTwice, at).toEqual([]);
        for (const e of ofType(events, 'RebalanceCompleted')) {
          const all = Object.values(e.assignment).flat();
          expect(new Set(all).size, `${at}: partition assigned twice in gen ${e.generation}`).toBe(
            all.length,
          );
        }
        const last = new Map<string, number>();
        for (const e of ofType(events, 'OffsetsCommitted'))
          for (const o of e.offsets) {
            const key = `${e.member}/${o.topic}-${o.partition}`;
            expect(o.offset, `${at}: ${key} went back`).toBeGreaterThanOrEqual(last.get(key) ?? 0);
            last.set(key, o.offset);
          }
      }),
      { numRuns: 30, seed: 29_112026 },
    );
  }, 120_000);
});
