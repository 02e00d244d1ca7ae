/** Fetch and poll: the broker answers a fetch when fetch.min.bytes is there or fetch.max.wait.ms runs out; poll() slices the buffer. */
import type { Lesson } from '../types';

const G = 'events-app';
const M = 'consumer-events-app-1';

export const fetchAndPoll: Lesson = {
  id: 'fetch-and-poll',
  title: {
    en: 'Fetch and poll: how a consumer gets its records',
    ko: 'fetch와 poll: 컨슈머가 레코드를 가져오는 방법',
  },
  summary: {
    en: 'A consumer pulls records from the broker with fetch requests, and poll() hands them to the application. Which settings shape each of the two.',
    ko: '컨슈머는 fetch 요청으로 브로커에서 레코드를 당겨 오고, poll()이 그것을 애플리케이션에 넘긴다. 두 단계 각각을 어떤 설정이 정하는지 알아본다.',
  },
  scenario: {
    version: 1,
    name: 'Fetch and poll lesson',
    seed: 7,
    durationMs: 120000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'events', partitions: 3 }],
    producers: [
      {
        id: 'producer-1',
        topic: 'events',
        config: {},
        workload: { recordsPerSec: 200, valueBytes: 200, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [
      {
        id: G,
        topics: ['events'],
        members: 1,
        workload: { processingMsPerRecord: 0.5, pollTimeoutMs: 100 },
      },
    ],
  },
  panels: ['pipeline', 'metrics', 'groups', 'settings'],
  steps: [
    {
      title: { en: 'The consumer joins', ko: '컨슈머가 그룹에 들어온다' },
      narration: {
        en: 'Kafka does not push records to consumers: each consumer asks the broker for them with a [[fetch]] request. First this consumer joins its [[consumerGroup]] and is given the three [[partition|partitions]] of the topic.',
        ko: 'Kafka는 레코드를 컨슈머에게 밀어 주지 않는다. 컨슈머가 [[fetch]] 요청으로 브로커에게 직접 달라고 한다. 먼저 이 컨슈머가 [[consumerGroup|컨슈머 그룹]]에 들어가 토픽의 [[partition|파티션]] 세 개를 배정받는다.',
      },
      highlight: { member: M },
      until: { event: 'RebalanceCompleted' },
      result: {
        en: 'The consumer owns all three partitions and starts fetching.',
        ko: '컨슈머가 파티션 세 개를 모두 맡아 fetch를 시작한다.',
      },
    },
    {
      title: { en: 'A fetch answers as soon as there is data', ko: 'fetch는 데이터가 있으면 바로 응답한다' },
      narration: {
        en: 'The broker answers a fetch once it has at least fetch.min.bytes for it, or when fetch.max.wait.ms (500 ms) has passed: a long poll. The default fetch.min.bytes is 1 byte. The producer writes 200 records per second.',
        ko: '브로커는 fetch.min.bytes 이상의 데이터가 모이거나 fetch.max.wait.ms(500ms)가 지나면 fetch에 응답한다. 이것이 롱 폴링이다. fetch.min.bytes 기본값은 1바이트다. 프로듀서는 초당 200개를 쓴다.',
      },
      highlight: { slider: 'fetch.min.bytes' },
      until: { elapsedMs: 5000 },
      predict: {
        question: {
          en: 'About how many fetch requests will the consumer send in 5 seconds?',
          ko: '5초 동안 컨슈머가 fetch 요청을 대략 몇 번 보낼까?',
        },
        choices: [
          {
            en: 'About 10: each one waits fetch.max.wait.ms (500 ms)',
            ko: '약 10번: 매번 fetch.max.wait.ms(500ms)를 기다려서',
          },
          {
            en: 'Hundreds: one byte is enough, so each answer carries just the few records that just arrived',
            ko: '수백 번: 1바이트면 충분해서 응답마다 방금 도착한 레코드 몇 개만 담겨서',
          },
          { en: 'Five: one per second', ko: '5번: 1초에 한 번' },
        ],
        answer: 1,
        explain: {
          en: 'With fetch.min.bytes=1 the broker answers as soon as any new record is there, so the consumer sends a new fetch every few milliseconds and gets a handful of records each time.',
          ko: 'fetch.min.bytes=1이면 새 레코드가 하나라도 있으면 브로커가 바로 응답한다. 그래서 컨슈머는 몇 밀리초마다 새 fetch를 보내고 매번 레코드 몇 개씩 받는다.',
        },
        evidence: { event: 'FetchSent', atLeast: 150 },
      },
      result: {
        en: 'Many small fetches: low latency, but many requests for the broker to serve.',
        ko: '작은 fetch가 아주 많다. 지연은 짧지만 브로커가 처리할 요청이 많다.',
      },
    },
    {
      title: { en: 'Now you try: fewer, bigger fetches', ko: '직접 해 보기: 더 적고 큰 fetch' },
      narration: {
        en: 'A consumer that does not need every record within milliseconds can let the broker gather more data per answer. That means fewer requests and more records in each.',
        ko: '레코드를 몇 밀리초 안에 받을 필요가 없는 컨슈머라면, 브로커가 응답마다 데이터를 더 모으게 할 수 있다. 요청은 줄고 요청마다 레코드는 많아진다.',
      },
      highlight: { slider: 'fetch.min.bytes' },
      goal: {
        task: {
          en: 'Change a setting so that the consumer sends fewer than 20 fetches in 5 seconds.',
          ko: '설정을 바꿔서 컨슈머가 5초 동안 fetch를 20번 미만으로 보내게 하자.',
        },
        check: { all: [{ elapsedMs: 5000 }, { not: { event: 'FetchSent', atLeast: 20 } }] },
        hint: {
          en: 'The broker answers as soon as it has fetch.min.bytes. Ask for much more, e.g. 50,000 bytes. Raising fetch.max.wait.ms alone does nothing while 1 byte is enough.',
          ko: '브로커는 fetch.min.bytes만큼 모이면 바로 응답한다. 훨씬 많이, 예를 들어 50,000바이트를 요구해 보자. 1바이트로 충분한 동안에는 fetch.max.wait.ms만 올려도 달라지지 않는다.',
        },
        solution: [{ action: 'setConsumerConfig', group: G, key: 'fetch.min.bytes', value: 50000 }],
        controls: ['fetch.min.bytes', 'fetch.max.wait.ms'],
      },
    },
    {
      title: { en: 'The wait has a limit', ko: '기다림에는 한도가 있다' },
      narration: {
        en: 'Now the broker holds each fetch until 50,000 bytes are there. But 200 records of about 200 bytes make only some 42,000 bytes per second.',
        ko: '이제 브로커는 50,000바이트가 모일 때까지 fetch를 붙잡아 둔다. 그런데 200바이트 정도의 레코드 200개는 초당 약 42,000바이트밖에 되지 않는다.',
      },
      highlight: { slider: 'fetch.max.wait.ms' },
      actions: [{ action: 'setConsumerConfig', group: G, key: 'fetch.min.bytes', value: 50000 }],
      until: { elapsedMs: 5000 },
      predict: {
        question: { en: 'What ends each fetch now?', ko: '이제 각 fetch는 무엇 때문에 끝날까?' },
        choices: [
          {
            en: 'fetch.max.wait.ms: after 500 ms the broker answers with what it has',
            ko: 'fetch.max.wait.ms: 500ms가 지나면 브로커가 있는 만큼 응답한다',
          },
          {
            en: 'Nothing: the fetch waits until 50,000 bytes are there',
            ko: '아무것도 아니다: 50,000바이트가 모일 때까지 계속 기다린다',
          },
        ],
        answer: 0,
        explain: {
          en: 'fetch.max.wait.ms caps the long poll. In 500 ms only about 21,000 bytes arrive, so every answer comes at the time limit: about two fetches per second.',
          ko: 'fetch.max.wait.ms가 롱 폴링의 상한이다. 500ms 동안 약 21,000바이트만 오므로 모든 응답이 시간 한도에서 나간다. 초당 fetch가 두 번 정도다.',
        },
        evidence: { all: [{ event: 'FetchSent', atLeast: 8 }, { not: { event: 'FetchSent', atLeast: 13 } }] },
      },
      result: {
        en: 'About ten fetches in 5 seconds, each bringing about 100 records.',
        ko: '5초에 fetch가 열 번 정도이고, 한 번에 레코드를 약 100개씩 가져온다.',
      },
    },
    {
      title: { en: 'poll() is not fetch', ko: 'poll()은 fetch가 아니다' },
      narration: {
        en: 'Fetched records go into the consumer’s buffer. [[poll]] returns at most max.poll.records of them (default 500) to the application. This step lowers max.poll.records to 10.',
        ko: 'fetch로 받은 레코드는 컨슈머의 버퍼에 들어간다. [[poll]]은 그중 최대 max.poll.records개(기본 500)를 애플리케이션에 돌려준다. 이 단계에서 max.poll.records를 10으로 낮춘다.',
      },
      highlight: { slider: 'max.poll.records' },
      actions: [{ action: 'setConsumerConfig', group: G, key: 'max.poll.records', value: 10 }],
      until: { elapsedMs: 5000 },
      predict: {
        question: { en: 'What happens to the fetches?', ko: 'fetch는 어떻게 될까?' },
        choices: [
          {
            en: 'Each fetch brings only 10 records, so there are many more fetches',
            ko: 'fetch마다 레코드를 10개만 가져오므로 fetch가 훨씬 많아진다',
          },
          {
            en: 'Fetches stay the same; poll() just returns the buffer 10 records at a time',
            ko: 'fetch는 그대로이고, poll()이 버퍼를 10개씩 나눠서 돌려줄 뿐이다',
          },
        ],
        answer: 1,
        explain: {
          en: 'max.poll.records does not change fetch sizes. It only slices what is already buffered, which bounds how much work the application gets between two polls.',
          ko: 'max.poll.records는 fetch 크기를 바꾸지 않는다. 이미 버퍼에 있는 것을 잘라 줄 뿐이라서, poll과 poll 사이에 애플리케이션이 할 일의 양을 제한한다.',
        },
        evidence: {
          all: [{ not: { event: 'FetchSent', atLeast: 13 } }, { event: 'RecordsPolled', atLeast: 80 }],
        },
      },
      result: {
        en: 'Still about two fetches per second, but about 20 polls per second now return records, each at most 10.',
        ko: 'fetch는 여전히 초당 두 번 정도지만, 레코드를 돌려주는 poll은 초당 20번쯤이고 한 번에 최대 10개씩이다.',
      },
    },
    {
      title: { en: 'Size limits on a fetch', ko: 'fetch의 크기 한도' },
      narration: {
        en: 'Two more settings cap a fetch answer: max.partition.fetch.bytes (1 MiB per partition) and fetch.max.bytes (50 MiB in total). They are limits, not targets, and the first batch is always returned whole, even when it is bigger, so the consumer can always make progress.',
        ko: 'fetch 응답의 상한을 정하는 설정이 두 개 더 있다. max.partition.fetch.bytes(파티션별 1MiB)와 fetch.max.bytes(전체 50MiB)다. 목표치가 아니라 한도이며, 첫 배치는 더 크더라도 항상 통째로 돌려주기 때문에 컨슈머는 언제나 앞으로 나아갈 수 있다.',
      },
      highlight: { slider: 'max.partition.fetch.bytes' },
    },
  ],
  recap: {
    en: 'A fetch waits at the broker until fetch.min.bytes is there or fetch.max.wait.ms has passed, and brings at most max.partition.fetch.bytes per partition and fetch.max.bytes in total. poll() then returns at most max.poll.records from what was fetched; it never changes the fetches.',
    ko: 'fetch는 fetch.min.bytes가 모이거나 fetch.max.wait.ms가 지날 때까지 브로커에서 기다리고, 파티션별 max.partition.fetch.bytes, 전체 fetch.max.bytes까지만 가져온다. 그다음 poll()이 가져온 것 중 최대 max.poll.records개를 돌려준다. poll()은 fetch를 바꾸지 않는다.',
  },
};
