/**
 * The timeline's read model of a KIP-848 reconciliation: which partitions moved, when the old owner was
 * asked to revoke, when it acknowledged, when the new owner got it — and the member epochs. Expected
 * order from kafka-behaviour.md §4.10 and Kafka's `CurrentAssignmentBuilder`: a partition is assigned to
 * its new owner only after the old owner released it; members that keep everything still move to the
 * new epoch, without pausing.
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../../index';
import { TestCluster } from '../../testing/TestCluster';
import { partitionMoves } from './moves';
import { consumerProtocolView } from './view';

describe('partitionMoves (KIP-848 reconciliation on the timeline)', () => {
  const r = TestCluster.from({
    partitions: 6,
    producer: { workload: { recordsPerSec: 50 } },
    group: { members: 2, protocol: 'consumer', config: { 'auto.offset.reset': 'earliest' } },
  });
  r.advanceTo(20_000);
  const g = r.sim.groups[0]!;
  const before = new Map(g.members.map((m) => [m.clientId, m.assigned.map((a) => `orders-${a.partition}`)]));
  apply(r.sim, { action: 'addConsumer', group: 'g1' });
  r.advance(20_000);
  const view = consumerProtocolView(g).consumerProtocol!;
  const moves = partitionMoves(view.timeline.events, g.classic.segments).filter((m) => m.askedAt! >= 20_000);

  it('lists exactly the partitions that changed owner, each from its old owner to the newcomer', () => {
    const moved = [...before].flatMap(([id, ps]) =>
      ps.filter(
        (p) => !g.members.find((m) => m.clientId === id)!.assigned.some((a) => `orders-${a.partition}` === p),
      ),
    );
    expect(moves.map((m) => m.partition).sort()).toEqual(moved.sort());
    expect(moves.length).toBe(2);
    for (const m of moves) {
      expect(before.get(m.from)).toContain(m.partition);
      expect(m.to).toBe('consumer-g1-3');
    }
  });

  it('the join bumped the group epoch once (two members joined one after the other before it)', () => {
    expect(view.groupEpoch).toBe(3);
  });

  it('asked → acknowledged → assigned → received, in that order, with the epochs they moved to', () => {
    for (const m of moves) {
      expect(m.release).toBe('revoked');
      expect(m.askedAt!).toBeLessThan(m.releasedAt!);
      expect(m.releasedAt!).toBeLessThanOrEqual(m.assignedAt!);
      expect(m.assignedAt!).toBeLessThan(m.receivedAt!);
      // The old owner stopped consuming when it revoked (in poll()), before the coordinator heard of it.
      expect(m.stoppedAt!).toBeGreaterThanOrEqual(m.askedAt!);
      expect(m.stoppedAt!).toBeLessThanOrEqual(m.releasedAt!);
      expect(m.releaseEpoch).toBe(view.groupEpoch);
      expect(m.assignEpoch).toBe(view.groupEpoch);
    }
  });

  it('every member’s epoch step to the new group epoch is logged, including members that move nothing', () => {
    const steps = view.timeline.epochs.filter((e) => e.at >= 20_000);
    expect(new Set(steps.map((s) => s.member))).toEqual(new Set(g.members.map((m) => m.clientId)));
    expect(steps.every((s) => s.memberEpoch === view.groupEpoch && s.groupEpoch === view.groupEpoch)).toBe(
      true,
    );
    expect(view.members.every((m) => m.sessionDeadline > r.sim.now)).toBe(true);
  });

  it('a partition freed by a fenced or departed member starts its move without a revoke request', () => {
    const moves2 = partitionMoves(
      [
        { at: 10, member: 'a', kind: 'fenced', memberEpoch: 3, groupEpoch: 4, partitions: ['t-0'] },
        { at: 20, member: 'b', kind: 'assign', memberEpoch: 4, groupEpoch: 4, partitions: ['t-0'] },
      ],
      [
        { partition: 't-0', clientId: 'a', from: 0, to: 4 },
        { partition: 't-0', clientId: 'b', from: 25, to: -1 },
      ],
    );
    expect(moves2).toEqual([
      {
        partition: 't-0',
        from: 'a',
        askedAt: null,
        releasedAt: 10,
        release: 'fenced',
        releaseEpoch: null,
        to: 'b',
        assignedAt: 20,
        assignEpoch: 4,
        receivedAt: 25,
        stoppedAt: 4,
      },
    ]);
  });
});
