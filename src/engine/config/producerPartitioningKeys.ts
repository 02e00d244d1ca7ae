/**
 * Producer keys for serializers and partitioning (kafka-behaviour.md §2.1, §2.4), plus two simulator
 * switches prefixed `kafkascope.` that are not Kafka keys: which client library to imitate, and
 * whether Java's RoundRobinPartitioner has the KAFKA-9965 bug.
 */
import type { ConfigKeySpec } from './types';

const both = <T>(v: T) => ({ '3.x': v, '4.0': v });
const SERIALIZERS = [
  'StringSerializer',
  'IntegerSerializer',
  'ByteArraySerializer',
  'JsonSerializer',
] as const;

export const PRODUCER_PARTITIONING_KEYS = [
  {
    key: 'key.serializer',
    scope: 'producer',
    kind: 'enum',
    values: SERIALIZERS,
    // Java has no default (the key is required); StringSerializer is what most examples use.
    defaults: both('StringSerializer'),
    modelled: true,
  },
  {
    key: 'value.serializer',
    scope: 'producer',
    kind: 'enum',
    values: SERIALIZERS,
    defaults: both('StringSerializer'),
    modelled: true,
  },
  {
    key: 'partitioner.class',
    scope: 'producer',
    kind: 'enum',
    values: ['none', 'RoundRobinPartitioner'],
    defaults: both('none'),
    modelled: true,
  },
  {
    key: 'partitioner.adaptive.partitioning.enable',
    scope: 'producer',
    kind: 'bool',
    defaults: both(true),
    modelled: true,
  },
  {
    key: 'partitioner.availability.timeout.ms',
    scope: 'producer',
    kind: 'int',
    defaults: both(0),
    min: 0,
    max: 600000,
    unit: 'ms',
    modelled: true,
  },
  {
    key: 'partitioner.ignore.keys',
    scope: 'producer',
    kind: 'bool',
    defaults: both(false),
    modelled: true,
  },
  {
    key: 'kafkascope.client',
    scope: 'producer',
    kind: 'enum',
    values: ['java', 'kafka-python'],
    defaults: both('java'),
    modelled: true,
    simulatorOnly: true,
  },
  {
    key: 'kafkascope.kafka9965.bug',
    scope: 'producer',
    kind: 'bool',
    // The bug came with KIP-480 (2.4) and was fixed by KAFKA-17632 for 4.0.
    defaults: { '2.3': false, '2.8': true, '3.2': true, '3.x': true, '4.0': false },
    modelled: true,
    simulatorOnly: true,
  },
  {
    key: 'metadata.max.age.ms',
    scope: 'producer',
    kind: 'int',
    defaults: both(300000),
    min: 1000,
    max: 3600000,
    unit: 'ms',
    modelled: true,
  },
] as const satisfies readonly ConfigKeySpec[];
