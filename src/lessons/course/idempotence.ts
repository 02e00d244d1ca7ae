/** Idempotence and max.in.flight.requests.per.connection: producer id + sequences; the seed's "3.0+ default true" needs caveats. */
import type { Lesson } from '../types';

const P = 'producer-1';

export const idempotence: Lesson = {
  id: 'idempotence',
  title: {
    en: 'Idempotence: each record once, in order',
    ko: '멱등성: 레코드마다 한 번, 순서대로',
  },
  summary: {
    en: 'How a producer id and sequence numbers let the broker drop a re-sent batch and keep order, and how a single setting can silently turn idempotence off.',
    ko: '프로듀서 ID와 시퀀스 번호로 브로커가 다시 보낸 배치를 버리고 순서를 지키는 방법, 그리고 설정 하나가 멱등성을 조용히 꺼 버릴 수 있다는 것.',
  },
  scenario: {
    version: 1,
    name: 'Idempotence lesson',
    seed: 46,
    durationMs: 120000,
    cluster: { brokers: 3, networkDelayMs: 20 },
    topics: [{ name: 'orders', partitions: 1, replicationFactor: 3, config: { 'min.insync.replicas': 2 } }],
    producers: [
      {
        id: P,
        topic: 'orders',
        config: {
          'linger.ms': 0,
          'request.timeout.ms': 5000,
          'max.in.flight.requests.per.connection': 6,
        },
        workload: { recordsPerSec: 100, valueBytes: 100, keys: { type: 'none' } },
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
      title: { en: 'One small change', ko: '작은 변경 하나' },
      narration: {
        en: 'In Kafka 4.0 enable.idempotence defaults to true. This producer leaves it alone and only sets [[inFlight|max.in.flight.requests.per.connection]] to 6, to keep more requests on the wire. Now one batch meets a momentary ISR of {0} and is rejected, while the batches behind it succeed.',
        ko: 'Kafka 4.0에서 enable.idempotence의 기본값은 true다. 이 프로듀서는 그 값은 건드리지 않고, 요청을 더 많이 보내 두려고 [[inFlight|max.in.flight.requests.per.connection]]만 6으로 설정했다. 이제 배치 하나가 순간적으로 {0}뿐인 ISR을 만나 거절되고, 그 뒤의 배치들은 성공한다.',
      },
      highlight: { slider: 'max.in.flight.requests.per.connection' },
      actions: [{ action: 'isrDip', broker: 0 }],
      until: { change: 'records.reordered', op: '>', than: 0 },
      predict: {
        question: {
          en: 'The rejected batch is retried 100 ms later. Where does it land in the log?',
          ko: '거절된 배치는 100ms 뒤에 재시도된다. 로그의 어디에 들어갈까?',
        },
        choices: [
          {
            en: 'In its place: idempotence is on by default and keeps the order',
            ko: '제자리에: 멱등성이 기본으로 켜져 있어 순서를 지킨다',
          },
          {
            en: 'After the later batches: idempotence is silently off',
            ko: '뒤 배치들 다음에: 멱등성이 조용히 꺼져 있다',
          },
        ],
        answer: 1,
        explain: {
          en: '[[idempotence|Idempotence]] needs acks=all, retries > 0 and at most 5 requests in flight. When a conflicting key is set and enable.idempotence is not, the producer turns idempotence off with only a log line. Without it, the retry simply lands after the batches that overtook it.',
          ko: '[[idempotence|멱등성]]에는 acks=all, retries > 0, 동시 요청 5개 이하가 필요하다. 충돌하는 설정을 하고 enable.idempotence는 설정하지 않으면, 프로듀서는 로그 한 줄만 남기고 멱등성을 끈다. 멱등성이 없으면 재시도된 배치는 그냥 앞질러 간 배치들 뒤에 기록된다.',
        },
        evidence: {
          all: [
            { value: 'producers[producer-1].idempotent', op: '==', than: false },
            { change: 'records.reordered', op: '>', than: 0 },
          ],
        },
      },
      result: {
        en: 'The ledger counts a reordered batch: records are no longer in the order send() was called.',
        ko: '레코드 장부에 순서가 뒤바뀐 배치가 잡힌다. 레코드가 더 이상 send()를 호출한 순서대로가 아니다.',
      },
    },
    {
      title: { en: 'And a duplicate', ko: '그리고 중복' },
      narration: {
        en: 'Next, broker 0 writes a batch but its answer is lost. After request.timeout.ms (5 s here) the producer re-sends it, together with the other requests that were in flight on that connection.',
        ko: '다음으로, 브로커 0이 배치를 기록했지만 응답이 사라진다. request.timeout.ms(여기서는 5초) 뒤에 프로듀서는 그 배치를, 같은 연결에서 전송 중이던 다른 요청들과 함께 다시 보낸다.',
      },
      highlight: { broker: 0 },
      actions: [{ action: 'dropProduceResponse', broker: 0 }],
      until: { change: 'records.duplicated', op: '>', than: 0 },
      result: {
        en: 'The broker wrote the re-sent batches again, at new offsets: duplicates, as in the retries lesson.',
        ko: '브로커는 다시 보낸 배치들을 새 오프셋에 또 기록했다. 재시도 레슨에서 본 것과 같은 중복이다.',
      },
    },
    {
      title: { en: 'Now you try: turn it back on', ko: '직접 해 보기: 다시 켜기' },
      narration: {
        en: 'An idempotent producer gets a producer id from the cluster and numbers every batch per partition with a sequence number. The broker remembers the last 5 batches of each producer id, which is why at most 5 requests may be in flight.',
        ko: '멱등적 프로듀서는 클러스터에서 프로듀서 ID를 받고, 파티션마다 모든 배치에 시퀀스 번호를 붙인다. 브로커는 프로듀서 ID마다 최근 5개 배치를 기억한다. 그래서 동시 요청은 최대 5개까지만 허용된다.',
      },
      highlight: { slider: 'max.in.flight.requests.per.connection' },
      goal: {
        task: {
          en: 'Make this producer idempotent again.',
          ko: '이 프로듀서를 다시 멱등적으로 만들자.',
        },
        check: {
          all: [
            { value: 'producers[producer-1].idempotent', op: '==', than: true },
            { event: 'ProduceAcked', atLeast: 20 },
          ],
        },
        hint: {
          en: 'Setting enable.idempotence=true next to 6 in flight is refused (ConfigException). Remove the conflict instead: max.in.flight.requests.per.connection back to 5, its default.',
          ko: 'enable.idempotence=true를 동시 요청 6과 함께 설정하면 거부된다(ConfigException). 대신 충돌을 없애자: max.in.flight.requests.per.connection을 기본값 5로 되돌리자.',
        },
        solution: [
          {
            action: 'setProducerConfig',
            producer: P,
            key: 'max.in.flight.requests.per.connection',
            value: 5,
          },
        ],
        controls: ['max.in.flight.requests.per.connection', 'enable.idempotence'],
      },
    },
    {
      title: { en: 'A rejected batch again', ko: '다시 거절된 배치' },
      narration: {
        en: 'Same first fault as before: one batch meets the momentary ISR of {0} and is rejected with NotEnoughReplicasException. Every batch now carries the producer id and its sequence number.',
        ko: '처음과 같은 장애다. 배치 하나가 순간적으로 {0}뿐인 ISR을 만나 NotEnoughReplicasException으로 거절된다. 이제 모든 배치에 프로듀서 ID와 시퀀스 번호가 붙어 있다.',
      },
      highlight: { partition: 0 },
      actions: [{ action: 'isrDip', broker: 0 }],
      until: {
        all: [
          { event: 'ProduceFailed', where: { error: 'NotEnoughReplicasException' } },
          { event: 'ProduceAcked', atLeast: 30 },
        ],
      },
      predict: {
        question: {
          en: 'Where does the retried batch land this time?',
          ko: '이번에는 재시도된 배치가 어디에 들어갈까?',
        },
        choices: [
          { en: 'In its place, in send() order', ko: '제자리에, send() 순서대로' },
          { en: 'After the later batches, as before', ko: '전처럼 뒤 배치들 다음에' },
        ],
        answer: 0,
        explain: {
          en: 'The broker appends a batch only if its first sequence follows the last one it stored. A later batch that arrives first is refused (OutOfOrderSequenceException), and the producer re-sends in sequence order; the producer also holds new batches for the partition until the retry is the first in flight.',
          ko: '브로커는 첫 시퀀스가 마지막으로 저장한 시퀀스 바로 다음인 배치만 추가한다. 뒤 배치가 먼저 도착하면 거절되고(OutOfOrderSequenceException) 프로듀서가 시퀀스 순서대로 다시 보낸다. 또 프로듀서는 재시도 배치가 맨 앞 요청이 될 때까지 그 파티션의 새 배치를 붙잡아 둔다.',
        },
        evidence: {
          all: [
            { event: 'ProduceFailed', where: { error: 'NotEnoughReplicasException', retrying: true } },
            { change: 'records.reordered', op: '==', than: 0 },
          ],
        },
      },
      result: {
        en: 'Retried, and still in order: the "reordered" count did not move.',
        ko: '재시도되었지만 순서는 그대로다. "순서 뒤바뀜" 수가 늘지 않았다.',
      },
    },
    {
      title: { en: 'A lost answer again', ko: '다시 사라진 응답' },
      narration: {
        en: 'And the second fault: broker 0 writes a batch, its answer is lost, and after 5 s the producer re-sends it with the same producer id and sequence number.',
        ko: '그리고 두 번째 장애다. 브로커 0이 배치를 기록하고 응답이 사라진다. 5초 뒤 프로듀서는 같은 프로듀서 ID와 시퀀스 번호로 그 배치를 다시 보낸다.',
      },
      highlight: { broker: 0 },
      actions: [{ action: 'dropProduceResponse', broker: 0 }],
      until: {
        all: [
          { event: 'ProduceFailed', where: { error: 'TimeoutException' } },
          { event: 'ProduceAcked', atLeast: 50 },
        ],
      },
      predict: {
        question: {
          en: 'How many duplicated records will the ledger add this time?',
          ko: '이번에는 레코드 장부에 중복 레코드가 몇 개 늘어날까?',
        },
        choices: [
          { en: 'None', ko: '하나도 없다' },
          { en: 'Fewer than before, but some', ko: '전보다 적지만 몇 개는 있다' },
          { en: 'The same as before', ko: '전과 같다' },
        ],
        answer: 0,
        explain: {
          en: 'A re-sent batch equal to one of the last 5 the broker stored for this producer id is not written again: the broker answers with its original offset.',
          ko: '다시 보낸 배치가 브로커가 이 프로듀서 ID에 대해 저장한 최근 5개 중 하나와 같으면 다시 기록되지 않는다. 브로커는 원래 오프셋으로 응답한다.',
        },
        evidence: {
          all: [
            { event: 'ProduceFailed', where: { error: 'TimeoutException', retrying: true } },
            { change: 'records.duplicated', op: '==', than: 0 },
          ],
        },
      },
      result: {
        en: 'The same retries happened, yet the log holds every record once and in order.',
        ko: '같은 재시도가 일어났지만, 로그에는 모든 레코드가 한 번씩, 순서대로 있다.',
      },
    },
    {
      title: { en: 'What idempotence does not cover', ko: '멱등성이 다루지 않는 것' },
      narration: {
        en: 'The guarantee is per partition and per producer session: a restarted producer gets a new producer id, and a record your application sends twice is two records. For exactly-once across restarts and partitions, Kafka has transactions (transactional.id).',
        ko: '이 보장은 파티션별, 프로듀서 세션별이다. 다시 시작한 프로듀서는 새 프로듀서 ID를 받고, 애플리케이션이 두 번 보낸 레코드는 레코드 두 개다. 재시작과 여러 파티션에 걸친 정확히 한 번을 위해서는 Kafka의 트랜잭션(transactional.id)이 있다.',
      },
      highlight: { panel: 'producer' },
    },
  ],
  recap: {
    en: 'Without idempotence, a retry can write a batch twice (a lost answer) or after later batches (more than one request in flight). With it, the producer id and per-partition sequence numbers let the broker drop the duplicate and refuse the gap, for up to 5 requests in flight. It is on by default since 3.0, but any of acks≠all, retries=0 or more than 5 in flight silently turns it off.',
    ko: '멱등성이 없으면 재시도가 배치를 두 번(응답이 사라졌을 때) 또는 뒤 배치들 다음에(동시 요청이 둘 이상일 때) 쓸 수 있다. 멱등성이 있으면 프로듀서 ID와 파티션별 시퀀스 번호 덕분에 브로커가 동시 요청 5개까지 중복을 버리고 빈틈을 거절한다. 3.0부터 기본으로 켜져 있지만, acks≠all, retries=0, 동시 요청 5개 초과 중 하나만 있어도 조용히 꺼진다.',
  },
  correction: {
    note: {
      en: 'The note says Kafka 3.0 and later set enable.idempotence to true by default.',
      ko: '노트에는 Kafka 3.0 이상에서는 enable.idempotence가 기본으로 True라고 되어 있다.',
    },
    kafka: {
      en: 'Two caveats: in 3.0.0 and 3.1.0 a bug (KAFKA-13598) kept it effectively off unless set explicitly (fixed in 3.0.1, 3.1.1, 3.2.0); and it is silently disabled when you set a conflicting config (acks=0 or 1, retries=0, more than 5 in flight) without setting enable.idempotence — if you set it to true as well, the producer refuses to start. This is the Java client; kafka-python defaults it to true only from 3.0.0.',
      ko: '두 가지 단서가 있다. 3.0.0과 3.1.0에서는 버그(KAFKA-13598) 때문에 명시적으로 설정하지 않으면 사실상 꺼져 있었다(3.0.1, 3.1.1, 3.2.0에서 수정). 그리고 enable.idempotence를 설정하지 않은 채 충돌하는 설정(acks=0 또는 1, retries=0, 동시 요청 5개 초과)을 하면 조용히 꺼진다. 이때 enable.idempotence=true까지 설정하면 프로듀서가 시작을 거부한다. 이는 Java 클라이언트 이야기이고, kafka-python은 3.0.0부터 기본값이 true다.',
    },
  },
};
