/** Topic and broker settings change live (kafka-configs --alter), validated like every other config. */
import { describe, expect, it } from 'vitest';
import { advance, apply, createSimulation, snapshot } from '../index';
import { ActionError } from './apply';
import { replicatedScenario } from '../testing/replication';

describe('setTopicConfig / setBrokerConfig', () => {
  it('min.insync.replicas changes at once: acks=all writes fail with too few in-sync replicas', () => {
    const sim = createSimulation(
      replicatedScenario({ topicConfig: { 'min.insync.replicas': 1 }, producerConfig: { acks: 'all' } }),
    );
    advance(sim, 2000);
    apply(sim, { action: 'crashBroker', broker: 2 });
    apply(sim, { action: 'crashBroker', broker: 1 });
    advance(sim, 30_000);
    const okBefore = snapshot(sim).producers[0]!.stats.acked;
    expect(okBefore).toBeGreaterThan(0);
    const events = apply(sim, {
      action: 'setTopicConfig',
      topic: 'orders',
      key: 'min.insync.replicas',
      value: 2,
    });
    expect(events[0]).toMatchObject({
      type: 'ConfigChanged',
      target: 'topic:orders',
      key: 'min.insync.replicas',
    });
    expect(snapshot(sim).partitions[0]!.replication.minIsr).toBe(2);
    advance(sim, 5_000);
    expect(snapshot(sim).producers[0]!.attemptErrors.NotEnoughReplicasException ?? 0).toBeGreaterThan(0);
  });

  it('refuses unknown keys and bad values with a named error', () => {
    const sim = createSimulation(
      replicatedScenario({ topicConfig: { 'min.insync.replicas': 1 }, producerConfig: { acks: 'all' } }),
    );
    expect(() =>
      apply(sim, { action: 'setTopicConfig', topic: 'orders', key: 'min.insync.replica', value: 2 }),
    ).toThrow(/did you mean "min.insync.replicas"/);
    expect(() =>
      apply(sim, { action: 'setTopicConfig', topic: 'nope', key: 'min.insync.replicas', value: 2 }),
    ).toThrow(ActionError);
    expect(() =>
      apply(sim, { action: 'setBrokerConfig', key: 'replica.lag.time.max.ms', value: 'fast' }),
    ).toThrow(/replica.lag.time.max.ms: expected/);
  });

  it('replica.lag.time.max.ms applies to every broker', () => {
    const sim = createSimulation(
      replicatedScenario({ topicConfig: { 'min.insync.replicas': 1 }, producerConfig: { acks: 'all' } }),
    );
    apply(sim, { action: 'setBrokerConfig', key: 'replica.lag.time.max.ms', value: 5000 });
    apply(sim, { action: 'slowFollower', broker: 2, fetchDelayMs: 8000 });
    advance(sim, 20_000);
    expect(snapshot(sim).partitions[0]!.replication.isr).not.toContain(2);
  });
});
