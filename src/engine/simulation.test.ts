import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, apply, createSimulation, snapshot } from './index';
import type { SimEvent } from './events/types';
import type { SimState } from './model/state';
import { testScenario } from './testing/scenarios';

describe('determinism', () => {
  const scenario = (seed: number) =>
    testScenario({
      seed,
      partitions: 6,
      producer: { workload: { recordsPerSec: 2000 } },
      group: { members: 2 },
    });

  it('the same scenario and seed give a byte-identical event log, however time is sliced', () => {
    const a = createSimulation(scenario(7));
    const b = createSimulation(scenario(7));
    const logA = JSON.stringify(advance(a, 3000));
    const slices: SimEvent[] = [];
    for (let t = 0; t < 3000; t += 17) slices.push(...advance(b, Math.min(17, 3000 - t)));
    expect(JSON.stringify(slices)).toBe(logA);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('a different seed gives a different run', () => {
    const a = advance(createSimulation(scenario(7)), 3000);
    const b = advance(createSimulation(scenario(8)), 3000);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it('a checkpoint (JSON copy of the state) resumes exactly', () => {
    const sim = createSimulation(scenario(3));
    advance(sim, 1234);
    const checkpoint = JSON.parse(JSON.stringify(sim)) as SimState;
    const rest = JSON.stringify(advance(sim, 2000));
    expect(JSON.stringify(advance(checkpoint, 2000))).toBe(rest);
  });
});

describe('keyed records (kafka-behaviour.md S9)', () => {
  it('user-1, user-2 and user-3 all land on partition 2 of 3', () => {
    const sim = createSimulation(
      testScenario({
        partitions: 3,
        producer: { workload: { keys: { type: 'list', values: ['user-1', 'user-2', 'user-3'] } } },
      }),
    );
    advance(sim, 2000);
    const ends = snapshot(sim).partitions.map((p) => p.logEndOffset);
    expect(ends[0]).toBe(0);
    expect(ends[1]).toBe(0);
    expect(ends[2]).toBeGreaterThan(150);
  });
});

/** Replays the log: which producer sequences each partition holds, in offset order. */
function sequencesByPartition(sim: SimState): number[][] {
  return sim.topics[0]!.partitions.map((tp) =>
    tp.batches.flatMap((b) => Array.from({ length: b.count }, (_, i) => b.baseSequence + i)),
  );
}

describe('healthy broker: every produced record is consumed exactly once, in partition order (property)', () => {
  it('holds for random rates, batching and consumer settings', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 1_000_000 }),
          partitions: fc.integer({ min: 1, max: 6 }),
          members: fc.integer({ min: 1, max: 3 }),
          rate: fc.integer({ min: 1, max: 5000 }),
          valueBytes: fc.integer({ min: 0, max: 3000 }),
          linger: fc.integer({ min: 0, max: 200 }),
          batchSize: fc.integer({ min: 0, max: 32768 }),
          maxPollRecords: fc.integer({ min: 1, max: 600 }),
          fetchMinBytes: fc.integer({ min: 1, max: 100000 }),
          maxPartitionFetchBytes: fc.integer({ min: 1, max: 1048576 }),
          keyed: fc.boolean(),
        }),
        (c) => {
          const sim = createSimulation(
            testScenario({
              seed: c.seed,
              partitions: c.partitions,
              producer: {
                config: { 'linger.ms': c.linger, 'batch.size': c.batchSize },
                workload: {
                  recordsPerSec: c.rate,
                  valueBytes: c.valueBytes,
                  keys: c.keyed ? { type: 'sequence', prefix: 'k', count: 10 } : { type: 'none' },
                },
              },
              group: {
                members: c.members,
                config: {
                  'max.poll.records': c.maxPollRecords,
                  'fetch.min.bytes': c.fetchMinBytes,
                  'max.partition.fetch.bytes': c.maxPartitionFetchBytes,
                  'auto.offset.reset': 'earliest',
                },
              },
            }),
          );
          // Keep the log in memory for the check: no pruning below what the test replays.
          const polled = new Map<number, number[]>();
          const record = (events: SimEvent[]) => {
            for (const e of events) {
              if (e.type !== 'RecordsPolled') continue;
              for (const r of e.ranges) {
                const list = polled.get(r.partition) ?? [];
                for (let i = 0; i < r.count; i++) list.push(r.fromOffset + i);
                polled.set(r.partition, list);
              }
            }
          };
          record(advance(sim, 1500));
          apply(sim, { action: 'setWorkload', producer: 'p1', recordsPerSec: 0 });
          // Drain: with tiny fetches and a large fetch.min.bytes each fetch can wait fetch.max.wait.ms.
          for (
            let i = 0;
            i < 120 && snapshot(sim).groups[0]!.stats.consumed < sim.producers[0]!.stats.sent;
            i++
          ) {
            record(advance(sim, 1000));
          }
          const snap = snapshot(sim);
          const p = snap.producers[0]!;
          expect(p.stats.failed).toBe(0);
          expect(p.stats.acked).toBe(p.stats.sent);
          const logged = sequencesByPartition(sim);
          let total = 0;
          snap.partitions.forEach((tp, i) => {
            total += tp.logEndOffset;
            // The consumer saw offsets 0..LEO-1, each once, in order…
            expect(polled.get(i) ?? []).toEqual(Array.from({ length: tp.logEndOffset }, (_, k) => k));
            // …and the log holds the producer's records for this partition in send order, without gaps.
            if (tp.logStartOffset === 0 && sim.topics[0]!.partitions[i]!.batches[0]?.baseOffset === 0) {
              expect(logged[i]).toEqual(Array.from({ length: tp.logEndOffset }, (_, k) => k));
            }
          });
          expect(total).toBe(p.stats.sent);
          expect(snap.groups[0]!.stats.consumed).toBe(p.stats.sent);
        },
      ),
      { numRuns: 40, seed: 20261124 },
    );
    // Each run now includes the group's JoinGroup/SyncGroup start-up (group.initial.rebalance.delay.ms,
    // up to 6 s of simulated time), so the runs take longer on a loaded machine.
  }, 60_000);
});
