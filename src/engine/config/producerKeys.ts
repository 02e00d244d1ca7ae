import { PRODUCER_PARTITIONING_KEYS } from './producerPartitioningKeys';
import type { ConfigKeySpec } from './types';

const both = <T>(v: T) => ({ '3.x': v, '4.0': v });
const INT_MAX = 2147483647;

/** Producer keys; defaults read from Kafka's ProducerConfig (kafka-behaviour.md §1, §2.2, §2.6). */
export const PRODUCER_KEYS: readonly ConfigKeySpec[] = [
  {
    key: 'linger.ms',
    scope: 'producer',
    kind: 'int',
    defaults: { '3.x': 0, '4.0': 5 },
    min: 0,
    max: 60000,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'Time a batch that is not yet full may wait for more records before it is sent.',
      ko: '아직 가득 차지 않은 배치가 레코드를 더 모으려고 기다리는 최대 시간.',
    },
  },
  {
    key: 'batch.size',
    scope: 'producer',
    kind: 'int',
    defaults: both(16384),
    min: 0,
    max: 1048576,
    unit: 'bytes',
    modelled: true,
    doc: {
      en: 'Size cap of one batch per partition; a full batch is sent at once. 0 disables batching.',
      ko: '파티션별 배치 하나의 크기 상한. 가득 찬 배치는 즉시 전송됨. 0이면 배치하지 않음.',
    },
  },
  {
    key: 'buffer.memory',
    scope: 'producer',
    kind: 'int',
    defaults: both(33554432),
    min: 1024,
    max: 1073741824,
    unit: 'bytes',
    modelled: true,
    doc: {
      en: 'Total memory for batches not yet acknowledged; when full, send() blocks.',
      ko: '아직 응답받지 못한 배치 전체에 쓰는 메모리. 가득 차면 send()가 블록됨.',
    },
  },
  {
    key: 'max.block.ms',
    scope: 'producer',
    kind: 'int',
    defaults: both(60000),
    min: 0,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'How long send() may block waiting for buffer memory before it fails.',
      ko: 'send()가 버퍼 메모리를 기다리며 블록될 수 있는 최대 시간.',
    },
  },
  {
    key: 'max.request.size',
    scope: 'producer',
    kind: 'int',
    defaults: both(1048576),
    min: 1,
    unit: 'bytes',
    modelled: true,
    doc: {
      en: 'Largest produce request; also the largest single record.',
      ko: '프로듀스 요청 하나의 최대 크기이자 레코드 하나의 최대 크기.',
    },
  },
  {
    key: 'max.in.flight.requests.per.connection',
    scope: 'producer',
    kind: 'int',
    defaults: both(5),
    min: 1,
    max: 100,
    unit: 'records',
    modelled: true,
    doc: {
      en: 'Unacknowledged produce requests allowed per broker connection.',
      ko: '브로커 연결 하나에 동시에 보낼 수 있는, 응답받지 않은 요청 수.',
    },
  },
  {
    key: 'acks',
    scope: 'producer',
    kind: 'enum',
    values: ['0', '1', 'all', '-1'],
    // KIP-679: acks=all became the default in 3.0 (ProducerConfig, 2.8 → 3.0).
    defaults: { ...both('all'), '2.8': '1' },
    modelled: true,
    doc: {
      en: 'How many replicas must have the write before the leader answers (0: no answer at all).',
      ko: '리더가 응답하기 전에 몇 개의 복제본이 쓰기를 가져야 하는지 (0: 응답 없음).',
    },
  },
  {
    key: 'enable.idempotence',
    scope: 'producer',
    kind: 'bool',
    // KIP-679: on by default from 3.0. 3.0.0 and 3.1.0 kept it effectively off (KAFKA-13598); the
    // '3.2' profile stands for the fixed releases (3.0.1, 3.1.1, 3.2.x), see docs/CONTEXT.md.
    defaults: { ...both(true), '2.8': false },
    modelled: true,
    doc: {
      en: 'Broker de-duplicates retried batches by producer id and sequence number.',
      ko: '브로커가 프로듀서 ID와 시퀀스 번호로 재시도된 배치의 중복을 제거함.',
    },
  },
  {
    key: 'retries',
    scope: 'producer',
    kind: 'int',
    defaults: both(INT_MAX),
    min: 0,
    modelled: true,
    doc: { en: 'How many times a failed batch may be retried.', ko: '실패한 배치를 재시도할 수 있는 횟수.' },
  },
  {
    key: 'retry.backoff.ms',
    scope: 'producer',
    kind: 'int',
    defaults: both(100),
    min: 0,
    unit: 'ms',
    modelled: true,
    doc: { en: 'First wait before a retry.', ko: '첫 재시도 전 대기 시간.' },
  },
  {
    key: 'retry.backoff.max.ms',
    scope: 'producer',
    kind: 'int',
    defaults: both(1000),
    min: 0,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'Cap of the exponential retry backoff (doubling from retry.backoff.ms, ±20 % jitter).',
      ko: '지수적으로 늘어나는 재시도 대기의 상한 (retry.backoff.ms부터 두 배씩, ±20% 지터).',
    },
  },
  {
    key: 'request.timeout.ms',
    scope: 'producer',
    kind: 'int',
    defaults: both(30000),
    min: 0,
    unit: 'ms',
    modelled: true,
    doc: { en: 'How long the client waits for one response.', ko: '요청 하나의 응답을 기다리는 시간.' },
  },
  {
    key: 'delivery.timeout.ms',
    scope: 'producer',
    kind: 'int',
    defaults: both(120000),
    min: 0,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'Upper bound from send() to success or failure, retries included.',
      ko: 'send()부터 성공 또는 실패까지의 상한 (재시도 포함).',
    },
  },
  {
    key: 'compression.type',
    scope: 'producer',
    kind: 'enum',
    values: ['none', 'gzip', 'snappy', 'lz4', 'zstd'],
    defaults: both('none'),
    modelled: true,
    doc: {
      en: 'Codec applied to each batch by the producer; bigger batches compress better.',
      ko: '프로듀서가 배치마다 적용하는 압축 방식. 배치가 클수록 더 잘 압축됨.',
    },
  },
  ...PRODUCER_PARTITIONING_KEYS,
];
