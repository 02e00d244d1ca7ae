/** Offsets and lag: where a new group starts (auto.offset.reset), when it commits, and the two lags. */
import type { Lesson } from '../types';

const ALERTS = 'alerts';
const REPORTS = 'reports';
const STRICT = 'audit';

export const offsetsAndLag: Lesson = {
  id: 'offsets-and-lag',
  title: {
    en: 'Offsets and lag: where a group starts and what it has committed',
    ko: '오프셋과 랙: 그룹은 어디서 시작하고 무엇을 커밋했나',
  },
  summary: {
    en: 'A new group has no committed offset, so auto.offset.reset decides where it starts. Then commits record its progress, and lag measures how far behind it is.',
    ko: '새 그룹에는 커밋된 오프셋이 없어서 auto.offset.reset이 시작 위치를 정한다. 그다음에는 커밋이 진행 상황을 기록하고, 랙이 얼마나 뒤처졌는지 보여 준다.',
  },
  scenario: {
    version: 1,
    name: 'Offsets and lag lesson',
    seed: 7,
    durationMs: 120000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 3 }],
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
        id: ALERTS,
        topics: ['orders'],
        members: 0,
        workload: { processingMsPerRecord: 1, pollTimeoutMs: 100 },
      },
      {
        id: REPORTS,
        topics: ['orders'],
        members: 0,
        config: { 'auto.offset.reset': 'earliest' },
        workload: { processingMsPerRecord: 1, pollTimeoutMs: 100 },
      },
      {
        id: STRICT,
        topics: ['orders'],
        members: 0,
        config: { 'auto.offset.reset': 'none' },
        workload: { processingMsPerRecord: 1, pollTimeoutMs: 100 },
      },
    ],
  },
  panels: ['pipeline', 'metrics', 'groups', 'settings'],
  steps: [
    {
      title: { en: 'Records nobody has read yet', ko: '아직 아무도 읽지 않은 레코드' },
      narration: {
        en: 'The producer writes 100 records per second to the topic orders. Three [[consumerGroup|consumer groups]] exist, but none has a consumer running yet, and none has committed an [[offset]].',
        ko: '프로듀서가 orders 토픽에 초당 100개의 레코드를 쓴다. [[consumerGroup|컨슈머 그룹]]이 세 개 있지만 아직 실행 중인 컨슈머가 없고, 커밋한 [[offset|오프셋]]도 없다.',
      },
      highlight: { panel: 'pipeline' },
      until: { elapsedMs: 10000 },
      result: {
        en: 'About 1,000 records are stored in the partitions, waiting.',
        ko: '파티션에 레코드 약 1,000개가 저장되어 기다리고 있다.',
      },
    },
    {
      title: { en: 'Two groups start', ko: '두 그룹이 시작한다' },
      narration: {
        en: 'Now one consumer starts in alerts and one in reports. With no committed offset, [[autoOffsetReset|auto.offset.reset]] decides where each starts: alerts keeps the default latest, reports uses earliest.',
        ko: '이제 alerts와 reports에서 컨슈머가 하나씩 시작한다. 커밋된 오프셋이 없으니 [[autoOffsetReset|auto.offset.reset]]이 시작 위치를 정한다. alerts는 기본값 latest, reports는 earliest다.',
      },
      highlight: { slider: 'auto.offset.reset' },
      actions: [
        { action: 'addConsumer', group: ALERTS },
        { action: 'addConsumer', group: REPORTS },
      ],
      until: { elapsedMs: 6000 },
      predict: {
        question: {
          en: 'How many of the 1,000 older records will alerts read?',
          ko: 'alerts는 먼저 쌓인 1,000개 중 몇 개를 읽을까?',
        },
        choices: [
          { en: 'All of them, like reports', ko: 'reports처럼 전부' },
          {
            en: 'None: latest starts at the end of the log, so only new records arrive',
            ko: '하나도 안 읽는다: latest는 로그 끝에서 시작하므로 새 레코드만 받는다',
          },
          { en: 'The last 500, one max.poll.records', ko: '마지막 500개, max.poll.records 한 번만큼' },
        ],
        answer: 1,
        explain: {
          en: 'latest puts the position at the log end when the group first gets the partition. The older records are still stored, but this group never sees them. reports starts at offset 0 and reads everything.',
          ko: 'latest는 그룹이 파티션을 처음 받을 때 위치를 로그 끝에 둔다. 먼저 쌓인 레코드는 여전히 저장되어 있지만 이 그룹은 보지 못한다. reports는 오프셋 0에서 시작해 전부 읽는다.',
        },
        evidence: {
          all: [
            { value: `groups[${REPORTS}].stats.consumed`, op: '>=', than: 1000 },
            { value: `groups[${ALERTS}].stats.consumed`, op: '<', than: 400 },
          ],
        },
      },
      result: {
        en: 'reports has read the whole backlog plus the new records; alerts has read only what arrived after it started.',
        ko: 'reports는 밀린 레코드와 새 레코드를 모두 읽었고, alerts는 시작한 뒤에 들어온 것만 읽었다.',
      },
    },
    {
      title: { en: 'Two kinds of lag', ko: '두 가지 랙' },
      narration: {
        en: 'A [[commit]] stores the offset of the next record to read. With [[autoCommit]], poll() commits what earlier polls returned once every auto.commit.interval.ms (5 s). kafka-consumer-groups --describe shows [[lag]] = log end − committed; the client metric [[recordsLag]] = HW − [[position]].',
        ko: '[[commit|커밋]]은 다음에 읽을 레코드의 오프셋을 저장한다. [[autoCommit|자동 커밋]]에서는 poll()이 auto.commit.interval.ms(5초)마다 한 번, 이전 poll들이 돌려준 만큼을 커밋한다. kafka-consumer-groups --describe가 보여 주는 [[lag|랙]]은 로그 끝 − 커밋 오프셋이고, 클라이언트 지표 [[recordsLag]]는 HW − [[position|포지션]]이다.',
      },
      highlight: { partition: 0 },
      until: { value: `groups[${ALERTS}].stats.totalLag`, op: '>=', than: 300 },
      withinMs: 15000,
      predict: {
        question: {
          en: 'alerts reads each record within milliseconds. What does the lag column show for it?',
          ko: 'alerts는 레코드를 몇 밀리초 안에 읽는다. lag 열에는 무엇이 보일까?',
        },
        choices: [
          { en: 'About 0, like records-lag', ko: 'records-lag처럼 거의 0' },
          {
            en: 'It climbs to hundreds, then drops at each auto-commit',
            ko: '수백까지 올라갔다가 자동 커밋 때마다 떨어진다',
          },
        ],
        answer: 1,
        explain: {
          en: 'The lag column is counted from the committed offset, which moves only every 5 seconds. The consumer’s position is right at the end, so records-lag stays near 0.',
          ko: 'lag 열은 커밋된 오프셋에서 계산하는데, 커밋은 5초마다만 움직인다. 컨슈머의 포지션은 로그 끝에 붙어 있어서 records-lag는 0 근처에 머문다.',
        },
        evidence: {
          all: [
            { value: `groups[${ALERTS}].partitions[orders/0].recordsLag`, op: '<', than: 20 },
            { value: `groups[${ALERTS}].partitions[orders/1].recordsLag`, op: '<', than: 20 },
            { value: `groups[${ALERTS}].partitions[orders/2].recordsLag`, op: '<', than: 20 },
          ],
        },
      },
      result: {
        en: 'Hundreds of records of lag on --describe, while the consumer is not behind at all: the gap is only what it has not committed yet.',
        ko: '--describe에는 랙이 수백이지만 컨슈머는 전혀 뒤처지지 않았다. 차이는 아직 커밋하지 않은 만큼일 뿐이다.',
      },
    },
    {
      title: { en: 'Now you try: commit more often', ko: '직접 해 보기: 더 자주 커밋하기' },
      narration: {
        en: 'If the process crashed now, a new owner would start from the committed offset and read those records again. Committing more often shrinks both the lag column and that window.',
        ko: '지금 프로세스가 죽으면 새 주인은 커밋된 오프셋부터 시작해서 그 레코드들을 다시 읽는다. 더 자주 커밋하면 lag 열의 숫자와 다시 읽는 범위가 함께 줄어든다.',
      },
      highlight: { slider: 'auto.commit.interval.ms' },
      goal: {
        task: {
          en: 'Make alerts commit at least 20 times and bring its lag column under 50.',
          ko: 'alerts가 20번 이상 커밋하고 lag 열이 50 아래로 내려가게 하자.',
        },
        check: {
          all: [
            { event: 'OffsetsCommitted', where: { group: ALERTS }, atLeast: 20 },
            { value: `groups[${ALERTS}].stats.totalLag`, op: '<', than: 50 },
          ],
        },
        hint: {
          en: 'Lower auto.commit.interval.ms, e.g. to 200 ms. (An application can also turn auto-commit off and call commitSync() after each batch: the commit mode switch in the group panel.)',
          ko: 'auto.commit.interval.ms를 예를 들어 200ms로 낮춰 보자. (애플리케이션이 자동 커밋을 끄고 배치마다 commitSync()를 부르는 방법도 있다. 그룹 패널의 커밋 방식 스위치다.)',
        },
        solution: [
          { action: 'setConsumerConfig', group: ALERTS, key: 'auto.commit.interval.ms', value: 200 },
        ],
        controls: ['auto.commit.interval.ms', 'enable.auto.commit'],
      },
    },
    {
      title: { en: 'A group that refuses to guess', ko: '추측하지 않는 그룹' },
      narration: {
        en: 'The third group, audit, sets auto.offset.reset to none. Now its consumer starts.',
        ko: '세 번째 그룹 audit은 auto.offset.reset을 none으로 둔다. 이제 이 그룹의 컨슈머가 시작한다.',
      },
      highlight: { slider: 'auto.offset.reset' },
      actions: [{ action: 'addConsumer', group: STRICT }],
      until: { event: 'ConsumerError', where: { group: STRICT } },
      withinMs: 15000,
      predict: {
        question: { en: 'What does its first poll() do?', ko: '첫 poll()은 어떻게 될까?' },
        choices: [
          { en: 'Starts at offset 0', ko: '오프셋 0부터 시작한다' },
          { en: 'Starts at the log end', ko: '로그 끝에서 시작한다' },
          {
            en: 'Throws NoOffsetForPartitionException',
            ko: 'NoOffsetForPartitionException을 던진다',
          },
        ],
        answer: 2,
        explain: {
          en: 'none means: never pick a start for me. With no committed offset, poll() throws and the application must decide (for example seek to a chosen offset).',
          ko: 'none은 "시작 위치를 대신 정하지 마라"는 뜻이다. 커밋된 오프셋이 없으면 poll()이 예외를 던지고, 애플리케이션이 직접 정해야 한다(예를 들어 원하는 오프셋으로 seek).',
        },
        evidence: {
          event: 'ConsumerError',
          where: { group: STRICT, error: 'NoOffsetForPartitionException' },
        },
      },
      result: {
        en: 'poll() failed: "Undefined offset with no reset policy for partitions". audit reads nothing until someone sets a position.',
        ko: 'poll()이 "Undefined offset with no reset policy for partitions"로 실패했다. 누군가 위치를 정하기 전까지 audit은 아무것도 읽지 않는다.',
      },
    },
  ],
  recap: {
    en: 'auto.offset.reset only matters when a group has no committed offset (or it is out of range): latest skips what is already there, earliest reads it all, none throws. Commits store the next offset to read; the lag column counts from them, records-lag from the position.',
    ko: 'auto.offset.reset은 그룹에 커밋된 오프셋이 없을 때(또는 범위를 벗어났을 때)만 쓰인다. latest는 이미 있는 것을 건너뛰고, earliest는 전부 읽고, none은 예외를 던진다. 커밋은 다음에 읽을 오프셋을 저장하고, lag 열은 커밋에서, records-lag는 포지션에서 센다.',
  },
};
