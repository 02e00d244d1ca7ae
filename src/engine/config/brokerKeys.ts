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
];
