/** English text of the KIP-848 views: reconciliation timeline, member countdowns, side-by-side comparison. */
export const kip848ViewsEn = {
  'kip848v.legend.asked': '▽ asked to revoke',
  'kip848v.legend.released': '✓ revoke acknowledged (next heartbeat)',
  'kip848v.legend.dropped': '✕ freed: the owner left or was fenced',
  'kip848v.legend.received': '▶ the new owner received it',
  'kip848v.legend.groupEpoch': '┊ group epoch',
  'kip848v.legend.memberEpoch': 'eN: the member reached epoch N',
  'kip848v.groupEpochMark': 'epoch {n}',
  'kip848v.memberEpochMark': 'e{n}',
  'kip848v.title.asked': '{at} s: {member} asked to revoke {p}',
  'kip848v.title.released': '{at} s: {member} acknowledged revoking {p} (member epoch {n})',
  'kip848v.title.dropped': '{at} s: {p} freed — {member} {how}',
  'kip848v.title.received': '{at} s: {member} received {p} (member epoch {n})',
  'kip848v.title.memberEpoch': '{at} s: {member} at member epoch {n}',
  'kip848v.how.left': 'left the group',
  'kip848v.how.fenced': 'was fenced',
  'kip848v.moves.caption':
    'Partitions that moved (last {s} s): asked to revoke → acknowledged → received by the new owner',
  'kip848v.moves.none': 'No partition moved in the last {s} s.',
  'kip848v.col.partition': 'partition',
  'kip848v.col.from': 'from',
  'kip848v.col.asked': 'asked to revoke',
  'kip848v.col.released': 'acknowledged',
  'kip848v.col.to': 'to',
  'kip848v.col.received': 'received',
  'kip848v.col.paused': 'paused',
  'kip848v.at': '{at} s',
  'kip848v.atEpoch': '{at} s → epoch {n}',
  'kip848v.notAsked': '— (not asked)',
  'kip848v.freed': '{at} s ({how})',
  'kip848v.pending': 'not yet',
  'kip848v.epochs.title': 'Epochs as they advanced (last {s} s)',
  'kip848v.epochs.joined': '{at} s · group epoch {n}: {member} joined',
  'kip848v.epochs.left': '{at} s · group epoch {n}: {member} left',
  'kip848v.epochs.fenced': '{at} s · group epoch {n}: {member} fenced',
  'kip848v.epochs.member': '{at} s · {member} → member epoch {n}',
  'kip848v.zoom':
    'Zoom on the latest reconciliation ({ms} ms from the first revoke request to the last partition received)',
  'kip848v.col.liveness':
    '[[heartbeat|heartbeat]] (broker sets it) · fenced after · [[maxPollInterval|poll]]',
  'kip848v.heartbeat': 'heartbeat in {s} s',
  'kip848v.fenced': 'fenced in {s} s',
  'kip848v.livenessHelp':
    'group.protocol=consumer: the broker tells the member to heartbeat every group.consumer.heartbeat.interval.ms ({hb} s) and fences it after group.consumer.session.timeout.ms ({session} s) without one; max.poll.interval.ms ({poll} s) still applies on the client. session.timeout.ms and heartbeat.interval.ms are not used.',
  'kip848v.phase.joining': 'joining: ConsumerGroupHeartbeat with epoch 0 sent',
  'kip848v.compare.progress': 'Running {protocol}: {pct} %',
  'kip848v.compare.progressLabel': 'Progress of the three runs',
  'kip848v.compare.timelines':
    'Who consumes each partition under each protocol, from when the first members settled ({from} s) to the end ({to} s)',
  'kip848v.compare.timelineLabel':
    '{protocol}: who consumes each partition over time; {n} partition(s) paused, {s} s in total',
  'kip848v.compare.gap': 'hatched red: paused (nobody consumes)',
  'kip848v.compare.changeMark': '│ a membership change',
  'kip848v.compare.glyphs': '+ a join · ✕ a crash · − a close · ~ a slow member',
  'kip848v.compare.definitions': 'What the figures mean',
  'kip848v.def.paused':
    'Partitions that had no consumer at some moment after the first members settled (a gap in its row below).',
  'kip848v.def.pauseMs':
    'The sum over partitions of the time nobody consumed them: the length of all gaps in the rows below.',
  'kip848v.def.twice':
    'Records poll() returned a second time: read again by a new owner because the last commit was behind.',
  'kip848v.def.settled':
    'From the change until no partition waits for an owner and every running member is in the group with its assignment (classic: Stable, no rejoin pending; consumer: STABLE at the target epoch) — the last time that happened before the next change.',
} as const;
