/**
 * An idempotent producer recovers from sequence gaps (kafka-behaviour.md §2.7, §10; issue 11 item 1).
 * Follows Kafka's TransactionManager for a non-transactional producer (KIP-360): the sequence is given
 * when a batch is drained (RecordAccumulator.drainBatchesForOneNode), an expired or gapped partition makes
 * the producer bump its epoch and restart that partition's sequences at 0, and the broker accepts a new
 * epoch's first batch at sequence 0 (ProducerAppendInfo).
 */
import { describe, expect, it } from 'vitest';
import type { ConfigValue } from '../../config/types';
import { ofType as of, TestCluster } from '../../testing/TestCluster';

/** Kafka 4.0 defaults, one broker (RF 1) down from 10 s to 140 s: longer than delivery.timeout.ms (120 s). */
function outage(producerConfig: Record<string, ConfigValue> = {}) {
  const cluster = TestCluster.replicated({
    brokers: 1,
    replicationFactor: 1,
    producerConfig,
    timeline: [
      { atMs: 10000, action: 'crashBroker', broker: 0 },
      { atMs: 140000, action: 'restartBroker', broker: 0 },
    ],
  });
  const ackedBefore = cluster.advance(140000).snapshot().producers[0]!.stats.acked;
  cluster.clearEvents().advance(1000);
  // The log right after the restart (the simulator keeps only recent batches in memory).
  const logAfterRestart = cluster.partition('orders-0').batches.map((b) => ({ ...b }));
  cluster.advance(19000);
  return {
    cluster,
    after: cluster.events,
    logAfterRestart,
    ackedAfter: cluster.snapshot().producers[0]!.stats.acked - ackedBefore,
  };
}

describe('idempotent producer after a delivery timeout (KIP-360)', () => {
  let cached: ReturnType<typeof outage> | undefined;
  const run = () => (cached ??= outage());

  it('keeps producing after a 130 s outage, as many records as a non-idempotent producer', () => {
    const idempotent = run();
    const plain = outage({ 'enable.idempotence': false });
    // ~100 records/s for 20 s after the restart: all of them acknowledged, none fenced.
    expect(idempotent.ackedAfter).toBeGreaterThan(1500);
    expect(idempotent.ackedAfter).toBe(plain.ackedAfter);
    expect(of(idempotent.after, 'ProduceFailed').map((e) => e.error)).not.toContain(
      'OutOfOrderSequenceException',
    );
    // What the outage itself cost is the same for both: records that waited past delivery.timeout.ms.
    const p = idempotent.cluster.snapshot().producers[0]!;
    expect(Object.keys(p.stats.errors)).toEqual(['TimeoutException']);
    expect(p.stats.errors['TimeoutException']).toBe(
      plain.cluster.snapshot().producers[0]!.stats.errors['TimeoutException'],
    );
  });

  it('bumps its epoch once a sent batch expired with its sequence unresolved, and restarts the sequence at 0', () => {
    const idempotent = run();
    const p = idempotent.cluster.snapshot().producers[0]!;
    expect(p.epochBumps).toBe(1);
    expect(p.producerEpoch).toBe(1);
    const newEpoch = idempotent.logAfterRestart.filter((b) => b.producerEpoch === 1);
    expect(newEpoch.length).toBeGreaterThan(10);
    expect(newEpoch[0]!.sequence).toBe(0);
    // Sequences are given at drain: consecutive, with no gap left by the batches that expired unsent.
    for (let i = 1; i < newEpoch.length; i++) {
      expect(newEpoch[i]!.sequence).toBe(newEpoch[i - 1]!.sequence! + newEpoch[i - 1]!.count);
    }
  });
});

describe('idempotent producer after an unclean election', () => {
  /** The unclean-election example's shape: followers fall behind, the leader dies, broker 1 takes over with an older log. */
  function unclean() {
    const cluster = TestCluster.replicated({
      recordsPerSec: 30,
      networkDelayMs: 10,
      clusterConfig: { 'replica.lag.time.max.ms': 10000 },
      topicConfig: { 'min.insync.replicas': 1, 'unclean.leader.election.enable': true },
      timeline: [
        { atMs: 1000, action: 'slowFollower', broker: 1, fetchDelayMs: 60000 },
        { atMs: 1000, action: 'slowFollower', broker: 2, fetchDelayMs: 60000 },
        { atMs: 25000, action: 'crashBroker', broker: 0 },
      ],
    }).advance(90000);
    return { cluster, events: cluster.events };
  }

  it('the new leader knows the producer from its log, answers OutOfOrderSequence once, and the producer bumps its epoch instead of looping', () => {
    const { cluster, events } = unclean();
    const elected = of(events, 'LeaderElected').find((e) => e.unclean)!;
    expect(elected).toBeDefined();
    const oos = of(events, 'ProduceFailed').filter((e) => e.error === 'OutOfOrderSequenceException');
    expect(oos.length).toBeGreaterThanOrEqual(1);
    expect(oos.every((e) => e.retrying)).toBe(true);
    expect(oos.every((e) => e.at < elected.at + 2000)).toBe(true);
    const p = cluster.snapshot().producers[0]!;
    expect(p.epochBumps).toBe(1);
    expect(p.stats.failed).toBe(0);
    // Records keep being acknowledged by the new leader until the end.
    const lateAcks = of(events, 'ProduceAcked').filter((e) => e.at > 80000);
    expect(lateAcks.length).toBeGreaterThan(200);
  });
});
