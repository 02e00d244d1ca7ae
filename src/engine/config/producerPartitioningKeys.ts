/**
 * Producer keys for serializers and partitioning (kafka-behaviour.md §2.1, §2.4), plus two simulator
 * switches prefixed `kafkascope.` that are not Kafka keys: which client library to imitate, and
 * whether Java's RoundRobinPartitioner has the KAFKA-9965 bug.
 */
import type { ConfigKeySpec } from './types';

const both = <T>(v: T) => ({ '3.x': v, '4.0': v });
const SERIALIZERS = ['StringSerializer', 'IntegerSerializer', 'ByteArraySerializer', 'JsonSerializer'];

export const PRODUCER_PARTITIONING_KEYS: readonly ConfigKeySpec[] = [
  {
    key: 'key.serializer',
    scope: 'producer',
    kind: 'enum',
    values: SERIALIZERS,
    // Java has no default (the key is required); StringSerializer is what most examples use.
    defaults: both('StringSerializer'),
    modelled: true,
    doc: {
      en: 'Turns the key into bytes; the partition is murmur2 of these bytes, so the serializer changes it.',
      ko: '키를 바이트로 바꿈. 파티션은 이 바이트의 murmur2로 정해지므로 직렬화 방식이 파티션을 바꿈.',
    },
  },
  {
    key: 'value.serializer',
    scope: 'producer',
    kind: 'enum',
    values: SERIALIZERS,
    defaults: both('StringSerializer'),
    modelled: true,
    doc: {
      en: 'Turns the value into bytes (IntegerSerializer: always 4 bytes; ByteArray here: random bytes that do not compress).',
      ko: '값을 바이트로 바꿈 (IntegerSerializer: 항상 4바이트, 여기서 ByteArray는 압축되지 않는 무작위 바이트).',
    },
  },
  {
    key: 'partitioner.class',
    scope: 'producer',
    kind: 'enum',
    values: ['none', 'RoundRobinPartitioner'],
    defaults: both('none'),
    modelled: true,
    doc: {
      en: 'none: the built-in partitioner (key hash, else sticky). RoundRobinPartitioner: every record to the next partition, keys ignored.',
      ko: 'none: 내장 파티셔너 (키가 있으면 해시, 없으면 스티키). RoundRobinPartitioner: 키를 무시하고 레코드마다 다음 파티션으로.',
    },
  },
  {
    key: 'partitioner.adaptive.partitioning.enable',
    scope: 'producer',
    kind: 'bool',
    defaults: both(true),
    modelled: true,
    doc: {
      en: 'Kafka 3.3+: unkeyed records move less often to partitions whose broker has a longer queue.',
      ko: 'Kafka 3.3+: 키 없는 레코드가 큐가 긴 브로커의 파티션으로는 덜 가도록 가중치를 줌.',
    },
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
    doc: {
      en: 'Kafka 3.3+: skip partitions whose broker could not take data for this long (0 = off).',
      ko: 'Kafka 3.3+: 브로커가 이 시간 이상 데이터를 받지 못한 파티션은 건너뜀 (0 = 끔).',
    },
  },
  {
    key: 'partitioner.ignore.keys',
    scope: 'producer',
    kind: 'bool',
    defaults: both(false),
    modelled: true,
    doc: {
      en: 'Kafka 3.3+: true makes keyed records use the sticky logic too (per-key order across partitions is lost).',
      ko: 'Kafka 3.3+: true이면 키가 있는 레코드도 스티키 방식을 씀 (키별 파티션 고정이 사라짐).',
    },
  },
  {
    key: 'kafkascope.client',
    scope: 'producer',
    kind: 'enum',
    values: ['java', 'kafka-python'],
    defaults: both('java'),
    modelled: true,
    simulatorOnly: true,
    doc: {
      en: 'Simulator switch, not a Kafka key: kafka-python’s DefaultPartitioner sends each unkeyed record to a random partition.',
      ko: '시뮬레이터 설정 (Kafka 키 아님): kafka-python의 DefaultPartitioner는 키 없는 레코드를 무작위 파티션에 보냄.',
    },
  },
  {
    key: 'kafkascope.kafka9965.bug',
    scope: 'producer',
    kind: 'bool',
    // The bug came with KIP-480 (2.4) and was fixed by KAFKA-17632 for 4.0.
    defaults: { '2.3': false, '2.8': true, '3.2': true, '3.x': true, '4.0': false },
    modelled: true,
    simulatorOnly: true,
    doc: {
      en: 'Simulator switch, not a Kafka key: RoundRobinPartitioner as before the KAFKA-9965 fix (skips partitions on every new batch).',
      ko: '시뮬레이터 설정 (Kafka 키 아님): KAFKA-9965 수정 전의 RoundRobinPartitioner (새 배치마다 파티션을 건너뜀).',
    },
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
    doc: {
      en: 'The producer refreshes its metadata at least this often; partitions added to its topic are used only after a refresh (or one forced sooner by an error).',
      ko: '프로듀서가 메타데이터를 최소한 이 주기로 새로 고침. 토픽에 추가된 파티션은 새로 고침 뒤에야 (또는 오류로 더 일찍 새로 고칠 때) 쓰임.',
    },
  },
];
