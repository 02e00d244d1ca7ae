/**
 * The leader learns a follower's log end only from the offset in that follower's next fetch request
 * (Partition.updateFollowerFetchState), so the high watermark — and an acks=all acknowledgement —
 * trails the followers' own logs by one fetch (kafka-behaviour.md §3.1: "the HW reaches followers in
 * fetch responses"; followers pull).
 */
import { describe, expect, it } from 'vitest';
import { TestCluster } from '../testing/TestCluster';

describe('the leader knows a follower’s log end only from its fetches', () => {
  it('with followers fetching every 500 ms, the HW never runs ahead of what fetch requests reported', () => {
    const cluster = TestCluster.replicated({
      recordsPerSec: 50,
      timeline: [
        { atMs: 0, action: 'slowFollower', broker: 1, fetchDelayMs: 500 },
        { atMs: 0, action: 'slowFollower', broker: 2, fetchDelayMs: 500 },
      ],
    });
    let sawFollowerAhead = false;
    for (let t = 0; t < 10000; t += 10) {
      const tp = cluster.advance(10).partition('orders-0');
      for (const r of tp.replicaStates) {
        if (r.broker === tp.leader) continue;
        // HW ≤ what the leader learned from this follower's last fetch request …
        expect(tp.highWatermark).toBeLessThanOrEqual(r.leaderKnownEnd);
        // … while the follower's own log may already hold more (appended from the last response).
        if (r.logEndOffset > tp.highWatermark) sawFollowerAhead = true;
      }
    }
    expect(sawFollowerAhead).toBe(true);
    // The ledger's stages stay in order: nothing is "below HW" that was not replicated first.
    const l = cluster.partition('orders-0').ledger;
    expect(l.belowHw).toBeLessThanOrEqual(l.replicated);
    expect(l.replicated).toBeLessThanOrEqual(l.appended);
  });

  it('a new leader does not advance the HW until every ISR follower has fetched from it', () => {
    const cluster = TestCluster.replicated({
      recordsPerSec: 100,
      timeline: [{ atMs: 2000, action: 'crashBroker', broker: 0 }],
    });
    const before = cluster.advance(2000).partition('orders-0').highWatermark;
    // Until broker 0 is fenced (≤ 9 s) the partition has no reachable leader; then broker 1 leads.
    const tp = cluster.advance(12000).partition('orders-0');
    expect(tp.leader).toBe(1);
    expect(tp.highWatermark).toBeGreaterThanOrEqual(before);
    const follower = tp.replicaStates.find((r) => r.broker === 2)!;
    expect(follower.leaderKnownEnd).toBeGreaterThanOrEqual(tp.highWatermark);
  });
});
