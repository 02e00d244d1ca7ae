import type { ConfigKeySpec } from './types';

const both = <T>(v: T) => ({ '3.x': v, '4.0': v });

/** Topic-level keys the scenario format accepts (kafka-behaviour.md §3.3, §3.5). */
export const TOPIC_KEYS = [
  {
    key: 'min.insync.replicas',
    scope: 'topic',
    kind: 'int',
    defaults: both(1),
    min: 1,
    modelled: true,
  },
  {
    key: 'unclean.leader.election.enable',
    scope: 'topic',
    kind: 'bool',
    defaults: both(false),
    modelled: true,
  },
  {
    key: 'retention.ms',
    scope: 'topic',
    kind: 'int',
    defaults: both(604800000),
    min: -1,
    unit: 'ms',
    modelled: false,
  },
  {
    key: 'cleanup.policy',
    scope: 'topic',
    kind: 'enum',
    values: ['delete', 'compact', 'delete,compact', 'compact,delete'],
    defaults: both('delete'),
    modelled: false,
  },
] as const satisfies readonly ConfigKeySpec[];
