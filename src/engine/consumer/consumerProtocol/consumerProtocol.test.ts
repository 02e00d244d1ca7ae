/**
 * The KIP-848 consumer group protocol in the engine (kafka-behaviour.md §4.10; Kafka's
 * GroupMetadataManager / CurrentAssignmentBuilder rules): no JoinGroup/SyncGroup, epochs advance,
 * members reconcile on their own, a join moves only what the new target moves, a member that does not
 * revoke in time is fenced, and no partition is ever owned by two members.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { apply } from '../../index';
import type { SimState } from '../../model/state';
import { checkLiveOwnersDisjoint } from '../../invariants';
import { ofType, TestCluster } from '../../testing/TestCluster';
import { assignServerSide } from '../serverAssignors';

vi.setConfig({ testTimeout: 60_000 });

const group = (members: number, extra: Record<string, unknown> = {}) =>
  TestCluster.from({
    partitions: 6,
    producer: { workload: { recordsPerSec: 50 } },
    group: { members, protocol: 'consumer', config: { 'auto.offset.reset': 'earliest' }, ...extra },
  });

/** Live clients' owned partitions must be disjoint (src/engine/invariants). */
function expectNoDoubleOwnership(sim: SimState): void {
  expect(checkLiveOwnersDisjoint(sim).map((v) => v.detail)).toEqual([]);
}

