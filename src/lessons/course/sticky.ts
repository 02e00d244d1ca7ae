/** Unkeyed records: the sticky partitioner (the Java default) vs round robin, and kafka-python's random default. */
import type { Lesson } from '../types';

const P = 'producer-1';

export const sticky: Lesson = {
  id: 'sticky',
  title: {
    en: 'Records without a key: sticky vs round robin',
    ko: '키 없는 레코드: 스티키 vs 라운드 로빈',
  },
  summary: {
    en: 'Where the producer sends records that have no key, and why sticking to one partition for a while beats dealing records out one by one.',
    ko: '키가 없는 레코드를 프로듀서가 어디로 보내는지, 그리고 한 파티션에 잠시 머무는 방식이 레코드를 하나씩 돌려 나누는 방식보다 나은 이유.',
  },
  scenario: {
    version: 1,
    name: 'Sticky lesson',
    seed: 5,
    durationMs: 60000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'clicks', partitions: 6 }],
    producers: [
      {
        id: P,
        topic: 'clicks',
        config: { 'linger.ms': 20 },
        workload: { recordsPerSec: 1200, valueBytes: 100, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [{ id: 'clicks-app', topics: ['clicks'], members: 1 }],
  },
  panels: ['pipeline', 'producer', 'metrics'],
  steps: [
    {
      title: { en: 'The sticky partitioner', ko: '스티키 파티셔너' },
      narration: {
        en: 'These click records have no [[key]], so no hash decides their partition. The Java producer’s default is the [[stickyPartitioning]] partitioner: it keeps sending to one partition until about [[batchSize|batch.size]] bytes have gone there, then picks another. The application sends 1,200 records per second over 6 partitions, with [[linger|linger.ms]] = 20 ms.',
        ko: '이 클릭 레코드에는 [[key|키]]가 없어서, 해시가 파티션을 정해 주지 않는다. Java 프로듀서의 기본값은 [[stickyPartitioning|스티키]] 파티셔너다. 한 파티션에 약 [[batchSize|batch.size]] 바이트를 보낼 때까지 그 파티션에 머문 뒤 다른 파티션을 고른다. 애플리케이션은 파티션 6개에 초당 1,200개를 보내고, [[linger|linger.ms]]는 20ms다.',
      },
      highlight: { panel: 'pipeline' },
      until: { event: 'BatchSent', atLeast: 50 },
      predict: {
        question: {
          en: 'In 20 ms about 24 records arrive. About how many records will a batch carry?',
          ko: '20ms 동안 레코드가 약 24개 온다. 배치 하나에는 대략 몇 개가 담길까?',
        },
        choices: [
          {
            en: 'About 24: the records of one linger.ms all go to the same partition',
            ko: '약 24개: 한 linger.ms 동안의 레코드가 모두 같은 파티션으로 가서',
          },
          {
            en: 'About 4: the 24 records are spread over the 6 partitions',
            ko: '약 4개: 24개가 파티션 6개에 나뉘어서',
          },
        ],
        answer: 0,
        explain: {
          en: 'While the producer sticks to one partition, every new record joins the same batch, so one batch collects everything of that linger.ms.',
          ko: '프로듀서가 한 파티션에 머무는 동안 새 레코드는 모두 같은 배치에 들어가므로, 배치 하나가 그 linger.ms 동안의 레코드를 모두 모은다.',
        },
        evidence: { average: 'BatchSent', field: 'records', atLeast: 50, op: '>', than: 15 },
      },
      result: {
        en: 'About 24 records per batch, one batch every 20 ms, and over a few seconds every partition gets its share.',
        ko: '배치당 약 24개, 20ms마다 배치 하나. 몇 초에 걸쳐 보면 모든 파티션이 제 몫을 받는다.',
      },
    },
    {
      title: { en: 'Round robin', ko: '라운드 로빈' },
      narration: {
        en: 'This step switches partitioner.class to RoundRobinPartitioner: each record goes to the next partition in turn (0, 1, 2, … 5, 0, …), keys or not.',
        ko: '이 단계에서 partitioner.class를 RoundRobinPartitioner로 바꾼다. 레코드마다 다음 파티션으로 차례로 보낸다(0, 1, 2, … 5, 0, …). 키가 있어도 마찬가지다.',
      },
      highlight: { slider: 'partitioner.class' },
      actions: [
        {
          action: 'setProducerConfig',
          producer: P,
          key: 'partitioner.class',
          value: 'RoundRobinPartitioner',
        },
      ],
      until: { event: 'BatchSent', atLeast: 300 },
      predict: {
        question: {
          en: 'Same records, same linger.ms. What happens to the batches?',
          ko: '레코드도 linger.ms도 같다. 배치는 어떻게 될까?',
        },
        choices: [
          {
            en: 'Nothing changes: the records per second are the same',
            ko: '변화 없다: 초당 레코드 수가 같으니까',
          },
          {
            en: 'Six times as many batches, each about a sixth as full',
            ko: '배치가 여섯 배로 늘고, 각각은 약 6분의 1만 찬다',
          },
          {
            en: 'Fuller batches: round robin is better balanced',
            ko: '배치가 더 꽉 찬다: 라운드 로빈이 더 균형 잡혀서',
          },
        ],
        answer: 1,
        explain: {
          en: 'Consecutive records now go to six different partitions, so six batches fill at once, each with about 4 records. Every batch has its own 61-byte header and its own slot in a request, and small batches compress worse.',
          ko: '이제 연속된 레코드가 서로 다른 파티션 여섯 곳으로 가므로 배치 여섯 개가 동시에 차고, 각각 레코드가 약 4개다. 배치마다 61바이트 헤더와 요청 안의 자리가 따로 들고, 작은 배치는 압축도 잘 안 된다.',
        },
        evidence: { average: 'BatchSent', field: 'records', atLeast: 300, op: '<', than: 6 },
      },
      result: {
        en: 'About 4 records per batch. The spread over time is just as even as with sticky: round robin only cuts the stream into smaller pieces.',
        ko: '배치당 약 4개. 시간을 두고 보면 분배는 스티키와 똑같이 고르다. 라운드 로빈은 흐름을 더 잘게 자를 뿐이다.',
      },
    },
    {
      title: { en: 'Now you try: back to full batches', ko: '직접 해 보기: 다시 꽉 찬 배치로' },
      narration: {
        en: 'Round robin also ignores keys, so it would break per-key order. For unkeyed records it has no advantage over sticky.',
        ko: '라운드 로빈은 키도 무시하므로 키별 순서를 깨뜨린다. 키 없는 레코드에도 스티키보다 나은 점이 없다.',
      },
      highlight: { slider: 'partitioner.class' },
      goal: {
        task: {
          en: 'Make batches carry 15 records or more on average again, without touching linger.ms.',
          ko: 'linger.ms는 건드리지 말고, 배치당 평균 레코드 수를 다시 15개 이상으로 만들자.',
        },
        check: { average: 'BatchSent', field: 'records', atLeast: 50, op: '>=', than: 15 },
        hint: {
          en: 'Set partitioner.class back to none: the built-in partitioner, sticky for records without a key.',
          ko: 'partitioner.class를 none으로 되돌리자. 키 없는 레코드에는 스티키로 동작하는 내장 파티셔너다.',
        },
        solution: [{ action: 'setProducerConfig', producer: P, key: 'partitioner.class', value: 'none' }],
        controls: ['partitioner.class'],
      },
    },
    {
      title: { en: 'kafka-python is different', ko: 'kafka-python은 다르다' },
      narration: {
        en: 'Sticky is the Java client’s default (since 2.4, improved in 3.3). This step makes the producer behave like kafka-python, whose DefaultPartitioner handles unkeyed records its own way.',
        ko: '스티키는 Java 클라이언트의 기본값이다(2.4부터, 3.3에서 개선). 이 단계에서는 프로듀서를 kafka-python처럼 동작하게 한다. kafka-python의 DefaultPartitioner는 키 없는 레코드를 자기 방식으로 다룬다.',
      },
      highlight: { slider: 'kafkascope.client' },
      actions: [
        { action: 'setProducerConfig', producer: P, key: 'kafkascope.client', value: 'kafka-python' },
      ],
      until: { event: 'BatchSent', atLeast: 300 },
      predict: {
        question: {
          en: 'What does kafka-python’s default partitioner do with a record that has no key?',
          ko: 'kafka-python의 기본 파티셔너는 키 없는 레코드를 어떻게 할까?',
        },
        choices: [
          {
            en: 'The same as Java: it sticks to one partition',
            ko: 'Java와 같다: 한 파티션에 머문다',
          },
          {
            en: 'It picks a random available partition for every record',
            ko: '레코드마다 사용 가능한 파티션을 무작위로 고른다',
          },
        ],
        answer: 1,
        explain: {
          en: 'kafka-python picks a random partition per record (random.choice), so its batches are as small as round robin’s. Keys still hash with the same murmur2 as Java. To change it you pass the `partitioner` option: a function in 2.x, a Partitioner object in 3.0, which also ships an opt-in StickyPartitioner.',
          ko: 'kafka-python은 레코드마다 파티션을 무작위로 고르므로(random.choice) 배치가 라운드 로빈만큼 작다. 키는 Java와 같은 murmur2로 해시한다. 바꾸려면 `partitioner` 옵션을 넘긴다. 2.x에서는 함수, 3.0에서는 Partitioner 객체이고, 3.0에는 선택해서 쓰는 StickyPartitioner도 있다.',
        },
        evidence: { average: 'BatchSent', field: 'records', atLeast: 300, op: '<', than: 6 },
      },
      result: {
        en: 'Small batches again, though nothing in the code asked for them: check which partitioner your client really uses.',
        ko: '코드에서 요청한 적이 없는데도 다시 작은 배치다. 쓰는 클라이언트가 실제로 어떤 파티셔너를 쓰는지 확인하자.',
      },
    },
  ],
  recap: {
    en: 'Without a key, the Java producer sticks to one partition until about batch.size bytes have gone there, so batches fill up; round robin (and kafka-python’s random default) spreads consecutive records, giving many small batches for the same data (one request still carries a batch of every partition, so the request count barely changes, but per-batch overhead grows and compression suffers). Over time all of them spread evenly.',
    ko: '키가 없으면 Java 프로듀서는 한 파티션에 약 batch.size 바이트를 보낼 때까지 머물러 배치를 채운다. 라운드 로빈(그리고 kafka-python의 무작위 기본값)은 연속된 레코드를 흩어 놓아, 같은 데이터에 작은 배치가 많아진다(요청 하나가 모든 파티션의 배치를 함께 실으므로 요청 수는 거의 같지만, 배치당 오버헤드가 늘고 압축 효율이 나빠진다). 시간을 두고 보면 모두 고르게 나뉜다.',
  },
  correction: {
    note: {
      en: 'The note calls sticky the default and round robin less efficient, and says kafka-python lets you choose with the `partitioner` option.',
      ko: '노트에는 스티키가 기본값이고 라운드 로빈은 비효율적이며, kafka-python에서는 `partitioner` 옵션으로 지정할 수 있다고 되어 있다.',
    },
    kafka: {
      en: 'Right for the Java client, and the reason is batch size: round robin gives each batch fewer records, hence more batches, more per-batch overhead and worse compression (and more requests when batches fill or go to several brokers) (Java’s RoundRobinPartitioner also skipped partitions until a late-2024 fix, KAFKA-9965). kafka-python’s default is not sticky: unkeyed records go to a random partition unless you pass a partitioner.',
      ko: 'Java 클라이언트에는 맞는 말이고, 이유는 배치 크기다. 라운드 로빈은 배치당 레코드가 적어서 배치 수와 배치당 오버헤드가 늘고 압축이 나빠진다(배치가 차거나 여러 브로커로 갈 때는 요청도 늘어난다)(Java의 RoundRobinPartitioner는 2024년 말 수정 전까지 파티션을 건너뛰는 버그 KAFKA-9965도 있었다). kafka-python의 기본값은 스티키가 아니다. partitioner를 넘기지 않으면 키 없는 레코드는 무작위 파티션으로 간다.',
    },
  },
};
