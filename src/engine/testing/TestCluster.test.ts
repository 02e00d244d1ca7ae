/** The harness itself: fluent steps reach the engine through its public API and collect events. */
import { describe, expect, it } from 'vitest';
import { C, TestCluster } from './TestCluster';

describe('TestCluster', () => {
  it('a crashed follower leaves the ISR after replica.lag.time.max.ms and rejoins after a restart', () => {
    const c = TestCluster.replicated({ consumer: false, recordsPerSec: 20 })
      .advanceTo(1000)
      .expectIsr('orders-0', [0, 1, 2])
      .crashBroker(2)
      .advance(60_000)
      .expectIsr('orders-0', [0, 1])
      .expectLeader('orders-0', 0);
    expect(c.eventsOf('IsrShrunk').map((e) => e.isr)).toContainEqual([0, 1]);
    c.restartBroker(2).advance(60_000).expectIsr('orders-0', [0, 1, 2]);
  });

  it('collects group events and reads the assignment', () => {
    const c = TestCluster.from({ partitions: 4, group: { members: 2 } }).advanceTo(10_000);
    expect(c.eventsOf('RebalanceCompleted').length).toBeGreaterThan(0);
    expect(c.eventsOf('RecordAppended')).toEqual([]); // record-level events are kept only on request
    c.expectAssignment({ [C(0)]: [0, 1], [C(1)]: [2, 3] });
  });

  it('reads the producer sequences a partition log holds, one per record in offset order', () => {
    const c = TestCluster.replicated({ consumer: false, recordsPerSec: 100 }).advance(2000);
    const seqs = c.logSequences('orders-0');
    expect(seqs.length).toBe(c.partition('orders-0').logEndOffset);
    expect(seqs).toEqual(seqs.map((_, i) => i)); // idempotent producer, no faults: 0, 1, 2 …
  });
});