describe('group.protocol=consumer (KIP-848)', () => {
  it('puts ConsumerGroupHeartbeats on the wire, never JoinGroup/SyncGroup, and settles every partition', () => {
    const r = group(3);
    const kinds = new Set<string>();
    for (let t = 0; t < 20_000; t += 100) {
      r.advance(100);
      for (const m of r.sim.messages) kinds.add(m.kind);
    }
    expect([...kinds].some((k) => k.startsWith('consumerGroupHeartbeat'))).toBe(true);
    expect([...kinds].filter((k) => /join|sync/i.test(k))).toEqual([]);
    const cp = r.sim.groups[0]!.consumerProtocol!;
    expect(cp.members.every((m) => m.state === 'STABLE' && m.memberEpoch === cp.groupEpoch)).toBe(true);
    const owned = r.sim.groups[0]!.members.flatMap((m) => m.assigned.map((a) => a.partition)).sort();
    expect(owned).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a join moves only the partitions the new target moves; the others never pause', () => {
    const r = group(3);
    r.advanceTo(20_000);
    const g = r.sim.groups[0]!;
    const before = new Map(g.members.map((m) => [m.clientId, m.assigned.map((a) => a.partition)]));
    const epoch = g.consumerProtocol!.groupEpoch;
    r.clearEvents();
    apply(r.sim, { action: 'addConsumer', group: 'g1' });
    r.advance(20_000);
    const after = new Map(g.members.map((m) => [m.clientId, m.assigned.map((a) => a.partition)]));
    const moved = [...before].flatMap(([id, ps]) => ps.filter((p) => !after.get(id)!.includes(p)));
    expect(g.consumerProtocol!.groupEpoch).toBe(epoch + 1);
    // What the uniform assignor's new target moves, computed independently of the engine's run.
    const target = assignServerSide('uniform', {
      topics: { orders: 6 },
      members: [...before]
        .map(([id, ps]) => ({
          id,
          topics: ['orders'],
          owned: ps.map((p): [string, number] => ['orders', p]),
        }))
        .concat([{ id: 'consumer-g1-4', topics: ['orders'], owned: [] }]),
    });
    const expectedMoves = [...before].flatMap(([id, ps]) =>
      ps.filter((p) => !target[id]!.some(([, q]) => q === p)),
    );
    expect(moved.sort()).toEqual(expectedMoves.sort());
    expect(moved.length).toBeGreaterThan(0);
    expect([...after.get('consumer-g1-4')!].sort()).toEqual([...moved].sort());
    const revoked = ofType(r.events, 'PartitionsRevoked').flatMap((e) => e.partitions);
    expect(revoked.sort()).toEqual(moved.map((p) => `orders-${p}`).sort());
    // Only the moved partitions were ever without an owner.
    const paused = new Set(g.classic.segments.filter((s) => s.from >= 20_000).map((s) => s.partition));
    expect([...paused].sort()).toEqual(moved.map((p) => `orders-${p}`).sort());
    expect(ofType(r.events, 'GroupStateChanged')).toEqual([]);
  });

  it('fences a member that does not give up its partitions (slow consumer) and hands them on', () => {
    const r = group(2, { config: { 'auto.offset.reset': 'earliest', 'max.poll.interval.ms': 20_000 } });
    r.advanceTo(15_000);
    apply(r.sim, {
      action: 'slowConsumer',
      group: 'g1',
      member: 'consumer-g1-1',
      processingMsPerRecord: 60_000,
    });
    r.advance(1_000);
    r.clearEvents();
    apply(r.sim, { action: 'addConsumer', group: 'g1' });
    r.advance(40_000);
    const removed = ofType(r.events, 'MemberRemoved').filter((e) => e.member === 'consumer-g1-1');
    expect(removed.length).toBeGreaterThan(0);
    const cp = r.sim.groups[0]!.consumerProtocol!;
    expect(cp.members.map((m) => m.clientId)).not.toContain('consumer-g1-1');
    expectNoDoubleOwnership(r.sim);
  });

  it('fences a crashed member after group.consumer.session.timeout.ms (45 s), not before', () => {
    const r = group(2);
    r.advanceTo(10_000);
    apply(r.sim, { action: 'crashConsumer', group: 'g1', member: 'consumer-g1-1' });
    r.clearEvents();
    r.advance(40_000);
    expect(ofType(r.events, 'MemberRemoved')).toEqual([]);
    r.advance(10_000);
    const removed = ofType(r.events, 'MemberRemoved');
    expect(removed.map((e) => [e.member, e.reason])).toEqual([
      ['consumer-g1-1', 'group.consumer.session.timeout.ms expired'],
    ]);
    r.advance(10_000);
    const survivor = r.sim.groups[0]!.members[1]!;
    expect(survivor.assigned.map((a) => a.partition)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a static member that leaves with epoch -2 and returns gets its partitions back with no new epoch', () => {
    const r = group(0);
    apply(r.sim, { action: 'addConsumer', group: 'g1', groupInstanceId: 'static-a' });
    apply(r.sim, { action: 'addConsumer', group: 'g1', groupInstanceId: 'static-b' });
    r.advanceTo(20_000);
    const g = r.sim.groups[0]!;
    const cp = g.consumerProtocol!;
    const a = cp.members.find((m) => m.instanceId === 'static-a')!;
    const partitions = a.assigned.map(([, p]) => p);
    const epoch = cp.groupEpoch;
    apply(r.sim, { action: 'stopConsumer', group: 'g1', member: a.clientId });
    r.advance(5_000);
    expect(cp.members.find((m) => m.instanceId === 'static-a')!.memberEpoch).toBe(-2);
    apply(r.sim, { action: 'addConsumer', group: 'g1', groupInstanceId: 'static-a' });
    r.advance(10_000);
    expect(cp.groupEpoch).toBe(epoch);
    const back = g.members[g.members.length - 1]!;
    expect(back.assigned.map((x) => x.partition)).toEqual(partitions);
  });

  it('never lets two members own a partition, over fuzzed join/leave/crash sequences', () => {
    const step = fc.record({
      at: fc.integer({ min: 500, max: 20_000 }),
      what: fc.constantFrom('add', 'addStatic', 'stop', 'crash', 'slow'),
      who: fc.nat({ max: 5 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(step, { maxLength: 6 }), (seed, steps) => {
        const r = TestCluster.from({
          seed,
          partitions: 5,
          producer: { workload: { recordsPerSec: 100 } },
          group: {
            members: 2,
            protocol: 'consumer',
            config: { 'auto.offset.reset': 'earliest', 'max.poll.interval.ms': 15_000 },
          },
        });
        let n = 0;
        for (const s of steps) {
          for (let t = 0; t < s.at; t += 250) {
            r.advance(250);
            expectNoDoubleOwnership(r.sim);
          }
          const members = r.sim.groups[0]!.members;
          const target = members[s.who % members.length]!.clientId;
          if (s.what === 'add') apply(r.sim, { action: 'addConsumer', group: 'g1' });
          else if (s.what === 'addStatic')
            apply(r.sim, { action: 'addConsumer', group: 'g1', groupInstanceId: `s-${n++ % 2}` });
          else if (s.what === 'stop') apply(r.sim, { action: 'stopConsumer', group: 'g1', member: target });
          else if (s.what === 'crash') apply(r.sim, { action: 'crashConsumer', group: 'g1', member: target });
          else
            apply(r.sim, { action: 'slowConsumer', group: 'g1', member: target, processingMsPerRecord: 500 });
        }
        for (let t = 0; t < 50_000; t += 250) {
          r.advance(250);
          expectNoDoubleOwnership(r.sim);
        }
      }),
      { seed: 848, numRuns: 12 },
    );
  });
});
