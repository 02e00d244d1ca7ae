/** Serializers: keys and values become bytes, and the bytes (plus framing) decide how much a batch holds. */
import type { Lesson } from '../types';

const P = 'producer-1';

export const serializers: Lesson = {
  id: 'serializers',
  title: {
    en: 'Serializers: from objects to record bytes',
    ko: '직렬화: 객체에서 레코드 바이트로',
  },
  summary: {
    en: 'What key.serializer and value.serializer do, how many bytes a record really takes on the wire, and why that decides how many records fit in a batch.',
    ko: 'key.serializer와 value.serializer가 하는 일, 레코드가 실제로 몇 바이트를 차지하는지, 그리고 그것이 배치에 들어가는 레코드 수를 어떻게 정하는지.',
  },
  scenario: {
    version: 1,
    name: 'Serializers lesson',
    seed: 7,
    durationMs: 60000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 1 }],
    producers: [
      {
        id: P,
        topic: 'orders',
        config: { 'linger.ms': 100 },
        workload: {
          recordsPerSec: 1000,
          valueBytes: 100,
          keys: { type: 'sequence', prefix: 'order-', count: 1000 },
        },
      },
    ],
    consumerGroups: [],
  },
  panels: ['pipeline', 'producer', 'metrics'],
  steps: [
    {
      title: { en: 'Kafka only moves bytes', ko: 'Kafka는 바이트만 옮긴다' },
      narration: {
        en: 'A broker never sees your objects, only bytes. Before anything else, send() turns the [[key]] and the value into bytes with a [[serializer]]: key.serializer and value.serializer. Here both are StringSerializer, which writes the text as UTF-8, so the key order-42 becomes 8 bytes.',
        ko: '브로커는 애플리케이션의 객체를 보지 못하고 바이트만 본다. send()는 가장 먼저 [[key|키]]와 값을 [[serializer|직렬화기]]로 바이트로 바꾼다. 바로 key.serializer와 value.serializer다. 여기서는 둘 다 StringSerializer이고, 문자열을 UTF-8로 쓰므로 키 order-42는 8바이트가 된다.',
      },
      highlight: { slider: 'key.serializer' },
      until: { event: 'BatchSent', atLeast: 5 },
      result: {
        en: 'Batches are leaving every 100 ms (linger.ms), each with about 100 records. In kafka-python there is no default serializer: key_serializer and value_serializer are functions you pass, or you hand send() bytes yourself.',
        ko: '배치가 100ms(linger.ms)마다 레코드 약 100개씩 담아 떠나고 있다. kafka-python에는 기본 직렬화기가 없다. key_serializer와 value_serializer에 함수를 넘기거나, send()에 직접 바이트를 넘겨야 한다.',
      },
    },
    {
      title: { en: 'How big is a batch?', ko: '배치 하나는 얼마나 클까?' },
      narration: {
        en: 'Each record has a key of about 9 bytes (order-123) and a value of 100 bytes, and every [[batch]] carries 100 records.',
        ko: '레코드마다 키는 약 9바이트(order-123), 값은 100바이트이고, [[batch|배치]] 하나에 레코드 100개가 담긴다.',
      },
      highlight: { panel: 'metrics' },
      until: { event: 'BatchSent', atLeast: 20 },
      predict: {
        question: {
          en: 'How many bytes does one batch of 100 such records take?',
          ko: '이런 레코드 100개가 든 배치 하나는 몇 바이트일까?',
        },
        choices: [
          {
            en: 'About 10,900: just the keys and values',
            ko: '약 10,900: 키와 값의 바이트만큼',
          },
          {
            en: 'About 11,900: each record adds ~10 bytes of framing, each batch a 61-byte header',
            ko: '약 11,900: 레코드마다 ~10바이트의 틀이, 배치마다 61바이트 헤더가 붙어서',
          },
          {
            en: 'Always 16,384: a batch is always batch.size',
            ko: '항상 16,384: 배치는 늘 batch.size 크기라서',
          },
        ],
        answer: 1,
        explain: {
          en: 'In record batch format v2 every record carries its length, attributes, a time and an offset delta, the key and value lengths and a header count (about 10 bytes here). The batch adds one 61-byte header (offsets, CRC, producer id, …). batch.size is only the upper limit.',
          ko: '레코드 배치 포맷 v2에서는 레코드마다 길이, attributes, 시간·오프셋 차이값, 키와 값의 길이, 헤더 개수가 붙는다(여기서는 약 10바이트). 배치에는 61바이트 헤더(오프셋, CRC, 프로듀서 ID 등)가 한 번 붙는다. batch.size는 상한일 뿐이다.',
        },
        evidence: {
          all: [
            { average: 'BatchSent', field: 'records', atLeast: 20, op: '>=', than: 99 },
            { average: 'BatchSent', field: 'bytes', atLeast: 20, op: '>', than: 11400 },
            { average: 'BatchSent', field: 'bytes', atLeast: 20, op: '<', than: 12400 },
          ],
        },
      },
      result: {
        en: 'About 11,900 bytes per batch: roughly 119 bytes per record on the wire for 109 bytes of key and value.',
        ko: '배치당 약 11,900바이트다. 키와 값은 109바이트인데 레코드 하나가 실제로는 약 119바이트를 차지한다.',
      },
    },
    {
      title: { en: 'Now you try: bigger values', ko: '직접 해 보기: 더 큰 값' },
      narration: {
        en: 'A partition’s batch can hold at most [[batchSize|batch.size]] bytes (16,384 by default). The bigger each serialized value, the fewer records fit before the batch is full and leaves.',
        ko: '파티션의 배치 하나에는 최대 [[batchSize|batch.size]] 바이트(기본 16,384)까지 담긴다. 직렬화된 값이 클수록 배치가 가득 차서 떠나기 전까지 들어가는 레코드가 줄어든다.',
      },
      highlight: { slider: 'batch.size' },
      goal: {
        task: {
          en: 'Change the value size so that batches hold fewer than 25 records on average.',
          ko: '값 크기를 바꿔서 배치당 평균 레코드 수가 25개 미만이 되게 하자.',
        },
        check: { average: 'BatchSent', field: 'records', atLeast: 20, op: '<', than: 25 },
        hint: {
          en: 'Raise valueBytes to 1,000: about 16 records of ~1 KB fill 16,384 bytes.',
          ko: 'valueBytes를 1,000으로 올려 보자. ~1KB 레코드 약 16개면 16,384바이트가 찬다.',
        },
        solution: [{ action: 'setWorkload', producer: P, valueBytes: 1000 }],
        controls: ['valueBytes'],
      },
    },
    {
      title: { en: 'A different value serializer', ko: '다른 값 직렬화기' },
      narration: {
        en: 'The serializer decides the bytes, not the object. This step switches value.serializer to IntegerSerializer: the value is now a Java int, written as exactly 4 bytes (big-endian).',
        ko: '바이트 수를 정하는 것은 객체가 아니라 직렬화기다. 이 단계에서 value.serializer를 IntegerSerializer로 바꾼다. 이제 값은 Java int이고 정확히 4바이트(빅 엔디언)로 쓰인다.',
      },
      highlight: { slider: 'value.serializer' },
      actions: [
        { action: 'setProducerConfig', producer: P, key: 'value.serializer', value: 'IntegerSerializer' },
      ],
      until: { event: 'BatchSent', atLeast: 30 },
      predict: {
        question: {
          en: 'valueBytes is still 1,000. What happens to the batches?',
          ko: 'valueBytes는 여전히 1,000이다. 배치는 어떻게 될까?',
        },
        choices: [
          {
            en: 'Nothing: still about 16 records of ~1 KB per batch',
            ko: '그대로다: 여전히 ~1KB 레코드 약 16개씩',
          },
          {
            en: 'About 100 small records per batch, leaving on linger.ms again',
            ko: '배치마다 작은 레코드 약 100개, 다시 linger.ms 때문에 떠난다',
          },
        ],
        answer: 1,
        explain: {
          en: 'An int always serializes to 4 bytes, so a record is now about 21 bytes and 100 of them (one linger.ms worth) take only ~2 KB. The batch is far from full and waits out linger.ms.',
          ko: 'int는 항상 4바이트로 직렬화되므로 레코드 하나가 약 21바이트가 되고, linger.ms 동안 오는 100개도 ~2KB뿐이다. 배치는 가득 차지 않으니 linger.ms를 다 기다린다.',
        },
        evidence: {
          all: [
            { average: 'BatchSent', field: 'records', atLeast: 30, op: '>=', than: 90 },
            { average: 'BatchSent', field: 'bytes', atLeast: 30, op: '<', than: 3500 },
            { event: 'BatchSent', where: { reason: 'linger' }, atLeast: 25 },
          ],
        },
      },
      result: {
        en: 'Same records per second, but about 2 KB per batch instead of 16 KB: what goes on the wire is what the serializer writes.',
        ko: '초당 레코드 수는 같은데 배치 크기는 16KB에서 약 2KB로 줄었다. 네트워크로 나가는 것은 직렬화기가 쓴 바이트다.',
      },
    },
  ],
  recap: {
    en: 'send() serializes the key and value first (StringSerializer: UTF-8 text; IntegerSerializer: 4 bytes). On the wire each record adds a few bytes of framing and each batch a 61-byte header, and batch.size counts those bytes, so bigger values mean fewer records per batch.',
    ko: 'send()는 먼저 키와 값을 직렬화한다(StringSerializer: UTF-8 문자열, IntegerSerializer: 4바이트). 네트워크에서는 레코드마다 몇 바이트의 틀이, 배치마다 61바이트 헤더가 붙고, batch.size는 이 바이트를 센다. 그래서 값이 클수록 배치당 레코드 수가 줄어든다.',
  },
};
