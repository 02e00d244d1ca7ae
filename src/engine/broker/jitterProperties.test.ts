/**
 * The replication invariants over many seeds with network jitter on (`kafkascope.network.jitter.ms`), so
 * each seed is its own interleaving of fetches, acks and failures: with acks=all, min.insync.replicas ≥ 2
 * and unclean election off no acknowledged record is lost, and the high watermark never passes an ISR
 * member's log end (kafka-behaviour.md §3). Many seeds × short runs keep it quick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestCluster } from '../testing/TestCluster';
import { JITTER_KEY } from '../core/network';
import { checkHighWatermark, type HighWatermarkMemory } from '../invariants';

describe('replication properties over many seeds, network jitter on', () => {
  it('acks=all, min.insync.replicas ≥ 2, a broker crashes and returns: nothing acknowledged is lost; HW ≤ every ISR LEO', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 500, max: 4000 }),
        fc.integer({ min: 500, max: 12000 }),
        (seed, jitter, minIsr, broker, crashAt, downMs) => {
          const cluster = TestCluster.replicated({
            seed,
            partitions: 2,
            recordsPerSec: 200,
            consumer: false,
            clusterConfig: { [JITTER_KEY]: jitter },
            topicConfig: { 'min.insync.replicas': minIsr },
          });
          const problems: string[] = [];
          const hw: HighWatermarkMemory = new Map();
          const runFor = (ms: number) => {
            for (let t = 0; t < ms; t += 250) {
              cluster.advance(Math.min(250, ms - t));
              // Shared with the fuzzer: HW ≤ every ISR member's LEO, and HW never moves back in one leader epoch.
              for (const v of checkHighWatermark(cluster.sim, hw)) problems.push(`${v.detail} at ${v.at} ms`);
            }
          };
          runFor(crashAt);
          cluster.apply({ action: 'crashBroker', broker });
          runFor(downMs);
          cluster.apply({ action: 'restartBroker', broker });
          runFor(5000);
          const lost = cluster.sim.topics[0]!.partitions.reduce((n, tp) => n + tp.ledger.lostAfterAck, 0);
          expect(problems, `seed ${seed}, jitter ${jitter}`).toEqual([]);
          expect(lost, `seed ${seed}, jitter ${jitter}: acknowledged records lost`).toBe(0);
        },
      ),
      { numRuns: 30, seed: 11_2026 },
    );
  }, 120_000);
});
