/**
 * The coordinator alone, driven by hand-made ConsumerGroupHeartbeats (Kafka's GroupMetadataManager and
 * CurrentAssignmentBuilder rules): a member that keeps listing a partition it was asked to revoke stays
 * at its epoch, its partition is not given to anybody, and it is fenced when its rebalance timeout ends.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation } from '../../index';
import type { Step } from '../../core/step';
import type { TopicPartitionPair } from '../assignors/types';
import { testScenario } from '../../testing/scenarios';
import { handleConsumerGroupHeartbeat } from './coordinator';

function setup() {
  const sim = createSimulation(
    testScenario({
      partitions: 4,
      producer: { workload: { recordsPerSec: 0 } },
      group: { members: 0, protocol: 'consumer' },
    }),
  );
  const g = sim.groups[0]!;
  const beat = (memberId: string, memberEpoch: number, owned: TopicPartitionPair[]) => {
    const step: Step = { sim, out: [] };
    handleConsumerGroupHeartbeat(step, {
      kind: 'consumerGroupHeartbeatRequest',
      id: -1,
      sentAt: sim.now,
      arriveAt: sim.now,
      group: 0,
      member: 99, // no client: responses go nowhere
      broker: g.classic.coordinator,
      memberId,
      memberEpoch,
      instanceId: null,
      rebalanceTimeoutMs: 10_000,
      topics: ['orders'],
      owned,
      serverAssignor: 'uniform',
    });
    return step.out;
  };
  const member = (id: string) => g.consumerProtocol!.members.find((m) => m.memberId === id);
  return { sim, g, beat, member };
}

const all: TopicPartitionPair[] = [0, 1, 2, 3].map((p) => ['orders', p]);

describe('consumer group coordinator (KIP-848)', () => {
  it('holds back a partition until its owner acknowledges the revocation, then hands it on', () => {
    const { beat, member } = setup();
    beat('A', 0, []);
    expect(member('A')!.assigned).toEqual(all);
    beat('B', 0, []);
    expect(member('B')!.state).toBe('UNRELEASED_PARTITIONS');
    expect(member('B')!.assigned).toEqual([]);
    beat('A', 1, all);
    expect(member('A')!.state).toBe('UNREVOKED_PARTITIONS');
    expect(member('A')!.memberEpoch).toBe(1);
    const kept = member('A')!.assigned;
    beat('A', 1, kept); // acknowledges: it no longer lists the revoked partitions
    expect(member('A')!).toMatchObject({ state: 'STABLE', memberEpoch: 2 });
    beat('B', 2, []);
    expect(member('B')!).toMatchObject({ state: 'STABLE', memberEpoch: 2 });
    expect([...kept, ...member('B')!.assigned].sort()).toEqual(all);
  });

  it('fences a member that does not revoke within its rebalance timeout', () => {
    const { sim, g, beat, member } = setup();
    beat('A', 0, []);
    beat('B', 0, []);
    beat('A', 1, all);
    expect(member('A')!.state).toBe('UNREVOKED_PARTITIONS');
    // A keeps heartbeating (its session stays alive) but still lists everything.
    for (let i = 0; i < 3; i++) {
      advance(sim, 3_000);
      beat('A', 1, all);
      beat('B', 2, []);
    }
    expect(member('A')).toBeDefined();
    const events = advance(sim, 2_000);
    expect(member('A')).toBeUndefined();
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'MemberRemoved',
        reason: expect.stringContaining('rebalance timeout'),
      }),
    );
    const epoch = g.consumerProtocol!.groupEpoch;
    beat('B', 2, []);
    expect(member('B')!.assigned).toEqual(all);
    expect(member('B')!.memberEpoch).toBe(epoch);
  });

  it('fences a heartbeat with a stale epoch (FENCED_MEMBER_EPOCH) but forgives the previous one', () => {
    const { sim, beat, member } = setup();
    beat('A', 0, []);
    beat('B', 0, []);
    beat('A', 1, all);
    beat('A', 1, member('A')!.assigned); // now at epoch 2, previous epoch 1
    const before = sim.messages.length;
    beat('A', 1, member('A')!.assigned); // a lost response: epoch 1 with partitions it still owns is fine
    const ok = sim.messages.slice(before).find((m) => m.kind === 'consumerGroupHeartbeatResponse');
    expect(ok && 'error' in ok ? ok.error : 'none').toBeNull();
    beat('A', 7, []);
    const fenced = sim.messages.filter((m) => m.kind === 'consumerGroupHeartbeatResponse').pop();
    expect(fenced && 'error' in fenced ? fenced.error : null).toBe('FENCED_MEMBER_EPOCH');
  });
});
