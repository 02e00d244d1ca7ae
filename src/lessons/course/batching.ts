/** Batching: linger.ms is time, batch.size is size (the seed note swaps them). */
import type { Lesson } from '../types';

const P = 'producer-1';

export const batching: Lesson = {
  id: 'batching',
  title: {
    en: 'Batching: linger.ms is time, batch.size is size',
    ko: '배치: linger.ms는 시간, batch.size는 크기',
  },
  summary: {
    en: 'Why the producer does not send records one by one, and which setting decides when a batch leaves.',
    ko: '프로듀서가 레코드를 하나씩 보내지 않는 이유와, 배치가 언제 떠날지 정하는 설정.',
  },
  scenario: {
    version: 1,
    name: 'Batching lesson',
    seed: 7,
    durationMs: 120000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'clicks', partitions: 3 }],
    producers: [
      {
        id: P,
        topic: 'clicks',
        config: { 'linger.ms': 5 },
        workload: { recordsPerSec: 200, valueBytes: 200, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [{ id: 'clicks-app', topics: ['clicks'], members: 1 }],
  },
  panels: ['pipeline', 'metrics', 'settings'],
  steps: [
    {
      title: { en: 'Records wait in batches', ko: '레코드는 배치에서 기다린다' },
      narration: {
        en: 'send() does not put a record on the network. It appends it to a [[batch]] for its partition, and the sender thread ships whole batches. The application sends 200 records per second; [[linger|linger.ms]] is 5 ms.',
        ko: 'send()는 레코드를 바로 네트워크로 보내지 않는다. 파티션별 [[batch|배치]]에 붙여 두고, 센더 스레드가 배치 단위로 보낸다. 애플리케이션은 초당 200개를 보내고 [[linger|linger.ms]]는 5ms다.',
      },
      highlight: { partition: 0 },
      until: { all: [{ event: 'BatchSent', atLeast: 30 }, { elapsedMs: 2000 }] },
      predict: {
        question: {
          en: 'About how many records will a batch carry?',
          ko: '배치 하나에 레코드가 대략 몇 개 담길까?',
        },
        choices: [
          {
            en: 'One or two: a record arrives every 5 ms, and linger.ms is 5 ms',
            ko: '한두 개: 레코드가 5ms마다 오고 linger.ms가 5ms라서',
          },
          { en: 'About 60: as many as fit in 16 KiB', ko: '약 60개: 16KiB에 들어갈 만큼' },
          { en: 'All 200 of each second', ko: '1초 동안의 200개 전부' },
        ],
        answer: 0,
        explain: {
          en: 'A batch that is not full leaves when linger.ms has passed since its first record. In 5 ms only one or two records arrive.',
          ko: '가득 차지 않은 배치는 첫 레코드 이후 linger.ms가 지나면 떠난다. 5ms 동안에는 레코드가 한두 개밖에 오지 않는다.',
        },
        evidence: { average: 'BatchSent', field: 'records', atLeast: 30, op: '<', than: 3 },
      },
      result: {
        en: 'Batches leave nearly empty: each left because linger.ms ran out, not because it was full.',
        ko: '배치가 거의 빈 채로 떠난다. 가득 차서가 아니라 linger.ms가 다 되어서 떠난 것이다.',
      },
    },
    {
      title: { en: 'Now you try: fuller batches', ko: '직접 해 보기: 더 꽉 찬 배치' },
      narration: {
        en: 'Fewer, fuller batches mean fewer requests and less overhead per record. The price is latency: a record may wait up to linger.ms.',
        ko: '배치가 적고 꽉 차면 요청 수와 레코드당 오버헤드가 줄어든다. 대가는 지연 시간이다. 레코드가 최대 linger.ms만큼 기다릴 수 있다.',
      },
      highlight: { slider: 'linger.ms' },
      goal: {
        task: {
          en: 'Change one setting so that batches carry 20 records or more on average.',
          ko: '설정 하나를 바꿔서 배치당 평균 레코드 수가 20개 이상이 되게 하자.',
        },
        check: { average: 'BatchSent', field: 'records', atLeast: 10, op: '>=', than: 20 },
        hint: {
          en: 'Batches leave on time, not on size. Give them more time: raise linger.ms.',
          ko: '배치는 크기가 아니라 시간 때문에 떠나고 있다. 시간을 더 주자: linger.ms를 올려 보자.',
        },
        solution: [{ action: 'setProducerConfig', producer: P, key: 'linger.ms', value: 200 }],
        controls: ['linger.ms'],
      },
    },
    {
      title: { en: 'A smaller batch.size', ko: '더 작은 batch.size' },
      narration: {
        en: '[[batchSize|batch.size]] is a size in bytes per partition, not a time. This step lowers it to 2,048 bytes while linger.ms stays long.',
        ko: '[[batchSize|batch.size]]는 시간이 아니라 파티션별 바이트 크기다. 이 단계에서는 linger.ms는 길게 둔 채 batch.size를 2,048바이트로 낮춘다.',
      },
      highlight: { slider: 'batch.size' },
      actions: [
        { action: 'setProducerConfig', producer: P, key: 'linger.ms', value: 200 },
        { action: 'setProducerConfig', producer: P, key: 'batch.size', value: 2048 },
      ],
      until: { all: [{ event: 'BatchSent', atLeast: 20 }, { elapsedMs: 2000 }] },
      predict: {
        question: { en: 'Why will batches leave now?', ko: '이제 배치는 왜 떠날까?' },
        choices: [
          { en: 'linger.ms (200 ms) runs out', ko: 'linger.ms(200ms)가 다 되어서' },
          {
            en: 'They are full: 2,048 bytes hold only a few records',
            ko: '가득 차서: 2,048바이트에는 레코드 몇 개만 들어가서',
          },
        ],
        answer: 1,
        explain: {
          en: 'About 9 records of 200 bytes fill 2,048 bytes in ~45 ms, long before 200 ms pass. A full batch is sent at once (a few small batches of other partitions [[rodeAlong|ride along]] in the same request).',
          ko: '200바이트 레코드 약 9개면 ~45ms 만에 2,048바이트가 찬다. 200ms보다 훨씬 빠르다. 가득 찬 배치는 즉시 전송된다(다른 파티션의 작은 배치 몇 개가 같은 요청에 [[rodeAlong|함께 실려]] 간다).',
        },
        evidence: {
          all: [
            { event: 'BatchSent', where: { reason: 'full' }, atLeast: 10 },
            { average: 'BatchSent', field: 'records', atLeast: 20, op: '<', than: 12 },
          ],
        },
      },
      result: {
        en: 'Every batch now leaves because it is full: size wins whenever it comes first.',
        ko: '이제 모든 배치가 가득 차서 떠난다. 크기든 시간이든 먼저 오는 쪽이 이긴다.',
      },
    },
    {
      title: { en: 'Now you try: back to time', ko: '직접 해 보기: 다시 시간으로' },
      narration: {
        en: 'A batch leaves when it is full or when linger.ms runs out, whichever comes first.',
        ko: '배치는 가득 차거나 linger.ms가 다 되면, 둘 중 먼저 오는 때에 떠난다.',
      },
      highlight: { slider: 'batch.size' },
      goal: {
        task: {
          en: 'Without touching linger.ms, make batches leave because linger.ms ran out again.',
          ko: 'linger.ms는 건드리지 말고, 배치가 다시 linger.ms 때문에 떠나게 하자.',
        },
        check: { event: 'BatchSent', where: { reason: 'linger' }, atLeast: 10 },
        hint: {
          en: 'Give the batch room for more than 200 ms of records: raise batch.size (Kafka’s default is 16,384).',
          ko: '200ms 동안 오는 레코드보다 큰 공간을 주자: batch.size를 올려 보자(Kafka 기본값 16,384).',
        },
        solution: [{ action: 'setProducerConfig', producer: P, key: 'batch.size', value: 16384 }],
        controls: ['batch.size'],
      },
    },
  ],
  recap: {
    en: 'linger.ms is how long a not-full batch may wait; batch.size is how many bytes a partition’s batch may hold. A batch leaves on whichever comes first, and flush() or close() sends everything at once.',
    ko: 'linger.ms는 가득 차지 않은 배치가 기다릴 수 있는 시간이고, batch.size는 파티션 배치 하나가 담을 수 있는 바이트 수다. 배치는 둘 중 먼저 오는 조건에 떠나며, flush()나 close()는 모든 것을 즉시 보낸다.',
  },
  correction: {
    note: {
      en: 'The note says batch_size sets how long records wait and linger_ms sets the size.',
      ko: '노트에는 batch_size가 버퍼에 머무는 시간을, linger_ms가 크기를 정한다고 되어 있다.',
    },
    kafka: {
      en: 'Swapped: linger.ms is the time (default 5 ms in Kafka 4.0, 0 before), batch.size the size (16,384 bytes per partition).',
      ko: '반대다: linger.ms가 시간(Kafka 4.0 기본 5ms, 이전 0ms)이고 batch.size가 크기(파티션별 16,384바이트)다.',
    },
  },
};
