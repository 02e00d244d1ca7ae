/** Small scenario builders for engine tests: a sane default cluster, overridden per test. */
import type { ConsumerGroupSpec, ProducerSpec, Scenario } from '../model/scenario';

export interface TestScenarioOptions {
  seed?: number;
  partitions?: number;
  brokers?: number;
  networkDelayMs?: number;
  producer?: Partial<Omit<ProducerSpec, 'workload'>> & { workload?: Partial<ProducerSpec['workload']> };
  group?:
    | (Partial<Omit<ConsumerGroupSpec, 'workload'>> & { workload?: Partial<ConsumerGroupSpec['workload']> })
    | null;
  timeline?: Scenario['timeline'];
  kafkaVersion?: Scenario['kafkaVersion'];
}

/** One topic `orders`, one producer `p1`, one consumer group `g1` unless told otherwise. */
export function testScenario(o: TestScenarioOptions = {}): Scenario {
  const groups: ConsumerGroupSpec[] =
    o.group === null
      ? []
      : [
          {
            id: 'g1',
            topics: ['orders'],
            members: 1,
            config: {},
            ...o.group,
            workload: { processingMsPerRecord: 0, pollTimeoutMs: 100, ...o.group?.workload },
          },
        ];
  return {
    version: 1,
    name: 'test',
    seed: o.seed ?? 1,
    durationMs: 10000,
    kafkaVersion: o.kafkaVersion ?? '4.0',
    cluster: { brokers: o.brokers ?? 1, networkDelayMs: o.networkDelayMs ?? 1 },
    topics: [{ name: 'orders', partitions: o.partitions ?? 1, replicationFactor: 1, config: {} }],
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        config: {},
        ...o.producer,
        workload: { recordsPerSec: 100, valueBytes: 100, keys: { type: 'none' }, ...o.producer?.workload },
      },
    ],
    consumerGroups: groups,
    timeline: o.timeline ?? [],
  };
}
