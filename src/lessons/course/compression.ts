/** compression.type: the producer compresses whole batches; codecs trade ratio against CPU. */
import type { Lesson } from '../types';

const P = 'producer-1';
const codec = (value: string) => ({
  action: 'setProducerConfig' as const,
  producer: P,
  key: 'compression.type',
  value,
});

export const compression: Lesson = {
  id: 'compression',
  title: {
    en: 'Compression: ratio against CPU',
    ko: '압축: 압축률과 CPU의 맞교환',
  },
  summary: {
    en: 'What compression.type compresses, how the codecs compare in size and CPU, and why bigger batches compress better.',
    ko: 'compression.type이 무엇을 압축하는지, 코덱마다 크기와 CPU가 어떻게 다른지, 그리고 배치가 클수록 압축이 잘 되는 이유.',
  },
  scenario: {
    version: 1,
    name: 'Compression lesson',
    seed: 9,
    durationMs: 60000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'events', partitions: 3 }],
    producers: [
      {
        id: P,
        topic: 'events',
        config: { 'linger.ms': 50, 'value.serializer': 'JsonSerializer', 'compression.type': 'none' },
        workload: { recordsPerSec: 1000, valueBytes: 400, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [{ id: 'events-app', topics: ['events'], members: 1 }],
  },
  panels: ['pipeline', 'producer', 'metrics'],
  steps: [
    {
      title: { en: 'Uncompressed batches', ko: '압축하지 않은 배치' },
      narration: {
        en: 'The producer sends 1,000 JSON events of 400 bytes per second. [[compression|compression.type]] is none, Kafka’s default: each [[batch]] goes on the wire exactly as it was built, about 28 records and 11,600 bytes.',
        ko: '프로듀서는 초당 400바이트짜리 JSON 이벤트 1,000개를 보낸다. [[compression|compression.type]]은 Kafka 기본값인 none이라, 각 [[batch|배치]]가 만들어진 그대로 약 레코드 28개, 11,600바이트로 전송된다.',
      },
      highlight: { slider: 'compression.type' },
      until: { event: 'BatchSent', atLeast: 30 },
      result: {
        en: 'Compression, when on, happens in the producer, once per batch: the 61-byte header stays readable and the records behind it are compressed together. The broker stores the batch as it is and the consumer decompresses it.',
        ko: '압축을 켜면 프로듀서가 배치마다 한 번 압축한다. 61바이트 헤더는 그대로 두고 그 뒤의 레코드들을 한꺼번에 압축한다. 브로커는 배치를 그대로 저장하고 컨슈머가 압축을 푼다.',
      },
    },
    {
      title: { en: 'snappy', ko: 'snappy 켜기' },
      narration: {
        en: 'This step sets compression.type to snappy, a fast codec from Google that Kafka has had since 0.8.',
        ko: '이 단계에서 compression.type을 snappy로 바꾼다. Kafka 0.8부터 있던, Google이 만든 빠른 코덱이다.',
      },
      highlight: { slider: 'compression.type' },
      actions: [codec('snappy')],
      until: { event: 'BatchSent', atLeast: 30 },
      result: {
        en: 'Same records, about 4,800 bytes per batch: roughly 2.4 times smaller. (The ratios here are illustrative figures for JSON, scaled from a public benchmark.)',
        ko: '레코드는 같은데 배치당 약 4,800바이트로, 약 2.4배 작아졌다. (여기의 압축률은 공개 벤치마크를 JSON에 맞게 조정한 예시 수치다.)',
      },
    },
    {
      title: { en: 'lz4', ko: 'lz4 켜기' },
      narration: {
        en: 'Now lz4. A common cheat sheet says lz4 is the fastest codec with the lowest ratio of all.',
        ko: '이번에는 lz4다. 흔한 요약표에는 lz4가 가장 빠르고 압축률은 가장 낮다고 나온다.',
      },
      highlight: { slider: 'compression.type' },
      actions: [codec('lz4')],
      until: { event: 'BatchSent', atLeast: 30 },
      predict: {
        question: {
          en: 'Compared with snappy’s ~4,800 bytes, how big will an lz4 batch be?',
          ko: 'snappy의 약 4,800바이트와 비교하면 lz4 배치는 얼마나 클까?',
        },
        choices: [
          {
            en: 'Clearly bigger: lz4 has the lowest ratio',
            ko: '확실히 더 크다: lz4의 압축률이 가장 낮으니까',
          },
          { en: 'About the same', ko: '거의 같다' },
          { en: 'Less than half', ko: '절반도 안 된다' },
        ],
        answer: 1,
        explain: {
          en: 'lz4 and snappy compress about equally well (2.10 vs 2.09 on the standard Silesia benchmark). lz4 is a bit faster to compress and much faster to decompress, so “lowest ratio” should read “low ratio, tied with snappy”.',
          ko: 'lz4와 snappy의 압축률은 거의 같다(표준 Silesia 벤치마크에서 2.10 대 2.09). lz4가 압축은 조금, 해제는 훨씬 빠르다. 그러니 "가장 낮은 압축률"이 아니라 "snappy와 비슷하게 낮은 압축률"이 맞다.',
        },
        evidence: {
          all: [
            { average: 'BatchSent', field: 'bytes', atLeast: 30, op: '>', than: 4300 },
            { average: 'BatchSent', field: 'bytes', atLeast: 30, op: '<', than: 5200 },
          ],
        },
      },
      result: {
        en: 'About 4,700 bytes: a hair smaller than snappy, not bigger.',
        ko: '약 4,700바이트. snappy보다 크기는커녕 아주 조금 작다.',
      },
    },
    {
      title: { en: 'Now you try: a better ratio', ko: '직접 해 보기: 더 높은 압축률' },
      narration: {
        en: 'Smaller batches mean less network, less disk on every replica and less to fetch for every consumer.',
        ko: '배치가 작으면 네트워크도, 모든 복제본의 디스크도, 모든 컨슈머가 가져올 양도 줄어든다.',
      },
      highlight: { slider: 'compression.type' },
      goal: {
        task: {
          en: 'Choose a codec that brings batches under 3,500 bytes on average (more than 3 times smaller than uncompressed).',
          ko: '배치가 평균 3,500바이트 미만이 되는(압축 전보다 3배 넘게 작은) 코덱을 고르자.',
        },
        check: { average: 'BatchSent', field: 'bytes', atLeast: 30, op: '<', than: 3500 },
        hint: {
          en: 'Try zstd (in Kafka since 2.1): a much better ratio at a speed close to lz4’s.',
          ko: 'zstd(Kafka 2.1부터)를 써 보자. 속도는 lz4에 가깝고 압축률은 훨씬 좋다.',
        },
        solution: [codec('zstd')],
        controls: ['compression.type'],
      },
    },
    {
      title: { en: 'gzip and CPU', ko: 'gzip과 CPU' },
      narration: {
        en: 'This step switches to gzip, which also compresses these batches well. Watch the producer’s compression CPU.',
        ko: '이 단계에서 gzip으로 바꾼다. gzip도 이 배치들을 잘 압축한다. 프로듀서의 압축 CPU를 지켜보자.',
      },
      highlight: { panel: 'metrics' },
      actions: [codec('gzip')],
      until: { elapsedMs: 3000 },
      predict: {
        question: {
          en: 'zstd spends about 1 ms of CPU per second of this traffic. What will gzip spend?',
          ko: 'zstd는 이 트래픽 1초당 CPU를 약 1ms 쓴다. gzip은 얼마나 쓸까?',
        },
        choices: [
          { en: 'About the same', ko: '거의 같다' },
          { en: 'Several times more', ko: '몇 배 더 많이' },
          { en: 'Less: gzip is an old, simple codec', ko: '더 적게: gzip은 오래되고 단순한 코덱이라서' },
        ],
        answer: 1,
        explain: {
          en: 'gzip (level 6 by default) is by far the slowest of Kafka’s codecs, for a ratio no better than zstd’s. The simulator counts this CPU but does not slow the sender; a real producer spends it on its I/O thread.',
          ko: 'gzip(기본 레벨 6)은 Kafka 코덱 중 단연 가장 느리고, 압축률은 zstd보다 낫지 않다. 시뮬레이터는 이 CPU를 세기만 하고 전송을 늦추지는 않는다. 실제 프로듀서는 이 시간을 I/O 스레드에서 쓴다.',
        },
        evidence: { change: `producers[${P}].stats.compressionCpuMicros`, op: '>', than: 15000 },
      },
      result: {
        en: 'About 8 times the CPU of zstd for slightly bigger batches. That is the trade-off to choose on, not popularity: today lz4 and zstd are the usual recommendations.',
        ko: 'zstd의 약 8배 CPU를 쓰고도 배치는 조금 더 크다. 코덱은 인기가 아니라 이런 맞교환으로 고른다. 요즘 흔히 권하는 것은 lz4와 zstd다.',
      },
    },
    {
      title: { en: 'Small batches compress worse', ko: '작은 배치는 압축이 덜 된다' },
      narration: {
        en: 'A codec finds repetition inside one batch only. This step sets [[linger|linger.ms]] to 0, so batches leave with only a few records each.',
        ko: '코덱은 배치 하나 안에서만 반복을 찾는다. 이 단계에서 [[linger|linger.ms]]를 0으로 바꿔, 배치가 레코드 몇 개만 담고 떠나게 한다.',
      },
      highlight: { slider: 'linger.ms' },
      actions: [{ action: 'setProducerConfig', producer: P, key: 'linger.ms', value: 0 }],
      until: {
        all: [
          { event: 'BatchSent', atLeast: 200 },
          { average: 'BatchSent', field: 'records', atLeast: 200, op: '<', than: 6 },
        ],
      },
      result: {
        en: 'About 4 records per batch, and gzip’s ratio falls from about 3.7 to about 2.8. Batching and compression work together: fuller batches (sticky partitioning, a little linger.ms) compress better.',
        ko: '배치당 레코드가 약 4개가 되고, gzip 압축률은 약 3.7에서 약 2.8로 떨어진다. 배치와 압축은 함께 움직인다. 더 꽉 찬 배치(스티키 파티셔닝, 약간의 linger.ms)가 압축도 잘 된다.',
      },
    },
  ],
  recap: {
    en: 'compression.type (default none) makes the producer compress each batch; the broker keeps it and the consumer decompresses. lz4 and snappy are fast with about the same modest ratio, zstd gives a much better ratio at similar speed, and gzip a good ratio at a high CPU cost. Bigger batches compress better.',
    ko: 'compression.type(기본 none)을 켜면 프로듀서가 배치마다 압축하고, 브로커는 그대로 저장하며 컨슈머가 푼다. lz4와 snappy는 빠르고 압축률은 비슷하게 보통이며, zstd는 비슷한 속도에 훨씬 좋은 압축률을, gzip은 좋은 압축률에 큰 CPU 비용을 낸다. 배치가 클수록 압축이 잘 된다.',
  },
  correction: {
    note: {
      en: 'The note says snappy is what people generally use, and that lz4 is the fastest codec with the lowest ratio.',
      ko: '노트에는 일반적으로 snappy를 주로 쓰고, lz4는 가장 빠르며 압축률이 가장 낮다고 되어 있다.',
    },
    kafka: {
      en: 'lz4 is the fastest, but its ratio is about the same as snappy’s, not the lowest; zstd is close to lz4 in speed with a much better ratio. “Snappy is most used” is not something Kafka documents: the default is none, snappy was a common early choice, and lz4 or zstd are the usual recommendations today.',
      ko: 'lz4가 가장 빠른 것은 맞지만 압축률은 snappy와 거의 같아서 "가장 낮다"고 할 수 없다. zstd는 속도가 lz4에 가깝고 압축률은 훨씬 좋다. "snappy를 주로 쓴다"는 Kafka가 문서로 말하는 사실이 아니다. 기본값은 none이고, snappy는 초기에 흔한 선택이었으며, 요즘은 보통 lz4나 zstd를 권한다.',
    },
  },
};
