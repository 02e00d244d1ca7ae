/** retries, retry.backoff.ms and delivery.timeout.ms: retrying saves records, costs duplicates, and has a deadline. */
import type { Lesson } from '../types';

const P = 'producer-1';

export const retries: Lesson = {
  id: 'retries',
  title: {
    en: 'Retries: trying again, and when to give up',
    ko: '재시도: 다시 보내기, 그리고 언제 포기할지',
  },
  summary: {
    en: 'How the producer retries a failed send, why a retry can write a record twice, and how delivery.timeout.ms decides when a record fails.',
    ko: '프로듀서가 실패한 전송을 어떻게 재시도하는지, 재시도가 왜 레코드를 두 번 쓸 수 있는지, 그리고 delivery.timeout.ms가 레코드의 실패 시점을 어떻게 정하는지.',
  },
  scenario: {
    version: 1,
    name: 'Retries lesson',
    seed: 45,
    durationMs: 120000,
    cluster: { brokers: 3, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 1, replicationFactor: 3, config: { 'min.insync.replicas': 2 } }],
    producers: [
      {
        id: P,
        topic: 'orders',
        config: { 'enable.idempotence': false, 'request.timeout.ms': 5000 },
        workload: { recordsPerSec: 50, valueBytes: 100, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [
      {
        id: 'orders-app',
        topics: ['orders'],
        members: 1,
        config: { 'auto.offset.reset': 'earliest' },
        workload: { processingMsPerRecord: 0, pollTimeoutMs: 100 },
      },
    ],
  },
  panels: ['replication', 'producer', 'metrics', 'settings'],
  steps: [
    {
      title: { en: 'The leader disappears', ko: '리더가 사라진다' },
      narration: {
        en: 'The producer sends with acks=all to partition orders-0, led by broker 0. Broker 0 crashes now, and the controller needs about 9 s to notice and make broker 1 the new [[leader]]. Watch the producer’s errors.',
        ko: '프로듀서는 acks=all로 orders-0 파티션에 보내고, 리더는 브로커 0이다. 지금 브로커 0이 죽고, 컨트롤러가 이를 알아채고 브로커 1을 새 [[leader|리더]]로 만드는 데 약 9초가 걸린다. 프로듀서의 에러를 지켜보자.',
      },
      highlight: { broker: 0 },
      actions: [{ action: 'crashBroker', broker: 0 }],
      until: { all: [{ event: 'LeaderElected' }, { event: 'ProduceAcked', atLeast: 20 }] },
      predict: {
        question: {
          en: 'What happens to the records sent during those 9 seconds?',
          ko: '그 9초 동안 보낸 레코드는 어떻게 될까?',
        },
        choices: [
          { en: 'They fail at once with an error', ko: '곧바로 에러와 함께 실패한다' },
          {
            en: 'They are retried, with growing pauses, and delivered once broker 1 leads',
            ko: '점점 긴 간격으로 재시도되다가, 브로커 1이 리더가 되면 전달된다',
          },
          { en: 'They are lost without any error', ko: '아무 에러 없이 사라진다' },
        ],
        answer: 1,
        explain: {
          en: 'A NetworkException is retriable. [[retries]] defaults to 2147483647, so the producer tries again after retry.backoff.ms (100 ms), then 200, 400, 800 and at most 1,000 ms (retry.backoff.max.ms), each ±20 %.',
          ko: 'NetworkException은 재시도할 수 있는 에러다. [[retries]] 기본값은 2147483647이라서, 프로듀서는 retry.backoff.ms(100ms) 뒤에 다시 시도하고, 이어서 200, 400, 800, 최대 1,000ms(retry.backoff.max.ms) 간격으로, 매번 ±20% 흔들며 시도한다.',
        },
        evidence: {
          all: [
            { event: 'ProduceFailed', where: { error: 'NetworkException', retrying: true }, atLeast: 5 },
            { change: 'records.failed', op: '==', than: 0 },
          ],
        },
      },
      result: {
        en: 'A dozen failed attempts, zero failed records: the retries bridged the failover.',
        ko: '실패한 시도는 열 번이 넘지만 실패한 레코드는 0개다. 재시도가 리더 교체 기간을 메웠다.',
      },
    },
    {
      title: { en: 'A lost answer', ko: '사라진 응답' },
      narration: {
        en: 'Now broker 1 writes a batch but its answer is lost on the way back. The producer cannot tell "not written" from "written, answer lost": it waits request.timeout.ms (5 s in this lesson, 30 s by default), then gives up on the request.',
        ko: '이번에는 브로커 1이 배치를 기록했지만 응답이 돌아오는 길에 사라진다. 프로듀서는 "기록되지 않음"과 "기록됐지만 응답이 사라짐"을 구별할 수 없다. request.timeout.ms(이 레슨에서는 5초, 기본값 30초)만큼 기다린 뒤 그 요청을 포기한다.',
      },
      highlight: { broker: 1 },
      actions: [{ action: 'dropProduceResponse', broker: 1 }],
      until: { change: 'records.duplicated', op: '>', than: 0 },
      predict: {
        question: {
          en: 'The request timed out and the batch is retried. What will the log contain?',
          ko: '요청이 타임아웃되어 배치가 재시도된다. 로그에는 무엇이 남을까?',
        },
        choices: [
          {
            en: 'The batch once: the broker notices the resend',
            ko: '배치 한 번: 브로커가 재전송을 알아챈다',
          },
          { en: 'The batch twice, at two different offsets', ko: '배치 두 번, 서로 다른 오프셋에' },
        ],
        answer: 1,
        explain: {
          en: 'Without [[idempotence]] the broker has no way to recognise a resend, so it appends it again. The timeout also closes the connection, so the other requests in flight on it are retried too, and those the broker had already written are written again.',
          ko: '[[idempotence|멱등성]]이 없으면 브로커는 재전송을 알아볼 방법이 없으므로 다시 추가한다. 타임아웃은 연결도 끊기 때문에, 그 연결에서 전송 중이던 다른 요청들도 재시도되고, 브로커가 이미 기록했던 것은 다시 기록된다.',
        },
        evidence: {
          all: [
            { event: 'ProduceFailed', where: { error: 'TimeoutException', retrying: true } },
            { change: 'records.duplicated', op: '>', than: 0 },
          ],
        },
      },
      result: {
        en: 'The ledger shows duplicated records: a retry turned "at least once" into "more than once".',
        ko: '레코드 장부에 중복 레코드가 보인다. 재시도가 "최소 한 번"을 "한 번 이상"으로 만들었다.',
      },
    },
    {
      title: { en: 'Now you try: a deadline', ko: '직접 해 보기: 마감 시간' },
      narration: {
        en: 'Broker 2 crashes now. Once the controller fences it (about 9 s), only broker 1 is left in the [[isr|ISR]]; with min.insync.replicas=2 every attempt gets NotEnoughReplicasException, and the producer would keep retrying for [[deliveryTimeout|delivery.timeout.ms]]: 120 s from send(), counting batching, waiting and every retry.',
        ko: '이제 브로커 2가 죽는다. 컨트롤러가 이를 격리하면(약 9초) [[isr|ISR]]에 브로커 1만 남고, min.insync.replicas=2이므로 모든 시도가 NotEnoughReplicasException을 받는다. 프로듀서는 [[deliveryTimeout|delivery.timeout.ms]] 동안 계속 재시도한다. send()부터 120초이며, 배치 대기, 응답 대기, 모든 재시도가 이 안에 들어간다.',
      },
      highlight: { slider: 'delivery.timeout.ms' },
      actions: [{ action: 'crashBroker', broker: 2 }],
      goal: {
        task: {
          en: 'Your application would rather know within 15 seconds. Make records fail 15 s after send() instead of 2 minutes.',
          ko: '애플리케이션은 15초 안에 결과를 알고 싶다. 레코드가 2분이 아니라 send() 후 15초에 실패하게 하자.',
        },
        check: { event: 'SendFailed', where: { error: 'TimeoutException' } },
        hint: {
          en: 'Set delivery.timeout.ms to 15000. It must be at least linger.ms + request.timeout.ms, or the producer refuses the config.',
          ko: 'delivery.timeout.ms를 15000으로 바꾸자. linger.ms + request.timeout.ms보다 작으면 프로듀서가 설정을 거부한다.',
        },
        solution: [{ action: 'setProducerConfig', producer: P, key: 'delivery.timeout.ms', value: 15000 }],
        controls: ['delivery.timeout.ms', 'retries', 'retry.backoff.ms'],
      },
    },
    {
      title: { en: 'Expired records', ko: '만료된 레코드' },
      narration: {
        en: 'Each expired batch fails with "TimeoutException: Expiring N record(s) for orders-0:15000 ms has passed since batch creation". The send() callback gets that exception; what to do next is the application’s choice.',
        ko: '만료된 배치는 "TimeoutException: Expiring N record(s) for orders-0:15000 ms has passed since batch creation"으로 실패한다. send() 콜백이 이 예외를 받고, 그다음은 애플리케이션이 정한다.',
      },
      highlight: { panel: 'producer' },
      until: { elapsedMs: 10000 },
      predict: {
        question: {
          en: 'While the ISR stays too small, do the retries stop?',
          ko: 'ISR이 계속 너무 작은 동안 재시도는 멈출까?',
        },
        choices: [
          {
            en: 'No: newer batches keep retrying until their own deadline',
            ko: '아니다: 새 배치들은 각자의 마감 시간까지 계속 재시도한다',
          },
          {
            en: 'Yes: after the first timeout the producer stops sending',
            ko: '그렇다: 첫 타임아웃 뒤 프로듀서는 보내기를 멈춘다',
          },
        ],
        answer: 0,
        explain: {
          en: 'The deadline is per batch, counted from its creation. The producer keeps accepting records and retrying each batch until its own 15 s are up.',
          ko: '마감 시간은 배치마다, 배치가 만들어진 때부터 센다. 프로듀서는 계속 레코드를 받고, 각 배치를 그 배치의 15초가 끝날 때까지 재시도한다.',
        },
        evidence: {
          all: [
            { event: 'SendFailed', where: { error: 'TimeoutException' }, atLeast: 2 },
            {
              event: 'ProduceFailed',
              where: { error: 'NotEnoughReplicasException', retrying: true },
              atLeast: 5,
            },
          ],
        },
      },
      result: {
        en: 'Records now fail after 15 s each, and the "failed" count grows while the partition cannot take writes.',
        ko: '이제 레코드는 15초마다 실패하고, 파티션이 쓰기를 받지 못하는 동안 "실패" 수가 늘어난다.',
      },
    },
    {
      title: { en: 'The broker returns', ko: '브로커가 돌아온다' },
      narration: {
        en: 'Broker 2 restarts, catches up and rejoins the ISR: the batches still within their deadline are retried once more and succeed.',
        ko: '브로커 2가 다시 시작해 따라잡고 ISR에 다시 들어온다. 아직 마감 시간 안에 있는 배치들은 한 번 더 재시도되어 성공한다.',
      },
      highlight: { broker: 2 },
      actions: [{ action: 'restartBroker', broker: 2 }],
      until: { event: 'ProduceAcked', atLeast: 20 },
      result: {
        en: 'Writes flow again. The records that already failed are not re-sent by the producer: if the application sends them again, that is a new send, which even idempotence would not deduplicate.',
        ko: '쓰기가 다시 흐른다. 이미 실패한 레코드는 프로듀서가 다시 보내지 않는다. 애플리케이션이 다시 보낸다면 그것은 새로운 전송이고, 멱등성도 이를 중복으로 걸러 주지 않는다.',
      },
    },
  ],
  recap: {
    en: 'Retriable errors (a lost leader, too few replicas, a timed-out request) are retried with backoff from retry.backoff.ms up to retry.backoff.max.ms. retries is practically unlimited; delivery.timeout.ms is the real limit. A retry after a lost answer writes the batch again unless the producer is idempotent.',
    ko: '재시도할 수 있는 에러(리더 상실, 복제본 부족, 요청 타임아웃)는 retry.backoff.ms에서 retry.backoff.max.ms까지 늘어나는 간격으로 재시도된다. retries는 사실상 무제한이고, 진짜 한도는 delivery.timeout.ms다. 응답이 사라진 뒤의 재시도는 프로듀서가 멱등적이지 않으면 배치를 다시 쓴다.',
  },
  correction: {
    note: {
      en: 'The note says to set retries and retry.backoff.ms because without them data can be lost, retries being the number of retries.',
      ko: '노트에는 retries와 retry.backoff.ms를 설정하지 않으면 데이터 유실이 생길 수 있으니 설정해야 하며, retries는 재시도 횟수라고 되어 있다.',
    },
    kafka: {
      en: 'Retrying is already on: retries defaults to 2147483647 (since Kafka 2.1), and Kafka’s docs advise leaving it and bounding retries with delivery.timeout.ms instead. The backoff starts at retry.backoff.ms (100 ms) and, since 3.7, doubles up to retry.backoff.max.ms (1,000 ms). The risk of retrying is duplicates (and, with several requests in flight, reordering), which enable.idempotence removes.',
      ko: '재시도는 이미 켜져 있다. retries 기본값은 2147483647(Kafka 2.1부터)이고, Kafka 문서는 이 값을 그대로 두고 delivery.timeout.ms로 재시도 기간을 제한하라고 권한다. 재시도 간격은 retry.backoff.ms(100ms)에서 시작해 3.7부터는 retry.backoff.max.ms(1,000ms)까지 두 배씩 늘어난다. 재시도의 위험은 중복(그리고 동시 요청이 여럿이면 순서 뒤바뀜)이며, enable.idempotence가 이를 없앤다.',
    },
  },
};
