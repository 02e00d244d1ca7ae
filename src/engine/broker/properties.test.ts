/**
 * Property tests for replication (fast-check, pinned seeds; the run's scenario seed is in every failure
 * message): acks=all + min ISR ≥ 2 + clean elections lose no acknowledged record under any sequence of
 * single-broker crashes and restarts; idempotence survives lost acks and retries without duplicates or
 * reordering; the high watermark never passes an ISR member's log end and never moves back on a leader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimState } from '../model/state';
import { TestCluster } from '../testing/TestCluster';
import { checkHighWatermark as highWatermarkViolations, type HighWatermarkMemory } from '../invariants';

/** Checked after every step (src/engine/invariants): HW ≤ every ISR member's LEO; HW only grows in one leader epoch. */
function checkHighWatermark(sim: SimState, memory: HighWatermarkMemory, seed: number): void {
  const violations = highWatermarkViolations(sim, memory);
  if (violations.length > 0) throw new Error(`seed ${seed}: ${violations[0]!.detail} at ${sim.now} ms`);
}

const faultStep = fc.record({
  waitMs: fc.integer({ min: 200, max: 15000 }),
  broker: fc.integer({ min: 0, max: 2 }),
});

describe('replication properties', () => {
  it('acks=all, min.insync.replicas ≥ 2, unclean election off, single-broker crashes/restarts: no acknowledged record is lost', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 2, max: 3 }),
        fc.boolean(),
        fc.array(faultStep, { minLength: 1, maxLength: 8 }),
        (seed, minIsr, idempotent, steps) => {
          const cluster = TestCluster.replicated({
            seed,
            partitions: 3,
            recordsPerSec: 150,
            consumer: false,
            topicConfig: { 'min.insync.replicas': minIsr },
            producerConfig: idempotent ? {} : { 'enable.idempotence': false },
          });
          const hw: HighWatermarkMemory = new Map();
          let down: number | null = null;
          for (const s of steps) {
            for (let t = 0; t < s.waitMs; t += 500) {
              checkHighWatermark(cluster.advance(Math.min(500, s.waitMs - t)).sim, hw, seed);
            }
            // At most one broker down at a time: restart the down one, else crash the chosen one.
            if (down !== null) {
              cluster.restartBroker(down);
              down = null;
            } else {
              cluster.crashBroker(s.broker);
              down = s.broker;
            }
          }
          const lost = cluster
            .advance(20000)
            .sim.topics[0]!.partitions.reduce((n, tp) => n + tp.ledger.lostAfterAck, 0);
          expect(lost, `seed ${seed}: acknowledged records lost`).toBe(0);
        },
      ),
      { numRuns: 20, seed: 4242 },
    );
  }, 120_000);

  it('idempotence on, random lost acks and ISR dips: no duplicates, per-partition order kept', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(
          fc.record({ atMs: fc.integer({ min: 100, max: 9000 }), kind: fc.constantFrom('drop', 'dip') }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 5 }),
        (seed, faults, inFlight) => {
          const cluster = TestCluster.replicated({
            seed,
            partitions: 2,
            recordsPerSec: 400,
            networkDelayMs: 10,
            consumer: false,
            topicConfig: { 'min.insync.replicas': 2 },
            producerConfig: {
              'linger.ms': 0,
              'request.timeout.ms': 2000,
              'max.in.flight.requests.per.connection': inFlight,
            },
            timeline: [
              ...faults.map((f) =>
                f.kind === 'drop'
                  ? { atMs: f.atMs, action: 'dropProduceResponse' as const, broker: 0 }
                  : { atMs: f.atMs, action: 'isrDip' as const, broker: 0 },
              ),
              { atMs: 10000, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 },
            ],
          });
          const hw: HighWatermarkMemory = new Map();
          for (let t = 0; t < 30000; t += 500) {
            checkHighWatermark(cluster.advance(500).sim, hw, seed);
          }
          for (const tp of cluster.sim.topics[0]!.partitions) {
            const seqs = cluster.logSequences(`orders-${tp.partition}`);
            expect(new Set(seqs).size, `seed ${seed}: duplicates in partition ${tp.partition}`).toBe(
              seqs.length,
            );
            expect(seqs, `seed ${seed}: order in partition ${tp.partition}`).toEqual(
              [...seqs].sort((a, b) => a - b),
            );
          }
          expect(cluster.partition('orders-0').ledger.duplicated, `seed ${seed}`).toBe(0);
        },
      ),
      { numRuns: 25, seed: 777 },
    );
  }, 120_000);
});
