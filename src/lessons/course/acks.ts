/** acks 0 / 1 / all, the ISR and min.insync.replicas (the seed note reads min.insync.replicas as a count of acks). */
import type { Lesson } from '../types';

const P = 'producer-1';

export const acks: Lesson = {
  id: 'acks',
  title: {
    en: 'acks: when is a write "done"?',
    ko: 'acks: 쓰기는 언제 "끝난" 것일까?',
  },
  summary: {
    en: 'acks=0, 1 and all on a topic with three replicas: what the producer is told, and what survives when the leader dies.',
    ko: '복제본이 세 개인 토픽에서 acks=0, 1, all: 프로듀서가 무엇을 듣고, 리더가 죽었을 때 무엇이 살아남는지.',
  },
  scenario: {
    version: 1,
    name: 'acks lesson',
    seed: 42,
    durationMs: 120000,
    cluster: { brokers: 3, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 1, replicationFactor: 3, config: { 'min.insync.replicas': 2 } }],
    producers: [
      {
        id: P,
        topic: 'orders',
        config: { acks: '0', 'enable.idempotence': false, 'request.timeout.ms': 10000 },
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
      title: { en: 'acks=0: fire and forget', ko: 'acks=0: 보내고 잊기' },
      narration: {
        en: 'Partition orders-0 has three copies, one per broker: broker 0 is the [[leader]], brokers 1 and 2 are [[follower|followers]] that copy from it. With [[acks|acks=0]] the producer writes a request to the socket and never waits for an answer.',
        ko: 'orders-0 파티션은 브로커마다 하나씩, 세 개의 복사본을 가진다. 브로커 0이 [[leader|리더]]이고, 브로커 1과 2는 리더에게서 복사해 가는 [[follower|팔로워]]다. [[acks|acks=0]]이면 프로듀서는 요청을 소켓에 쓰고 응답을 전혀 기다리지 않는다.',
      },
      highlight: { slider: 'acks' },
      until: { event: 'ProduceAcked', atLeast: 50 },
      predict: {
        question: {
          en: 'The send() callback still fires. Which [[offset]] does it report for the record?',
          ko: 'send() 콜백은 여전히 호출된다. 콜백은 레코드의 [[offset|오프셋]]을 무엇이라고 알려 줄까?',
        },
        choices: [
          { en: 'The offset the leader gave the record', ko: '리더가 레코드에 준 오프셋' },
          {
            en: '-1: the producer never hears from the broker',
            ko: '-1: 프로듀서는 브로커에게서 아무 말도 듣지 못한다',
          },
          { en: 'No callback fires at all', ko: '콜백이 아예 호출되지 않는다' },
        ],
        answer: 1,
        explain: {
          en: 'With acks=0 the broker sends no response, so the callback reports success as soon as the request is written, with offset -1. The producer cannot know whether the record arrived, and retries never happen.',
          ko: 'acks=0이면 브로커가 응답을 보내지 않으므로, 요청을 쓰자마자 콜백이 오프셋 -1로 성공을 알린다. 프로듀서는 레코드가 도착했는지 알 수 없고, 재시도도 일어나지 않는다.',
        },
        evidence: { event: 'ProduceAcked', where: { baseOffset: -1 }, atLeast: 50 },
      },
      result: {
        en: 'Every "ack" says offset -1, about 5 ms after send(): the producer only knows the bytes left its socket.',
        ko: '모든 "ack"가 send() 후 약 5ms 만에 오프셋 -1을 말한다. 프로듀서가 아는 것은 바이트가 소켓을 떠났다는 것뿐이다.',
      },
    },
    {
      title: { en: 'acks=1: the leader alone', ko: 'acks=1: 리더 혼자' },
      narration: {
        en: 'Now acks=1, and the followers are slowed down: each fetches from the leader only every 300 ms. The leader answers once the record is in **its own** log.',
        ko: '이제 acks=1이고, 팔로워는 느려졌다. 각 팔로워는 300ms마다 한 번만 리더에게서 가져간다. 리더는 레코드가 **자기** 로그에 들어가면 바로 응답한다.',
      },
      highlight: { broker: 0 },
      actions: [
        { action: 'setProducerConfig', producer: P, key: 'acks', value: '1' },
        { action: 'slowFollower', broker: 1, fetchDelayMs: 300 },
        { action: 'slowFollower', broker: 2, fetchDelayMs: 300 },
      ],
      until: { event: 'ProduceAcked', atLeast: 100 },
      predict: {
        question: {
          en: 'The followers copy every 300 ms. How long does the producer wait for each ack?',
          ko: '팔로워는 300ms마다 복사한다. 프로듀서는 ack 하나를 얼마나 기다릴까?',
        },
        choices: [
          {
            en: 'About 25 ms: one round trip to the leader',
            ko: '약 25ms: 리더까지 한 번 왕복하는 시간',
          },
          {
            en: '300 ms or more: until a follower has copied the record',
            ko: '300ms 이상: 팔로워가 레코드를 복사할 때까지',
          },
        ],
        answer: 0,
        explain: {
          en: 'acks=1 waits for the leader only. So for a few hundred milliseconds an acknowledged record exists on one broker, above the [[hw|high watermark]].',
          ko: 'acks=1은 리더만 기다린다. 그래서 몇백 ms 동안 ack를 받은 레코드가 브로커 한 곳에만, [[hw|하이 워터마크]] 위에 존재한다.',
        },
        evidence: { average: 'ProduceAcked', field: 'avgLatencyMs', atLeast: 100, op: '<', than: 50 },
      },
      result: {
        en: 'Acks come back in about 25 ms, while the followers’ log end offsets trail the leader’s.',
        ko: 'ack는 약 25ms 만에 돌아오고, 팔로워의 로그 끝 오프셋은 리더보다 뒤처져 있다.',
      },
    },
    {
      title: { en: 'The leader dies', ko: '리더가 죽는다' },
      narration: {
        en: 'Broker 0 crashes now. The controller fences it after broker.session.timeout.ms (9 s) and makes broker 1, the first live member of the [[isr|ISR]], the new leader — with the log it has copied so far.',
        ko: '지금 브로커 0이 죽는다. 컨트롤러는 broker.session.timeout.ms(9초) 뒤에 이 브로커를 격리하고, [[isr|ISR]]에서 살아 있는 첫 번째 브로커 1을 새 리더로 만든다. 지금까지 복사해 둔 로그를 가진 채로.',
      },
      highlight: { broker: 0 },
      actions: [{ action: 'crashBroker', broker: 0 }],
      until: { event: 'LeaderElected' },
      predict: {
        question: {
          en: 'What happens to records the producer was told succeeded, but that only broker 0 had?',
          ko: '프로듀서가 성공했다고 들었지만 브로커 0에만 있던 레코드는 어떻게 될까?',
        },
        choices: [
          { en: 'Broker 1 fetches them from broker 0 first', ko: '브로커 1이 먼저 브로커 0에서 가져온다' },
          {
            en: 'They are lost, though their callbacks said success',
            ko: '콜백은 성공이라고 했지만 사라진다',
          },
          { en: 'The producer sends them again', ko: '프로듀서가 다시 보낸다' },
        ],
        answer: 1,
        explain: {
          en: 'Broker 0 is dead, so nobody can copy from it, and the producer already considers those records done. The new leader continues from its own, shorter log.',
          ko: '브로커 0이 죽었으니 누구도 거기서 복사할 수 없고, 프로듀서는 그 레코드들을 이미 끝난 것으로 여긴다. 새 리더는 자기의 더 짧은 로그에서 이어 간다.',
        },
        evidence: { change: 'records.lostAfterAck', op: '>', than: 0 },
      },
      result: {
        en: 'The ledger counts records "lost after ack". When broker 0 returns it will truncate them, and new records take their offsets.',
        ko: '레코드 장부에 "ack 후 유실"이 잡힌다. 브로커 0이 돌아오면 그 레코드들을 잘라 내고, 새 레코드가 그 오프셋을 차지한다.',
      },
    },
    {
      title: { en: 'Now you try: wait for the ISR', ko: '직접 해 보기: ISR을 기다리기' },
      narration: {
        en: 'Broker 0 is back as a follower (it catches up at once; broker 2 still fetches every 300 ms). To keep acknowledged records, the leader must answer only when the followers have them too.',
        ko: '브로커 0이 팔로워로 돌아왔다(곧바로 따라잡는다. 브로커 2는 여전히 300ms마다 가져간다). ack를 받은 레코드를 지키려면 리더가 팔로워들도 레코드를 가진 뒤에만 응답해야 한다.',
      },
      highlight: { slider: 'acks' },
      actions: [{ action: 'restartBroker', broker: 0 }],
      goal: {
        task: {
          en: 'Change acks so that the leader answers only after every in-sync replica has the record.',
          ko: 'acks를 바꿔서 리더가 모든 동기화 복제본이 레코드를 가진 뒤에만 응답하게 하자.',
        },
        check: {
          all: [
            { value: 'producers[producer-1].config.acks', op: '==', than: 'all' },
            { average: 'ProduceAcked', field: 'avgLatencyMs', atLeast: 10, op: '>', than: 300 },
          ],
        },
        hint: {
          en: 'Set acks to all (also written -1). Watch the ack latency grow: it now includes the slow follower’s fetch.',
          ko: 'acks를 all(-1이라고도 씀)로 바꾸자. ack 지연 시간이 늘어나는 것을 보자. 이제 느린 팔로워의 fetch 시간이 포함된다.',
        },
        solution: [{ action: 'setProducerConfig', producer: P, key: 'acks', value: 'all' }],
        controls: ['acks'],
      },
    },
    {
      title: { en: 'The same crash, with acks=all', ko: 'acks=all로 같은 장애' },
      narration: {
        en: 'Broker 1, the leader now, crashes. Notice the ack latency before it: 600–800 ms. Broker 0 copies at once and already makes two replicas, the min.insync.replicas of this topic, yet the leader also waited for slow broker 2 — acks=all waits for **every** ISR member.',
        ko: '지금 리더인 브로커 1이 죽는다. 그 전의 ack 지연 시간을 보자: 600–800ms. 브로커 0은 곧바로 복사해서 이미 이 토픽의 min.insync.replicas인 복제본 두 개가 채워지는데도, 리더는 느린 브로커 2까지 기다렸다. acks=all은 ISR의 **모든** 구성원을 기다린다.',
      },
      highlight: { broker: 1 },
      actions: [{ action: 'crashBroker', broker: 1 }],
      until: { all: [{ event: 'LeaderElected' }, { change: 'records.duplicated', op: '>', than: 0 }] },
      predict: {
        question: {
          en: 'How many acknowledged records are lost this time?',
          ko: '이번에는 ack를 받은 레코드가 몇 개 사라질까?',
        },
        choices: [
          { en: 'None', ko: '하나도 없다' },
          { en: 'A few, like with acks=1', ko: 'acks=1 때처럼 몇 개' },
        ],
        answer: 0,
        explain: {
          en: 'Every acknowledged record was on all ISR members, so the new leader (broker 0) has it. Requests still in flight at the crash are retried: without [[idempotence]] some are written twice — the next lessons.',
          ko: 'ack를 받은 레코드는 모두 ISR 구성원 전부에 있었으므로 새 리더(브로커 0)도 가지고 있다. 장애 순간 전송 중이던 요청은 재시도되는데, [[idempotence|멱등성]]이 없으면 일부가 두 번 기록된다. 다음 레슨의 주제다.',
        },
        evidence: {
          all: [
            { change: 'records.lostAfterAck', op: '==', than: 0 },
            { value: 'partitions[orders/0].leader', op: '==', than: 0 },
          ],
        },
      },
      result: {
        en: '"Lost after ack" did not grow. The "duplicated" count did: retried batches that the old leader had already written.',
        ko: '"ack 후 유실"은 늘지 않았다. 대신 "중복"이 늘었다. 옛 리더가 이미 썼던 배치가 재시도된 것이다.',
      },
    },
    {
      title: { en: 'Too few in-sync replicas', ko: '동기화 복제본이 너무 적을 때' },
      narration: {
        en: 'Now broker 2 crashes too, and the ISR shrinks to {0}. [[minIsr|min.insync.replicas]] is 2: the smallest ISR with which the leader accepts an acks=all write. (request.timeout.ms is 10 s in this lesson, 30 s by default.)',
        ko: '이제 브로커 2도 죽고 ISR은 {0}으로 줄어든다. [[minIsr|min.insync.replicas]]는 2다. 리더가 acks=all 쓰기를 받아 주는 최소 ISR 크기다. (이 레슨에서 request.timeout.ms는 10초, 기본값은 30초다.)',
      },
      highlight: { broker: 2 },
      actions: [{ action: 'crashBroker', broker: 2 }],
      until: { event: 'ProduceFailed', where: { error: 'NotEnoughReplicasException' } },
      predict: {
        question: {
          en: 'Only the leader is in sync. What happens to new acks=all writes?',
          ko: '리더만 동기화되어 있다. 새 acks=all 쓰기는 어떻게 될까?',
        },
        choices: [
          { en: 'The leader accepts them alone, like acks=1', ko: '리더 혼자 받아 준다, acks=1처럼' },
          {
            en: 'The leader refuses them (NotEnoughReplicasException) and the producer retries',
            ko: '리더가 거절하고(NotEnoughReplicasException) 프로듀서가 재시도한다',
          },
          { en: 'They are silently dropped', ko: '조용히 버려진다' },
        ],
        answer: 1,
        explain: {
          en: 'Below min.insync.replicas the leader rejects acks=all writes before appending anything. The error is retriable: the producer keeps trying until delivery.timeout.ms. Requests that were already waiting for broker 2 time out first.',
          ko: 'min.insync.replicas 아래에서는 리더가 acks=all 쓰기를 아무것도 추가하지 않고 거절한다. 재시도 가능한 에러이므로 프로듀서는 delivery.timeout.ms까지 계속 시도한다. 브로커 2를 기다리던 요청들은 그보다 먼저 타임아웃된다.',
        },
        evidence: {
          all: [
            { value: 'partitions[orders/0].replication.isr', op: '==', than: [0] },
            { event: 'ProduceFailed', where: { error: 'NotEnoughReplicasException', retrying: true } },
          ],
        },
      },
      result: {
        en: 'Writes stop instead of resting on one copy: availability is traded for durability.',
        ko: '쓰기가 복사본 하나에 기대는 대신 멈춘다. 가용성을 내주고 내구성을 얻는 것이다.',
      },
    },
    {
      title: { en: 'Now you try: writes again', ko: '직접 해 보기: 다시 쓰기' },
      narration: {
        en: 'The producer is still retrying the refused batches. A write needs two in-sync replicas again.',
        ko: '프로듀서는 거절된 배치를 아직 재시도하고 있다. 쓰기에는 다시 동기화 복제본 두 개가 필요하다.',
      },
      highlight: { broker: 2 },
      goal: {
        task: {
          en: 'Get acks=all writes acknowledged again, without changing the producer.',
          ko: '프로듀서 설정은 그대로 두고, acks=all 쓰기가 다시 ack를 받게 하자.',
        },
        check: { event: 'ProduceAcked', atLeast: 10 },
        hint: {
          en: 'Restart a stopped broker (click broker 2). It catches up, rejoins the ISR, and the retries succeed.',
          ko: '멈춘 브로커를 다시 시작하자(브로커 2를 클릭). 따라잡고 ISR에 다시 들어오면 재시도가 성공한다.',
        },
        solution: [{ action: 'restartBroker', broker: 2 }],
      },
    },
  ],
  recap: {
    en: 'acks=0 learns nothing (offset -1). acks=1 is acknowledged by the leader alone, so a leader crash can lose acknowledged records. acks=all waits for every replica in the ISR, and min.insync.replicas is the floor: below it acks=all writes are refused and retried, not half-done.',
    ko: 'acks=0은 아무것도 알지 못한다(오프셋 -1). acks=1은 리더 혼자 ack하므로 리더 장애 때 ack를 받은 레코드를 잃을 수 있다. acks=all은 ISR의 모든 복제본을 기다리고, min.insync.replicas는 하한선이다. 그 아래에서는 acks=all 쓰기가 어중간하게 처리되지 않고 거절된 뒤 재시도된다.',
  },
  correction: {
    note: {
      en: 'The note says min.insync.replicas sets how many ISR replicas respond: with 1 only the leader answers, with 2 the leader and at least one more.',
      ko: '노트에는 min.insync.replicas로 ISR의 응답 수를 지정하며, 1이면 리더만, 2면 리더와 최소 1개의 복제본이 응답한다고 되어 있다.',
    },
    kafka: {
      en: 'acks decides who must have the record: with acks=all, every replica currently in the ISR (you saw it wait for the slow one). min.insync.replicas is only the smallest ISR size with which acks=all writes are accepted; acks=0 and 1 ignore it (though since 3.7 the high watermark does not advance below it). Kafka 4.0 defaults: acks=all, min.insync.replicas=1.',
      ko: '레코드를 누가 가져야 하는지는 acks가 정한다. acks=all이면 현재 ISR에 있는 모든 복제본이다(느린 복제본까지 기다리는 것을 보았다). min.insync.replicas는 acks=all 쓰기를 받아 주는 최소 ISR 크기일 뿐이고, acks=0과 1은 이를 확인하지 않는다(다만 3.7부터는 그 아래에서 하이 워터마크가 올라가지 않는다). Kafka 4.0 기본값은 acks=all, min.insync.replicas=1이다.',
    },
  },
};
