/** English text for static membership (group.instance.id) and the record ledger's definitions (merged into en.ts). */
export const fidReportEn = {
  'static.title': 'Static membership',
  'static.member': 'Consumer',
  'static.none': '(none)',
  'static.default': 'default (none): a dynamic member',
  'static.apply': 'Restart with this id',
  'static.clear': 'Restart without an id',
  'static.help':
    'group.instance.id makes a consumer a static member (KIP-345): back within session.timeout.ms, it gets its partitions again without a rebalance, and close() sends no LeaveGroup. A client reads it once at start, so changing it restarts that consumer: the old process closes and a new one starts with the new id.',
  'static.invalid': 'Kafka refuses this group.instance.id:',
  'static.duplicate':
    '{member} already runs with group.instance.id "{id}". Kafka would fence the older member (FencedInstanceIdException); KafkaScope refuses instead.',
  'repl.leaderKnows': 'leader knows {n}',
  'ledger.why':
    'Why fewer than the followers’ LEO? The leader counts a follower’s records only when that follower’s next fetch tells it its log end; the followers’ own logs are already further on.',
};
