import type { ConfigKeySpec } from './types';

const both = <T>(v: T) => ({ '3.x': v, '4.0': v });

/** Broker keys (server.properties) the replication model uses; defaults from ReplicationConfigs/KRaftConfigs (kafka-behaviour.md §3, §7). */
export const BROKER_KEYS = [
  {
    key: 'replica.lag.time.max.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(30000),
    min: 1,
    unit: 'ms',
    modelled: true,
  },
  {
    key: 'replica.fetch.wait.max.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(500),
    min: 0,
    unit: 'ms',
    modelled: true,
  },
  {
    key: 'broker.session.timeout.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(9000),
    min: 1,
    unit: 'ms',
    modelled: true,
  },
  {
    key: 'broker.heartbeat.interval.ms',
    scope: 'broker',
    kind: 'int',
    defaults: both(2000),
    min: 1,
    unit: 'ms',
    modelled: true,
  },
  {
    key: 'auto.leader.rebalance.enable',
    scope: 'broker',
    kind: 'bool',
    defaults: both(true),
    modelled: true,
  },
  {
    key: 'leader.imbalance.check.interval.seconds',
    scope: 'broker',
    kind: 'int',
    defaults: both(300),
    min: 1,
    modelled: true,
  },
  {
    key: 'leader.imbalance.per.broker.percentage',
    scope: 'broker',
    kind: 'int',
    defaults: both(10),
    min: 0,
    max: 100,
    modelled: true,
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
  },
] as const satisfies readonly ConfigKeySpec[];
