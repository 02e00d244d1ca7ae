/**
 * A new coordinator loads a consumer-protocol group as Kafka's `GroupMetadataManager.onLoaded` does: every
 * member's session timeout (`group.consumer.session.timeout.ms`, 45 s) starts again at the load, and a
 * crashed coordinator fences nobody meanwhile. (Before the KIP-848 fuzzer's run the restart waited for the
 * first old timer to fire after the load, so a crashed member was fenced up to one session later.)
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../../index';
import { ofType, TestCluster } from '../../testing/TestCluster';

describe('group.protocol=consumer across a coordinator move', () => {
  it('restarts the session timeout when the new coordinator loads the group', () => {
    const r = TestCluster.from({
      brokers: 3,
      partitions: 4,
      producer: { workload: { recordsPerSec: 10 } },
      group: { members: 2, protocol: 'consumer', config: { 'auto.offset.reset': 'earliest' } },
    });
    r.advanceTo(15_000);
    const g = r.sim.groups[0]!;
    apply(r.sim, { action: 'crashConsumer', group: 'g1', member: 'consumer-g1-2' });
    r.advanceTo(20_000);
    apply(r.sim, { action: 'crashBroker', broker: g.classic.coordinator });
    r.advanceTo(120_000);
    const moved = ofType(r.events, 'CoordinatorMoved').find((e) => e.to >= 0)!;
    expect(moved).toBeDefined();
    const removed = ofType(r.events, 'MemberRemoved').filter((e) => e.member === 'consumer-g1-2');
    expect(removed).toHaveLength(1);
    expect(removed[0]!.at).toBe(moved.at + 45_000);
  });
});
