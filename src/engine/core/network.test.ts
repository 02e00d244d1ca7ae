/**
 * Seeded network jitter (`kafkascope.network.jitter.ms`, a simulator setting): seeds make a difference,
 * a seed still replays byte-identically, and — as on a TCP connection — no message overtakes an earlier
 * one sent the same way between the same client and broker (RFC 9293: a TCP stream is delivered in order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, createSimulation } from '../index';
import type { SimEvent } from '../events/types';
import type { Message, SimState } from '../model/state';
import { buildReport } from '../report';
import { testScenario } from '../testing/scenarios';
import { TestCluster } from '../testing/TestCluster';
import { connectionOf, JITTER_KEY } from './network';

/** One partition, one producer, one consumer: before jitter every seed gave the same numbers. */
function onePartition(seed: number, jitterMs: number, durationMs = 3000) {
  const cluster = TestCluster.from({
    seed,
    networkDelayMs: 5,
    producer: { workload: { recordsPerSec: 500 } },
  });
  if (jitterMs > 0) cluster.apply({ action: 'setBrokerConfig', key: JITTER_KEY, value: jitterMs });
  return cluster.advance(durationMs).sim;
}

/** Watches the wire in 1 ms slices (every message lives ≥ 1 ms) and returns each message seen once. */
function watchWire(cluster: TestCluster, ms: number): Message[] {
  const seen = new Map<number, Message>();
  for (let t = 0; t < ms; t++) {
    for (const m of cluster.advance(1).sim.messages) if (!seen.has(m.id)) seen.set(m.id, { ...m });
  }
  return [...seen.values()];
}

describe('network jitter', () => {
  it('is off by default: a one-partition run gives the same numbers on every seed', () => {
    const numbers = [1, 2, 3].map((seed) => JSON.stringify(buildReport(onePartition(seed, 0)).producers));
    expect(new Set(numbers).size).toBe(1);
  });

  it('with jitter on, different seeds give different numbers', () => {
    const numbers = [1, 2, 3, 4].map((seed) => JSON.stringify(buildReport(onePartition(seed, 20)).producers));
    expect(new Set(numbers).size).toBeGreaterThan(1);
  });

  it('with jitter on, the same seed is byte-identical however time is sliced, and a checkpoint resumes exactly', () => {
    const scenario = testScenario({ seed: 9, partitions: 3, producer: { workload: { recordsPerSec: 800 } } });
    scenario.cluster.config = { [JITTER_KEY]: 30 };
    const whole = createSimulation(scenario);
    const sliced = createSimulation(scenario);
    const logWhole = JSON.stringify(advance(whole, 4000));
    const slices: SimEvent[] = [];
    for (let t = 0; t < 4000; t += 13) slices.push(...advance(sliced, Math.min(13, 4000 - t)));
    expect(JSON.stringify(slices)).toBe(logWhole);
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(whole));
    const checkpoint = JSON.parse(JSON.stringify(whole)) as SimState;
    expect(JSON.stringify(advance(checkpoint, 2000))).toBe(JSON.stringify(advance(whole, 2000)));
  });

  it('never lets a message overtake an earlier one on the same connection (any seed, delay, jitter)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 200 }),
        (seed, delay, jitter) => {
          const cluster = TestCluster.replicated({
            seed,
            partitions: 2,
            recordsPerSec: 300,
            networkDelayMs: delay,
          });
          cluster.apply({ action: 'setBrokerConfig', key: JITTER_KEY, value: jitter });
          const wire = watchWire(cluster, 1500);
          const lastOnConnection = new Map<string, number>();
          let overtaken = 0;
          for (const m of wire.sort((a, b) => a.id - b.id)) {
            const key = connectionOf(m);
            if (m.arriveAt < (lastOnConnection.get(key) ?? 0)) overtaken++;
            lastOnConnection.set(key, m.arriveAt);
          }
          expect(overtaken, `seed ${seed}`).toBe(0);
          // The jitter did spread arrivals (so the property above was not vacuous).
          expect(new Set(wire.map((m) => m.arriveAt - m.sentAt)).size, `seed ${seed}`).toBeGreaterThan(1);
        },
      ),
      { numRuns: 8, seed: 20261129 },
    );
  }, 60_000);

  it('keeps a partition in order with max.in.flight=5 and idempotence off: requests on one connection stay in order', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const cluster = TestCluster.replicated({
        seed,
        recordsPerSec: 1000,
        networkDelayMs: 3,
        consumer: false,
        producerConfig: { 'enable.idempotence': false, 'max.in.flight.requests.per.connection': 5 },
      });
      cluster.apply({ action: 'setBrokerConfig', key: JITTER_KEY, value: 100 }).advance(3000);
      const seqs = cluster.logSequences();
      expect(seqs.length, `seed ${seed}`).toBeGreaterThan(1000);
      expect(seqs, `seed ${seed}`).toEqual([...seqs].sort((a, b) => a - b));
      expect(cluster.partition('orders-0').ledger.reordered, `seed ${seed}`).toBe(0);
    }
  });
});
