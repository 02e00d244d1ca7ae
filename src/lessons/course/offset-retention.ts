/** Offset retention: an empty group's committed offsets are deleted after offsets.retention.minutes (7 days); then auto.offset.reset decides. */
import type { Lesson } from '../types';

const G = 'billing';
const P = 'producer-1';
const EIGHT_DAYS = 8 * 24 * 60 * 60 * 1000;

export const offsetRetention: Lesson = {
  id: 'offset-retention',
  title: {
    en: 'Offset retention: what a group finds when it comes back',
    ko: '오프셋 보존: 돌아온 그룹이 마주하는 것',
  },
  summary: {
    en: 'Committed offsets do not live forever. When a group has had no members for offsets.retention.minutes, the coordinator deletes them, and auto.offset.reset decides where the group starts again.',
    ko: '커밋된 오프셋은 영원히 남지 않는다. 그룹에 멤버가 없는 상태로 offsets.retention.minutes가 지나면 코디네이터가 오프셋을 지우고, 그룹이 다시 시작할 위치는 auto.offset.reset이 정한다.',
  },
  scenario: {
    version: 1,
    name: 'Offset retention lesson',
    seed: 11,
    durationMs: 120000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 3 }],
    producers: [
      {
        id: P,
        topic: 'orders',
        config: {},
        workload: { recordsPerSec: 50, valueBytes: 100, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [
      {
        id: G,
        topics: ['orders'],
        members: 1,
        workload: { processingMsPerRecord: 1, pollTimeoutMs: 100 },
      },
    ],
  },
  panels: ['pipeline', 'groups', 'settings'],
  steps: [
    {
      title: { en: 'billing commits its progress', ko: 'billing이 진행 상황을 커밋한다' },
      narration: {
        en: 'The group billing reads the topic orders and [[commit|commits]] its offsets. The commits are stored by the group [[groupCoordinator]] in the internal topic __consumer_offsets, so a restarted consumer can continue where the group stopped.',
        ko: 'billing 그룹이 orders 토픽을 읽고 오프셋을 [[commit|커밋]]한다. 커밋은 그룹 [[groupCoordinator|코디네이터]]가 내부 토픽 __consumer_offsets에 저장하므로, 컨슈머를 다시 시작해도 그룹이 멈춘 곳에서 이어 갈 수 있다.',
      },
      highlight: { member: 'consumer-billing-1' },
      until: { event: 'OffsetsCommitted', where: { group: G } },
      withinMs: 20000,
      result: {
        en: 'billing has a committed offset for each partition.',
        ko: 'billing이 파티션마다 커밋된 오프셋을 갖게 되었다.',
      },
    },
    {
      title: { en: 'The group goes quiet', ko: '그룹이 조용해진다' },
      narration: {
        en: 'Now its only consumer shuts down. With no members left, the group is Empty, but its committed offsets are still there. From this moment the [[offsetsRetention|offsets.retention.minutes]] clock runs.',
        ko: '이제 하나뿐인 컨슈머가 종료된다. 멤버가 없으니 그룹은 Empty가 되지만, 커밋된 오프셋은 아직 남아 있다. 이 순간부터 [[offsetsRetention|offsets.retention.minutes]] 시계가 돌아간다.',
      },
      highlight: { panel: 'groups' },
      actions: [{ action: 'stopConsumer', group: G, member: 'consumer-billing-1' }],
      until: { value: `groups[${G}].classic.phase`, op: '==', than: 'Empty' },
      withinMs: 10000,
      result: {
        en: 'The group is Empty: no members, offsets kept.',
        ko: '그룹이 Empty다. 멤버는 없고 오프셋은 남아 있다.',
      },
    },
    {
      title: { en: 'Eight days later', ko: '8일 뒤' },
      narration: {
        en: 'The clock now skips 8 days. Meanwhile the producer keeps writing, slowly: about 7,000 records pile up. The broker uses Kafka’s default offsets.retention.minutes.',
        ko: '이제 시계가 8일을 건너뛴다. 그동안 프로듀서는 느리게 계속 써서 레코드가 7,000개쯤 쌓인다. 브로커는 Kafka 기본 offsets.retention.minutes를 쓴다.',
      },
      highlight: { panel: 'groups' },
      actions: [
        { action: 'setWorkload', producer: P, recordsPerSec: 0.01 },
        { action: 'fastForward', ms: EIGHT_DAYS },
      ],
      // The expiry happens inside the fast-forward, before the step's condition tracking starts, so the
      // step waits on read-model values rather than on the OffsetsExpired event.
      until: { value: `groups[${G}].classic.expiredOffsets`, op: '>=', than: 3 },
      predict: {
        question: {
          en: 'What has happened to billing’s committed offsets?',
          ko: 'billing의 커밋된 오프셋은 어떻게 되었을까?',
        },
        choices: [
          {
            en: 'Nothing: committed offsets are kept as long as the topic has data',
            ko: '그대로다: 토픽에 데이터가 있는 한 커밋된 오프셋은 남는다',
          },
          {
            en: 'They were deleted 7 days after the group became empty',
            ko: '그룹이 빈 지 7일 뒤에 지워졌다',
          },
          {
            en: 'They were deleted after 3 minutes',
            ko: '3분 뒤에 지워졌다',
          },
        ],
        answer: 1,
        explain: {
          en: 'The default is 10,080 minutes, 7 days, counted from the moment the group became empty (checked every 10 minutes). A group with members never loses its offsets this way.',
          ko: '기본값은 10,080분, 즉 7일이고 그룹이 빈 순간부터 센다(10분마다 검사). 멤버가 있는 그룹은 이런 식으로 오프셋을 잃지 않는다.',
        },
        evidence: {
          all: [
            { value: `groups[${G}].classic.phase`, op: '==', than: 'Dead' },
            { value: `groups[${G}].partitions[orders/0].committed`, op: '==', than: -1 },
          ],
        },
      },
      result: {
        en: 'A little over 7 days after it became empty, the coordinator deleted billing’s offsets and the group is Dead: to Kafka it is as if billing had never existed.',
        ko: '그룹이 빈 지 7일 조금 넘어서 코디네이터가 billing의 오프셋을 지웠고 그룹은 Dead가 되었다. Kafka 입장에서는 billing이 처음부터 없었던 것과 같다.',
      },
    },
    {
      title: { en: 'billing comes back', ko: 'billing이 돌아온다' },
      narration: {
        en: 'A billing consumer starts again, and the producer is back to 50 records per second. billing has no committed offset, so [[autoOffsetReset|auto.offset.reset]] decides where it starts. It is still the default, latest.',
        ko: 'billing 컨슈머가 다시 시작하고, 프로듀서도 초당 50개로 돌아온다. billing에는 커밋된 오프셋이 없으므로 [[autoOffsetReset|auto.offset.reset]]이 시작 위치를 정한다. 설정은 여전히 기본값 latest다.',
      },
      highlight: { slider: 'auto.offset.reset' },
      actions: [
        { action: 'setWorkload', producer: P, recordsPerSec: 50 },
        { action: 'addConsumer', group: G },
      ],
      until: { elapsedMs: 8000 },
      predict: {
        question: {
          en: 'How many of the ~7,000 records written while billing was away will it read?',
          ko: 'billing이 없는 동안 쓰인 약 7,000개 중 몇 개를 읽을까?',
        },
        choices: [
          { en: 'All of them, from its old position', ko: '전부, 예전 위치부터' },
          { en: 'None: it starts at the log end', ko: '하나도 안 읽는다: 로그 끝에서 시작한다' },
        ],
        answer: 1,
        explain: {
          en: 'The old position is gone, and latest means "start after the newest record". The backlog is still stored, but billing silently skips it and reads only what arrives now.',
          ko: '예전 위치는 사라졌고, latest는 "가장 새 레코드 다음부터"라는 뜻이다. 밀린 레코드는 여전히 저장되어 있지만 billing은 조용히 건너뛰고 지금 들어오는 것만 읽는다.',
        },
        evidence: { change: `groups[${G}].stats.consumed`, op: '<', than: 1000 },
      },
      result: {
        en: 'Only the few hundred new records were read; the backlog was skipped without any error.',
        ko: '새로 들어온 수백 개만 읽혔고, 밀린 레코드는 오류 하나 없이 건너뛰어졌다.',
      },
    },
    {
      title: { en: 'Now you try: catch up after a long break', ko: '직접 해 보기: 긴 공백 뒤에 따라잡기' },
      narration: {
        en: 'Once more: billing stops, 8 days pass, and its offsets expire again. This time, bring it back so that it does not skip what is still stored.',
        ko: '한 번 더: billing이 멈추고, 8일이 지나고, 오프셋이 다시 만료된다. 이번에는 아직 저장된 레코드를 건너뛰지 않도록 billing을 다시 시작하자.',
      },
      highlight: { slider: 'auto.offset.reset' },
      actions: [
        { action: 'stopConsumer', group: G, member: 'consumer-billing-2' },
        { action: 'setWorkload', producer: P, recordsPerSec: 0.01 },
        { action: 'fastForward', ms: EIGHT_DAYS },
      ],
      until: { value: `groups[${G}].classic.expiredOffsets`, op: '>=', than: 6 },
      goal: {
        task: {
          en: 'Start a billing consumer that reads at least 5,000 of the stored records.',
          ko: '저장된 레코드를 5,000개 이상 읽는 billing 컨슈머를 시작하자.',
        },
        check: { change: `groups[${G}].stats.consumed`, op: '>=', than: 5000 },
        hint: {
          en: 'Set auto.offset.reset to earliest before you add the consumer (once it has committed, the setting no longer applies).',
          ko: '컨슈머를 추가하기 전에 auto.offset.reset을 earliest로 바꾸자(한 번 커밋하고 나면 이 설정은 더 이상 쓰이지 않는다).',
        },
        solution: [
          { action: 'setConsumerConfig', group: G, key: 'auto.offset.reset', value: 'earliest' },
          { action: 'addConsumer', group: G },
        ],
        controls: ['auto.offset.reset'],
      },
    },
  ],
  recap: {
    en: 'An empty group keeps its committed offsets for offsets.retention.minutes (10,080 = 7 days), counted from when it became empty. After that it starts over like a new group: latest skips everything already stored, earliest re-reads everything still in the log, none throws.',
    ko: '빈 그룹은 빈 순간부터 offsets.retention.minutes(10,080분 = 7일) 동안 커밋된 오프셋을 유지한다. 그 뒤에는 새 그룹처럼 다시 시작한다. latest는 이미 저장된 것을 모두 건너뛰고, earliest는 로그에 남은 것을 모두 다시 읽고, none은 예외를 던진다.',
  },
  correction: {
    note: {
      en: 'The note says offsets.retention.minutes=4320, i.e. 3 minutes.',
      ko: '노트에는 offsets.retention.minutes=4320, 즉 3분이라고 되어 있다.',
    },
    kafka: {
      en: 'Wrong twice: 4,320 minutes is 3 days, not 3 minutes, and the default is 10,080 minutes (7 days) since Kafka 2.0, counted since 2.1 from the moment the group becomes empty.',
      ko: '두 번 틀렸다. 4,320분은 3분이 아니라 3일이고, 기본값은 Kafka 2.0부터 10,080분(7일)이며, 2.1부터는 그룹이 빈 순간부터 센다.',
    },
  },
};
