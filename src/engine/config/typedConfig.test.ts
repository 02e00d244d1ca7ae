/**
 * The config types follow the key tables: a read has its key's type, and a misspelt key or a read
 * used as the wrong type does not compile (the `@ts-expect-error` lines fail `npm run typecheck` if
 * they ever start compiling).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createSimulation } from '../simulation';
import { testScenario } from '../testing/scenarios';
import { keysOf } from './catalogue';
import { KAFKA_VERSIONS } from './types';
import {
  configValue,
  type BrokerConfig,
  type ConsumerConfig,
  type ProducerConfig,
  type TopicConfig,
} from './typedConfig';

describe('config types derived from the key tables', () => {
  it('give each key the type of its kind', () => {
    expectTypeOf<ProducerConfig['linger.ms']>().toEqualTypeOf<number>();
    expectTypeOf<ProducerConfig['enable.idempotence']>().toEqualTypeOf<boolean>();
    expectTypeOf<ProducerConfig['acks']>().toEqualTypeOf<'0' | '1' | 'all' | '-1'>();
    expectTypeOf<ProducerConfig['compression.type']>().toEqualTypeOf<
      'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd'
    >();
    expectTypeOf<ConsumerConfig['max.poll.records']>().toEqualTypeOf<number>();
    expectTypeOf<TopicConfig['unclean.leader.election.enable']>().toEqualTypeOf<boolean>();
    expectTypeOf<BrokerConfig['replica.lag.time.max.ms']>().toEqualTypeOf<number>();
  });

  it('type the accessor by key, and refuse wrong keys and wrong-type uses', () => {
    const config = {} as ProducerConfig;
    expectTypeOf(configValue(config, 'linger.ms')).toEqualTypeOf<number>();
    expectTypeOf(configValue(config, 'partitioner.ignore.keys')).toEqualTypeOf<boolean>();
    // @ts-expect-error a misspelt key is not a producer key
    configValue(config, 'linger.msx');
    // @ts-expect-error a consumer key is not a producer key
    configValue(config, 'max.poll.records');
    // @ts-expect-error acks is a string enum, not a number
    const acks: number = configValue(config, 'acks');
    // @ts-expect-error enable.idempotence is a boolean
    const idempotent: string = config['enable.idempotence'];
    expect([acks, idempotent]).toHaveLength(2);
  });

  it('hold at run time: every resolved config has every key of its scope, with its kind', () => {
    const kindOf = (v: unknown) => (typeof v === 'number' ? 'int' : typeof v === 'boolean' ? 'bool' : 'enum');
    for (const kafkaVersion of KAFKA_VERSIONS) {
      // One value given explicitly per scope, so normalisation (acks=-1 → all) is covered too.
      const scenario = testScenario({ kafkaVersion, producer: { config: { acks: '-1', 'linger.ms': 7 } } });
      const sim = createSimulation(scenario);
      const resolved = [
        ['broker', sim.clusterConfig],
        ...sim.topics.map((t) => ['topic', t.config] as const),
        ...sim.producers.map((p) => ['producer', p.config] as const),
        ...sim.groups.map((g) => ['consumer', g.config] as const),
      ] as const;
      for (const [scope, config] of resolved) {
        for (const spec of keysOf(scope)) {
          const value = (config as Record<string, unknown>)[spec.key];
          expect(kindOf(value), `${kafkaVersion} ${scope} ${spec.key}`).toBe(spec.kind);
        }
      }
    }
  });
});
