import type { ConfigKeySpec } from './types';

const both = <T>(v: T) => ({ '3.x': v, '4.0': v });

/** Topic-level keys the scenario format accepts (kafka-behaviour.md §3.3, §3.5). */
export const TOPIC_KEYS: readonly ConfigKeySpec[] = [
  {
    key: 'min.insync.replicas',
    scope: 'topic',
    kind: 'int',
    defaults: both(1),
    min: 1,
    modelled: true,
    doc: {
      en: 'Fewest in-sync replicas that must hold an acks=all write.',
      ko: 'acks=all 쓰기를 가져야 하는 최소 동기화 복제본 수.',
    },
  },
  {
    key: 'unclean.leader.election.enable',
    scope: 'topic',
    kind: 'bool',
    defaults: both(false),
    modelled: true,
    doc: {
      en: 'Let an out-of-sync replica lead when no in-sync one is alive (the partition comes back, committed records are lost).',
      ko: '살아 있는 동기화 복제본이 없을 때 뒤처진 복제본이 리더가 되게 함 (파티션은 살아나지만 커밋된 레코드를 잃음).',
    },
  },
  {
    key: 'retention.ms',
    scope: 'topic',
    kind: 'int',
    defaults: both(604800000),
    min: -1,
    unit: 'ms',
    modelled: false,
    doc: { en: 'How long closed log segments are kept.', ko: '닫힌 로그 세그먼트를 보관하는 기간.' },
  },
  {
    key: 'cleanup.policy',
    scope: 'topic',
    kind: 'enum',
    values: ['delete', 'compact', 'delete,compact', 'compact,delete'],
    defaults: both('delete'),
    modelled: false,
    doc: {
      en: 'Delete old segments, or keep the latest record per key.',
      ko: '오래된 세그먼트 삭제 또는 키별 최신 레코드만 보관.',
    },
  },
];
