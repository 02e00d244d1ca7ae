import type { ConfigKeySpec } from './types';

const both = <T>(v: T) => ({ '3.x': v, '4.0': v });

/** Broker keys (server.properties) the replication model uses; defaults from ReplicationConfigs/KRaftConfigs (kafka-behaviour.md §3, §7). */
export const BROKER_KEYS: readonly ConfigKeySpec[] = [
  {
    key: 'replica.lag.time.max.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(30000),
    min: 1,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'A follower not caught up with the leader for this long leaves the ISR (checked every half of it).',
      ko: '이 시간 동안 리더를 따라잡지 못한 팔로워는 ISR에서 빠짐 (그 절반마다 검사).',
    },
  },
  {
    key: 'replica.fetch.wait.max.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(500),
    min: 0,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'Longest time the leader holds a follower’s fetch waiting for new data.',
      ko: '리더가 새 데이터를 기다리며 팔로워의 fetch를 붙잡아 두는 최대 시간.',
    },
  },
  {
    key: 'broker.session.timeout.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(9000),
    min: 1,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'The controller fences a broker whose heartbeats stopped for this long.',
      ko: '하트비트가 이 시간 동안 끊긴 브로커를 컨트롤러가 격리(fence)함.',
    },
  },
  {
    key: 'broker.heartbeat.interval.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(2000),
    min: 1,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'How often a broker heartbeats to the controller.',
      ko: '브로커가 컨트롤러에 하트비트를 보내는 주기.',
    },
  },
  {
    key: 'auto.leader.rebalance.enable',
    scope: 'broker',
    kind: 'bool',
    defaults: both(true),
    modelled: true,
    doc: {
      en: 'The controller moves leadership back to each partition’s preferred (first) replica when it is in sync again.',
      ko: '선호(첫 번째) 레플리카가 다시 동기화되면 컨트롤러가 리더를 그 레플리카로 되돌림.',
    },
  },
  {
    key: 'leader.imbalance.check.interval.seconds',
    scope: 'broker',
    kind: 'int',
    defaults: both(300),
    min: 1,
    modelled: true,
    doc: {
      en: 'How often, in seconds, the controller checks for partitions not led by their preferred replica.',
      ko: '선호 레플리카가 리더가 아닌 파티션을 컨트롤러가 확인하는 주기(초).',
    },
  },
  {
    key: 'leader.imbalance.per.broker.percentage',
    scope: 'broker',
    kind: 'int',
    defaults: both(10),
    min: 0,
    max: 100,
    modelled: true,
    doc: {
      en: 'ZooKeeper mode: rebalance a broker’s partitions only when more than this % of those it prefers are led elsewhere (KRaft ignores it).',
      ko: 'ZooKeeper 모드: 브로커가 선호 레플리카인 파티션 중 이 %보다 많이 다른 곳이 리더일 때만 되돌림 (KRaft는 무시).',
    },
  },
  {
    // An internal controller key (ReplicationConfigs.UNCLEAN_LEADER_ELECTION_INTERVAL_MS_CONFIG, 3.9+).
    key: 'unclean.leader.election.interval.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(300000),
    min: 1,
    unit: 'ms',
    modelled: true,
    doc: {
      en: 'KRaft 3.9+: how often the controller looks for leaderless partitions whose topic now allows an unclean election.',
      ko: 'KRaft 3.9+: 리더 없는 파티션 중 토픽이 이제 언클린 선출을 허용하는 것을 컨트롤러가 찾는 주기.',
    },
  },
  {
    key: 'kafkascope.network.jitter.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(0),
    min: 0,
    max: 1000,
    unit: 'ms',
    modelled: true,
    simulatorOnly: true,
    doc: {
      en: 'Not a Kafka setting; models network variation: each message waits a seeded random 0…this ms more on the wire, never overtaking an earlier one on its connection.',
      ko: 'Kafka 설정 아님; 네트워크 변동을 흉내 냄: 메시지마다 시드로 정한 0…이 값(ms)만큼 더 늦게 도착하며, 같은 연결의 앞선 메시지를 앞지르지 않음.',
    },
  },
];
