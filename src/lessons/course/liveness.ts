/** Liveness: heartbeats and session.timeout.ms catch a dead process, max.poll.interval.ms a stuck one, close() leaves at once. */
import type { Lesson } from '../types';

const G = 'orders-app';
const C = (n: number) => `consumer-orders-app-${n}`;

export const liveness: Lesson = {
  id: 'liveness',
  title: {
    en: 'Liveness: close, crash, and a consumer that is too slow',
    ko: '생존 확인: 정상 종료, 강제 종료, 그리고 너무 느린 컨슈머',
  },
  summary: {
    en: 'How the group finds out that a member is gone: a LeaveGroup on close(), missing heartbeats after a crash, or poll() not being called for too long.',
    ko: '그룹이 멤버가 사라졌음을 아는 세 가지 방법: close()가 보내는 LeaveGroup, 강제 종료 뒤 끊긴 하트비트, 그리고 너무 오래 호출되지 않은 poll().',
  },
  scenario: {
    version: 1,
    name: 'Liveness lesson',
    seed: 11,
    durationMs: 300000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 6 }],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        config: {},
        workload: { recordsPerSec: 100, valueBytes: 100, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [
      {
        id: G,
        topics: ['orders'],
        members: 4,
        config: { 'max.poll.records': 100 },
        workload: { processingMsPerRecord: 1, pollTimeoutMs: 100 },
      },
    ],
  },
  panels: ['pipeline', 'groups', 'settings'],
  steps: [
    {
      title: { en: 'Heartbeats', ko: '하트비트' },
      narration: {
        en: 'Four consumers share six partitions. Each one has a background thread that sends a [[heartbeat]] to the group [[groupCoordinator]] every heartbeat.interval.ms (3 s). If the coordinator hears nothing for [[sessionTimeout|session.timeout.ms]] (45 s), it removes the member.',
        ko: '컨슈머 네 개가 파티션 여섯 개를 나눠 읽는다. 컨슈머마다 백그라운드 스레드가 heartbeat.interval.ms(3초)마다 그룹 [[groupCoordinator|코디네이터]]에 [[heartbeat|하트비트]]를 보낸다. 코디네이터가 [[sessionTimeout|session.timeout.ms]](45초) 동안 아무 소식도 듣지 못하면 그 멤버를 내보낸다.',
      },
      highlight: { slider: 'heartbeat.interval.ms' },
      until: { event: 'RebalanceCompleted' },
      result: {
        en: 'The group is Stable: every member has its partitions and heartbeats keep it in the group.',
        ko: '그룹이 Stable이다. 모든 멤버가 파티션을 받았고 하트비트로 그룹에 남아 있다.',
      },
    },
    {
      title: { en: 'A graceful shutdown', ko: '정상 종료' },
      narration: {
        en: 'Consumer 4 is shut down properly: wakeup(), then close(). close() commits its offsets and sends LeaveGroup to the coordinator.',
        ko: '컨슈머 4를 제대로 종료한다. wakeup()을 부른 다음 close()를 부른다. close()는 오프셋을 커밋하고 코디네이터에 LeaveGroup을 보낸다.',
      },
      highlight: { member: C(4) },
      actions: [{ action: 'stopConsumer', group: G, member: C(4) }],
      until: { event: 'RebalanceCompleted' },
      withinMs: 20000,
      predict: {
        question: {
          en: 'How soon does partition 5 get a new owner?',
          ko: '파티션 5는 얼마나 빨리 새 주인을 찾을까?',
        },
        choices: [
          { en: 'Within a few seconds', ko: '몇 초 안에' },
          { en: 'After session.timeout.ms, 45 s', ko: 'session.timeout.ms인 45초 뒤에' },
          { en: 'Only when consumer 4 comes back', ko: '컨슈머 4가 돌아와야' },
        ],
        answer: 0,
        explain: {
          en: 'LeaveGroup tells the coordinator at once, and it starts a [[rebalance]] immediately. The others learn it from their next heartbeat and rejoin.',
          ko: 'LeaveGroup이 코디네이터에게 바로 알리므로 [[rebalance|리밸런스]]가 즉시 시작된다. 다른 멤버들은 다음 하트비트로 이를 알고 다시 참여한다.',
        },
        evidence: {
          all: [
            {
              event: 'MemberRemoved',
              where: { member: C(4), reason: 'LeaveGroup: the consumer is being closed' },
            },
            { not: { elapsedMs: 5000 } },
          ],
        },
      },
      result: {
        en: 'About a second later the group is Stable again with three members, and nothing is read twice: close() committed first.',
        ko: '1초쯤 뒤 그룹이 멤버 세 개로 다시 Stable이 되었고, 두 번 읽힌 레코드는 없다. close()가 먼저 커밋했기 때문이다.',
      },
    },
    {
      title: { en: 'A crash', ko: '강제 종료' },
      narration: {
        en: 'Consumer 3 is killed with kill -9: no commit, no LeaveGroup. Its process is simply gone, and so are its heartbeats.',
        ko: '컨슈머 3을 kill -9로 죽인다. 커밋도 LeaveGroup도 없다. 프로세스가 그냥 사라지고 하트비트도 함께 끊긴다.',
      },
      highlight: { member: C(3) },
      actions: [{ action: 'crashConsumer', group: G, member: C(3) }],
      until: { event: 'RebalanceCompleted' },
      withinMs: 60000,
      predict: {
        question: {
          en: 'How long do its partitions go unread?',
          ko: '이 컨슈머의 파티션은 얼마 동안 아무도 읽지 않을까?',
        },
        choices: [
          { en: 'A second or so, as with close()', ko: 'close() 때처럼 1초 정도' },
          {
            en: 'Until the session timeout: up to 45 s after its last heartbeat',
            ko: '세션 타임아웃까지: 마지막 하트비트 뒤 최대 45초',
          },
          { en: 'Forever, until an operator steps in', ko: '운영자가 손쓸 때까지 영원히' },
        ],
        answer: 1,
        explain: {
          en: 'Only silence tells the coordinator that a crashed member is gone, and it waits session.timeout.ms to be sure. Meanwhile the partitions stay assigned to a dead member and their [[lag]] grows.',
          ko: '죽은 멤버가 사라졌다는 것은 침묵으로만 알 수 있고, 코디네이터는 확실히 하려고 session.timeout.ms만큼 기다린다. 그동안 파티션은 죽은 멤버에게 배정된 채 남고 [[lag|랙]]이 쌓인다.',
        },
        evidence: {
          all: [
            {
              event: 'MemberRemoved',
              where: { member: C(3), reason: 'session timeout: no heartbeat for 45000 ms' },
            },
            { elapsedMs: 30000 },
          ],
        },
      },
      result: {
        en: 'About 42 s after the crash (45 s after its last heartbeat) the member was removed. The new owner starts from the last committed offset, so it reads some records again.',
        ko: '강제 종료 약 42초 뒤(마지막 하트비트 45초 뒤)에 멤버가 제거되었다. 새 주인은 마지막 커밋 오프셋부터 읽기 때문에 일부 레코드를 다시 읽는다.',
      },
    },
    {
      title: { en: 'Alive but stuck', ko: '살아 있지만 멈춘 컨슈머' },
      narration: {
        en: 'Now consumer 2 becomes slow: 400 ms per record, so a poll of 100 records takes 40 s. This step lowers [[maxPollInterval|max.poll.interval.ms]] from 5 minutes to 20 s so you can watch. Its heartbeat thread keeps beating.',
        ko: '이제 컨슈머 2가 느려진다. 레코드당 400ms라서 poll 한 번의 100개를 처리하는 데 40초가 걸린다. 보기 쉽게 이 단계에서 [[maxPollInterval|max.poll.interval.ms]]를 5분에서 20초로 낮춘다. 하트비트 스레드는 계속 뛴다.',
      },
      highlight: { member: C(2) },
      actions: [
        { action: 'setConsumerConfig', group: G, key: 'max.poll.interval.ms', value: 20000 },
        { action: 'slowConsumer', group: G, member: C(2), processingMsPerRecord: 400 },
      ],
      until: { event: 'MemberRemoved', where: { member: C(2) } },
      withinMs: 60000,
      predict: {
        question: {
          en: 'Heartbeats still arrive. Does consumer 2 stay in the group?',
          ko: '하트비트는 계속 도착한다. 컨슈머 2는 그룹에 남을까?',
        },
        choices: [
          { en: 'Yes: heartbeats prove it is alive', ko: '그렇다: 하트비트가 살아 있음을 증명한다' },
          {
            en: 'No: after 20 s without poll() it sends LeaveGroup',
            ko: '아니다: poll() 없이 20초가 지나면 LeaveGroup을 보낸다',
          },
        ],
        answer: 1,
        explain: {
          en: 'Heartbeats only prove the process is alive. max.poll.interval.ms protects against a process that is alive but not making progress: the heartbeat thread leaves the group for it, and its partitions go to others.',
          ko: '하트비트는 프로세스가 살아 있다는 것만 증명한다. max.poll.interval.ms는 살아 있지만 진행하지 못하는 프로세스를 막는다. 하트비트 스레드가 대신 그룹을 떠나고, 파티션은 다른 멤버에게 간다.',
        },
        evidence: {
          event: 'MemberRemoved',
          where: { member: C(2), reason: 'LeaveGroup: consumer poll timeout has expired' },
        },
      },
      result: {
        en: 'Consumer 2 left with "consumer poll timeout has expired". When its batch finally ends, it cannot commit it: the new owner will process those records again. The fix is fewer records per poll or a longer interval.',
        ko: '컨슈머 2가 "consumer poll timeout has expired"로 떠났다. 배치가 끝나도 커밋할 수 없어서 새 주인이 그 레코드들을 다시 처리한다. 해결책은 poll당 레코드 수를 줄이거나 간격을 늘리는 것이다.',
      },
    },
    {
      title: {
        en: 'Now you try: keep a slow consumer in the group',
        ko: '직접 해 보기: 느린 컨슈머를 그룹에 붙잡아 두기',
      },
      narration: {
        en: 'Consumer 2 is still slow. When its batch ends it rejoins, and as soon as a poll hands it more than 50 records it is out again: a batch of records at 400 ms each outlasts the 20 s interval.',
        ko: '컨슈머 2는 여전히 느리다. 배치가 끝나면 다시 들어오지만, poll이 레코드를 50개 넘게 돌려주는 순간 또 쫓겨난다. 레코드당 400ms면 그 배치가 20초 간격보다 오래 걸리기 때문이다.',
      },
      highlight: { slider: 'max.poll.interval.ms' },
      withinMs: 150000,
      goal: {
        task: {
          en: 'Change one setting so that consumer 2 keeps consuming for two whole minutes without being removed from the group.',
          ko: '설정 하나를 바꿔서 컨슈머 2가 2분 동안 그룹에서 쫓겨나지 않고 계속 소비하게 하자.',
        },
        check: {
          all: [
            { elapsedMs: 120000 },
            { event: 'RecordsPolled', where: { member: C(2) }, atLeast: 2 },
            { not: { event: 'MemberRemoved', where: { member: C(2) } } },
          ],
        },
        hint: {
          en: 'A poll of 100 records takes 40 s. Either allow more time between polls (max.poll.interval.ms above 40,000 ms) or hand it fewer records per poll (max.poll.records below 50; the batch it already holds still has to finish first).',
          ko: '레코드 100개를 받은 poll 한 번에 40초가 걸린다. poll 사이 시간을 더 주거나(max.poll.interval.ms를 40,000ms 넘게), poll당 레코드를 줄이자(max.poll.records를 50 미만으로. 이미 받은 배치는 먼저 끝나야 한다).',
        },
        solution: [{ action: 'setConsumerConfig', group: G, key: 'max.poll.interval.ms', value: 60000 }],
        controls: ['max.poll.interval.ms', 'max.poll.records'],
      },
    },
  ],
  recap: {
    en: 'close() sends LeaveGroup: the group rebalances at once. A crash is noticed only after session.timeout.ms without heartbeats, and records since the last commit are read again. A live but stuck consumer is removed after max.poll.interval.ms without poll().',
    ko: 'close()는 LeaveGroup을 보내므로 그룹이 즉시 리밸런스한다. 강제 종료는 하트비트 없이 session.timeout.ms가 지나야 알아차리고, 마지막 커밋 이후의 레코드는 다시 읽힌다. 살아 있지만 멈춘 컨슈머는 poll() 없이 max.poll.interval.ms가 지나면 내보내진다.',
  },
};
