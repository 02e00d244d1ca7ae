/** English text of the KIP-848 (group.protocol=consumer) controls and views (merged into en.ts). */
export const kip848En = {
  'kip848.protocol.doc':
    'Which rebalance protocol the consumers use: classic (JoinGroup/SyncGroup, the client-side leader assigns) or consumer (KIP-848: ConsumerGroupHeartbeat, the broker assigns, each member reconciles on its own).',
  'kip848.protocol.classic': 'classic',
  'kip848.protocol.consumer': 'consumer (KIP-848)',
  'kip848.protocol.restarted':
    'group.protocol is read once, when a consumer starts: the scenario restarted with group {id} on the {protocol} protocol (your recorded changes replay at their times).',
  'kip848.protocol.preview':
    'Kafka {version} (3.7–3.9): the consumer protocol is early access / preview and off unless the brokers set group.coordinator.rebalance.protocols=classic,consumer — a consumer would fail with “The cluster does not support the new CONSUMER group protocol”. Choose the 4.0 profile to use it.',
  'kip848.protocol.absent':
    'Kafka {version} has no consumer group protocol: KIP-848 came as early access in 3.7 and is generally available from 4.0.',
  'kip848.assignor.doc':
    'The server-side assignor the group coordinator runs: uniform spreads partitions evenly and keeps them where they are; range gives each member a contiguous range of each topic.',
  'kip848.assignor.restarted':
    'group.remote.assignor is read when a consumer starts: the scenario restarted with group {id} using the {assignor} assignor.',
  'kip848.ignored': 'Not used with group.protocol=consumer: {why}',
  'kip848.ignored.session.timeout.ms':
    'the broker sets the session timeout (group.consumer.session.timeout.ms, 45 s).',
  'kip848.ignored.heartbeat.interval.ms':
    'the broker sets the heartbeat interval (group.consumer.heartbeat.interval.ms, 5 s).',
  'kip848.ignored.partition.assignment.strategy':
    'the broker assigns the partitions (group.remote.assignor).',
  'kip848.badge': 'consumer protocol (KIP-848)',
  'kip848.groupEpoch': 'group epoch {n}',
  'kip848.targetEpoch': 'target assignment epoch {n}',
  'kip848.state.EMPTY': 'Empty',
  'kip848.state.ASSIGNING': 'Assigning',
  'kip848.state.RECONCILING': 'Reconciling',
  'kip848.state.STABLE': 'Stable',
  'kip848.explain.EMPTY': 'No member: the group keeps its committed offsets.',
  'kip848.explain.ASSIGNING':
    'The group epoch moved ahead of the target assignment: the coordinator computes a new target at the next heartbeat.',
  'kip848.explain.RECONCILING':
    'Members are moving towards the target assignment one by one: only the partitions that move pause; everyone else keeps consuming.',
  'kip848.explain.STABLE': 'Every member owns its target partitions at the target assignment epoch.',
  'kip848.members.title': 'Members: epochs and reconciliation',
  'kip848.col.member': 'client.id',
  'kip848.col.epoch': 'member epoch',
  'kip848.col.state': 'member state',
  'kip848.col.owns': 'owns',
  'kip848.col.revoking': 'must revoke',
  'kip848.col.waiting': 'waiting for',
  'kip848.member.STABLE': 'stable',
  'kip848.member.UNREVOKED_PARTITIONS': 'unrevoked partitions (revokes at its next poll)',
  'kip848.member.UNRELEASED_PARTITIONS': 'unreleased partitions (waits for the previous owner)',
  'kip848.behind': '(behind the target epoch {n})',
  'kip848.log.title': 'Reconciliation steps (newest first)',
  'kip848.log.empty': 'No reconciliation step yet.',
  'kip848.log.joined': '{at} s · {member} joined: group epoch {group}',
  'kip848.log.revoke': '{at} s · {member} told to revoke {parts} (target epoch {group})',
  'kip848.log.revoked': '{at} s · {member} acknowledged revoking {parts} → member epoch {epoch}',
  'kip848.log.assign': '{at} s · {member} received {parts} → member epoch {epoch}',
  'kip848.log.left': '{at} s · {member} left: group epoch {group}',
  'kip848.log.fenced': '{at} s · {member} fenced ({reason}): group epoch {group}',
  'kip848.wire.help':
    'ConsumerGroupHeartbeat between this consumer and its coordinator, broker {id}: the request carries the member epoch and owned partitions, the response the assignment',
  'kip848.describe.members': 'kafka-consumer-groups --describe --group {id} --members --verbose',
  'kip848.describe.state': 'kafka-consumer-groups --describe --group {id} --state --verbose',
  'kip848.compare.title': 'Compare rebalance protocols',
  'kip848.compare.intro':
    'Runs this scenario three more times in the background — the group on classic eager (range), classic cooperative (cooperative-sticky) and the consumer protocol (KIP-848) — with the same workload and the same membership changes, and compares what each one paused.',
  'kip848.compare.run': 'Run the three protocols',
  'kip848.compare.running': 'Running three copies of the scenario…',
  'kip848.compare.caption':
    'The same {s} s of simulated time under each protocol (counted from when the first members settled)',
  'kip848.compare.protocol': 'protocol',
  'kip848.compare.eager': 'classic · eager (range)',
  'kip848.compare.cooperative': 'classic · cooperative (cooperative-sticky)',
  'kip848.compare.consumer': 'consumer (KIP-848, uniform)',
  'kip848.compare.paused': 'partitions paused',
  'kip848.compare.pauseMs': 'paused in total',
  'kip848.compare.twice': 'records read twice',
  'kip848.compare.settled': 'balanced again after {change}',
  'kip848.compare.change.addConsumer': 'a join at {s} s',
  'kip848.compare.change.crashConsumer': 'a crash at {s} s',
  'kip848.compare.change.stopConsumer': 'a close at {s} s',
  'kip848.compare.change.slowConsumer': 'a slow member at {s} s',
  'kip848.compare.never': 'not within the run',
  'kip848.compare.noChanges':
    'This scenario has no membership change for the group: add one (a join, a crash, a slow member) to the timeline, or pick the “Rebalance protocols compared” example.',
  'kip848.compare.seconds': '{s} s',
} as const;
