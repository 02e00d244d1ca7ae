/**
 * Version profiles have each release range's own client defaults (kafka-behaviour.md §1; Kafka's
 * ProducerConfig / ConsumerConfig `define(...)` calls of 2.8 and 3.0, KIP-679, KIP-735, KIP-480).
 * Before this split, '3.2' stood for 2.4–3.2 with 3.0's defaults, so a 2.4–2.8 learner saw acks=all.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation';
import { replicatedScenario } from '../testing/replication';
import { defaultsFor } from './catalogue';
import { KAFKA_VERSIONS } from './types';

describe('version profiles (kafka-behaviour.md §1)', () => {
  it('offers 2.4–2.8 and 3.0–3.2 as separate profiles', () => {
    expect(KAFKA_VERSIONS).toEqual(['4.0', '3.x', '3.6', '3.2', '2.8', '2.3']);
  });

  it('2.4–2.8 clients: acks=1, no idempotence, 10 s session, [RangeAssignor] (ProducerConfig/ConsumerConfig 2.8)', () => {
    expect(defaultsFor('producer', '2.8')).toMatchObject({
      acks: '1',
      'enable.idempotence': false,
      'linger.ms': 0,
      'kafkascope.kafka9965.bug': true,
    });
    expect(defaultsFor('consumer', '2.8')).toMatchObject({
      'session.timeout.ms': 10000,
      'partition.assignment.strategy': 'range',
    });
    expect(defaultsFor('producer', '2.3')).toMatchObject({ acks: '1', 'enable.idempotence': false });
    expect(defaultsFor('consumer', '2.3')).toMatchObject({ 'session.timeout.ms': 10000 });
  });

  it('3.0–3.2 clients: acks=all, idempotence on (KIP-679), 45 s session (KIP-735)', () => {
    expect(defaultsFor('producer', '3.2')).toMatchObject({
      acks: 'all',
      'enable.idempotence': true,
      'linger.ms': 0,
    });
    expect(defaultsFor('consumer', '3.2')).toMatchObject({
      'session.timeout.ms': 45000,
      'partition.assignment.strategy': 'range,cooperative-sticky',
    });
  });

  it('a 2.4–2.8 producer runs without idempotence and partitions unkeyed records with KIP-480 sticky', () => {
    const sim = createSimulation(replicatedScenario({ kafkaVersion: '2.8' }));
    const p = sim.producers[0]!;
    expect(p.delivery.idempotent).toBe(false);
    expect(p.config['acks']).toBe('1');
    expect(p.partitionerConfig.kind).toBe('sticky-kip480');
    expect(sim.groups[0]!.config['session.timeout.ms']).toBe(10000);
  });
});
