/**
 * Found by the KIP-848 fuzzer: partitions added to a subscribed topic never reached a consumer-protocol
 * group, because only a membership or subscription change bumped the group epoch. In Kafka the new
 * partition count changes the group's subscription metadata, which bumps the group epoch at the next
 * heartbeat (`GroupMetadataManager.consumerGroupHeartbeat`), so the next target assignment includes them.
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../../index';
import { TestCluster } from '../../testing/TestCluster';

describe('group.protocol=consumer and added partitions', () => {
  it('bumps the group epoch and assigns the new partitions within a heartbeat interval or two', () => {
    const r = TestCluster.from({
      partitions: 4,
      producer: { workload: { recordsPerSec: 10 } },
      group: { members: 2, protocol: 'consumer', config: { 'auto.offset.reset': 'earliest' } },
    });
    r.advanceTo(15_000);
    const cp = r.sim.groups[0]!.consumerProtocol!;
    const epoch = cp.groupEpoch;
    apply(r.sim, { action: 'addPartitions', topic: 'orders', partitions: 6 });
    r.advanceTo(30_000);
    expect(cp.groupEpoch).toBe(epoch + 1);
    const owned = r.sim.groups[0]!.members.flatMap((m) => m.assigned.map((a) => a.partition)).sort();
    expect(owned).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cp.members.every((m) => m.state === 'STABLE' && m.memberEpoch === cp.groupEpoch)).toBe(true);
  });
});
