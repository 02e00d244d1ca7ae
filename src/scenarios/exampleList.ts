/**
 * The examples the app offers, without their content: id, title (for the scenario picker) and a loader.
 * Each example is its own chunk, so a first visit downloads only the one it opens (main.tsx awaits it
 * before the first render); the picker loads the others when chosen. `index.ts` (`EXAMPLES`) imports them
 * all eagerly for the CLI, the lessons and the tests; `exampleCatalogue.test.ts` keeps the two lists equal.
 */
import type { Lang } from '../i18n/types';

export interface ExampleEntry {
  id: string;
  title: Record<Lang, string>;
  load: () => Promise<{ default: unknown }>;
}

export const EXAMPLE_CATALOGUE: readonly ExampleEntry[] = [
  {
    id: 'steady-stream',
    title: {
      en: 'A steady stream: producer → partitions → consumer',
      ko: '꾸준한 흐름: 프로듀서 → 파티션 → 컨슈머',
    },
    load: () => import('./examples/steady-stream.json'),
  },
  {
    id: 'linger-vs-batch-size',
    title: { en: 'linger.ms is time, batch.size is size', ko: 'linger.ms는 시간, batch.size는 크기' },
    load: () => import('./examples/linger-vs-batch-size.json'),
  },
  {
    id: 'hot-keys',
    title: {
      en: 'Keys decide the partition: user-1..3 all land on partition 2',
      ko: '키가 파티션을 정함: user-1..3은 모두 파티션 2로',
    },
    load: () => import('./examples/hot-keys.json'),
  },
  {
    id: 'acks-all-too-few-replicas',
    title: {
      en: 'S1 · acks=all with too few in-sync replicas: rejected, retried, then timed out',
      ko: 'S1 · acks=all인데 동기화 복제본이 부족함: 거절, 재시도, 그리고 시간 초과',
    },
    load: () => import('./examples/acks-all-too-few-replicas.json'),
  },
  {
    id: 'acks-1-loses-acked-data',
    title: {
      en: 'S2 · acks=1 loses acknowledged data when the leader dies',
      ko: 'S2 · acks=1: 리더가 죽으면 확인(ack)된 데이터를 잃음',
    },
    load: () => import('./examples/acks-1-loses-acked-data.json'),
  },
  {
    id: 'acks-all-survives',
    title: {
      en: 'S3 · acks=all with min.insync.replicas=2 survives the same crash',
      ko: 'S3 · acks=all + min.insync.replicas=2: 같은 장애에서도 살아남음',
    },
    load: () => import('./examples/acks-all-survives.json'),
  },
  {
    id: 'acks-0-fire-and-forget',
    title: {
      en: 'S4 · acks=0: every send “succeeds”, some records never arrive',
      ko: 'S4 · acks=0: 모든 send가 “성공”하지만 일부 레코드는 도착하지 않음',
    },
    load: () => import('./examples/acks-0-fire-and-forget.json'),
  },
  {
    id: 'retries-duplicate-and-reorder',
    title: {
      en: 'S5 · Retries without idempotence: duplicates and reordering',
      ko: 'S5 · 멱등성 없는 재시도: 중복과 순서 뒤바뀜',
    },
    load: () => import('./examples/retries-duplicate-and-reorder.json'),
  },
  {
    id: 'idempotence-exactly-once',
    title: {
      en: 'S6 · Idempotence on: the same faults, exactly once and in order',
      ko: 'S6 · 멱등성 켬: 같은 장애에서도 정확히 한 번, 순서대로',
    },
    load: () => import('./examples/idempotence-exactly-once.json'),
  },
  {
    id: 'unclean-election-loses-data',
    title: {
      en: 'S15b · Unclean leader election: the partition comes back, committed records do not',
      ko: 'S15b · 언클린 리더 선출: 파티션은 돌아오지만 커밋된 레코드는 돌아오지 않음',
    },
    load: () => import('./examples/unclean-election-loses-data.json'),
  },
  {
    id: 'hot-key-skew',
    title: { en: 'Hot key skew: one key, one busy partition', ko: '핫 키 쏠림: 키 하나, 바쁜 파티션 하나' },
    load: () => import('./examples/hot-key-skew.json'),
  },
  {
    id: 'sticky-vs-round-robin',
    title: { en: 'Sticky vs round-robin: batch sizes', ko: 'sticky와 라운드 로빈: 배치 크기' },
    load: () => import('./examples/sticky-vs-round-robin.json'),
  },
  {
    id: 'compression-codecs',
    title: { en: 'Compression codecs compared', ko: '압축 코덱 비교' },
    load: () => import('./examples/compression-codecs.json'),
  },
  {
    id: 'close-without-flush',
    title: { en: 'close() without flush(): nothing is lost', ko: 'flush() 없이 close(): 잃는 것이 없음' },
    load: () => import('./examples/close-without-flush.json'),
  },
  {
    id: 's11-eager-join',
    title: {
      en: 'S11 · Eager rebalance: a 4th consumer joins',
      ko: 'S11 · eager 리밸런스: 네 번째 컨슈머가 합류',
    },
    load: () => import('./examples/s11-eager-join.json'),
  },
  {
    id: 's12-cooperative-join',
    title: {
      en: 'S12 · Cooperative rebalance: the two-step dance',
      ko: 'S12 · cooperative 리밸런스: 두 단계로 옮기기',
    },
    load: () => import('./examples/s12-cooperative-join.json'),
  },
  {
    id: 's13a-close',
    title: {
      en: 'S13a · Graceful close: LeaveGroup, immediate rebalance',
      ko: 'S13a · 정상 종료: LeaveGroup, 즉시 리밸런스',
    },
    load: () => import('./examples/s13a-close.json'),
  },
  {
    id: 's13b-crash',
    title: {
      en: 'S13b · Crash: partitions idle until session.timeout.ms',
      ko: 'S13b · 크래시: session.timeout.ms까지 파티션이 멈춤',
    },
    load: () => import('./examples/s13b-crash.json'),
  },
  {
    id: 's13c-slow',
    title: {
      en: 'S13c · Slow processing: max.poll.interval.ms exceeded',
      ko: 'S13c · 느린 처리: max.poll.interval.ms 초과',
    },
    load: () => import('./examples/s13c-slow.json'),
  },
  {
    id: 's14-auto-commit-crash',
    title: {
      en: 'S14 · Auto-commit and where you start: a crash between commits',
      ko: 'S14 · 자동 커밋과 시작 위치: 커밋 사이의 크래시',
    },
    load: () => import('./examples/s14-auto-commit-crash.json'),
  },
  {
    id: 's15a-offset-retention',
    title: { en: 'S15a · Offsets expire for an idle group', ko: 'S15a · 쉬는 그룹의 오프셋이 만료됨' },
    load: () => import('./examples/s15a-offset-retention.json'),
  },
  {
    id: 'assignors-compared',
    title: {
      en: 'Range vs RoundRobin vs Sticky on the same group',
      ko: '같은 그룹에서 Range, RoundRobin, Sticky 비교',
    },
    load: () => import('./examples/assignors-compared.json'),
  },
  {
    id: 'more-consumers-than-partitions',
    title: { en: 'More consumers than partitions', ko: '파티션보다 컨슈머가 많을 때' },
    load: () => import('./examples/more-consumers-than-partitions.json'),
  },
  {
    id: 'kip848-consumer-join',
    title: {
      en: 'KIP-848 · The consumer protocol: a join without a group-wide rebalance',
      ko: 'KIP-848 · consumer 프로토콜: 그룹 전체 리밸런스 없는 합류',
    },
    load: () => import('./examples/kip848-consumer-join.json'),
  },
  {
    id: 'rebalance-protocols-compared',
    title: {
      en: 'Rebalance protocols compared: eager, cooperative and KIP-848',
      ko: '리밸런스 프로토콜 비교: eager, cooperative, KIP-848',
    },
    load: () => import('./examples/rebalance-protocols-compared.json'),
  },
  {
    id: 'classroom-scale',
    title: {
      en: 'Classroom scale: 3 brokers, 12 partitions × RF 3, two groups of four',
      ko: '교실 규모: 브로커 3개, 파티션 12개 × 복제 계수 3, 컨슈머 4개짜리 그룹 둘',
    },
    load: () => import('./examples/classroom-scale.json'),
  },
  {
    id: 'two-producers',
    title: {
      en: 'Two producers, two topics: each producer batches on its own',
      ko: '프로듀서 둘, 토픽 둘: 프로듀서마다 따로 배치를 만듦',
    },
    load: () => import('./examples/two-producers.json'),
  },
];
