/** English text of the "What just happened" narration (merged into en.ts). */
export const narrationEn = {
  'narr.title': 'What just happened',
  'narr.keyOnly': 'Key events only',
  'narr.empty': 'Nothing has happened yet. Press Play or Step.',
  'narr.seekHint': 'Go back to this moment (pauses playback)',
  'narr.stepRegion': 'What the last step did',
  'narr.time': 't = {t} s',
  'playback.scriptedMark': 'Scenario action at t = {t} s: {action}',
  // Producer
  'narr.batch.full':
    '{producer}: {count} batches left because they were full (batch.size = {batchSize} bytes)',
  'narr.batch.full.one': '{producer}: a batch left because it was full (batch.size = {batchSize} bytes)',
  'narr.batch.linger': '{producer}: {count} batches left because linger.ms ({lingerMs} ms) expired',
  'narr.batch.linger.one': '{producer}: a batch left because linger.ms ({lingerMs} ms) expired',
  'narr.batch.memory':
    '{producer}: {count} batches left at once because buffer.memory ran out (every batch is ready)',
  'narr.batch.memory.one':
    '{producer}: a batch left at once because buffer.memory ran out (every batch is ready)',
  'narr.batch.drained':
    '{producer}: {count} batches rode along in a request another partition’s ready batch opened to the same broker',
  'narr.batch.drained.one':
    '{producer}: a batch rode along in a request another partition’s ready batch opened to the same broker',
  'narr.batch.retry': '{producer}: {count} batches were sent again after a failed attempt',
  'narr.batch.retry.one': '{producer}: a batch was sent again after a failed attempt',
  'narr.batch.flush': '{producer}: {count} batches left because flush() was called',
  'narr.batch.flush.one': '{producer}: a batch left because flush() was called',
  'narr.batch.close': '{producer}: {count} batches left because close() was called',
  'narr.batch.close.one': '{producer}: a batch left because close() was called',
  'narr.batch.changed.full':
    '{producer}: batches for {partition} now leave because they are full (batch.size), no longer by {before}',
  'narr.batch.changed.linger':
    '{producer}: batches for {partition} now leave when linger.ms ({lingerMs} ms) expires, no longer by {before}',
  'narr.batch.changed.memory':
    '{producer}: batches for {partition} now leave because buffer.memory is exhausted, no longer by {before}',
  'narr.sendFailed': '{producer}: send() failed with {error} for {count} records',
  'narr.sendFailed.one': '{producer}: send() failed with {error} for a record',
  'narr.produceRetry':
    '{producer}: producing to {partition} failed with {error} ({count} records, attempt {attempt}); retrying',
  'narr.produceRetry.one':
    '{producer}: producing to {partition} failed with {error} (1 record, attempt {attempt}); retrying',
  'narr.produceFailed':
    '{producer}: producing to {partition} failed for good with {error} ({count} records, attempt {attempt})',
  'narr.produceFailed.one':
    '{producer}: producing to {partition} failed for good with {error} (1 record, attempt {attempt})',
  'narr.flushStarted':
    '{producer}: flush() was called with {count} records buffered; it waits for their acks',
  'narr.flushStarted.one': '{producer}: flush() was called with 1 record buffered; it waits for its ack',
  'narr.flushCompleted': '{producer}: flush() returned: every buffered record was acknowledged or failed',
  'narr.closing': '{producer}: close() was called; it waits until everything is acknowledged',
  'narr.closingTimeout': '{producer}: close({ms} ms) was called',
  'narr.closed': '{producer} closed cleanly',
  'narr.closedForced': '{producer} closed before finishing: {count} records failed',
  'narr.closedForced.one': '{producer} closed before finishing: 1 record failed',
  'narr.killed': '{producer} was killed (kill -9): {count} buffered records vanished without a callback',
  'narr.killed.one': '{producer} was killed (kill -9): 1 buffered record vanished without a callback',
  'narr.sendBlocked': '{producer}: send() blocks, buffer.memory is full ({used} bytes in use)',
  'narr.configChanged': 'Setting changed on {target}: {key} = {value}',
  'narr.workloadChanged': '{producer} now sends {rate} records/s of {bytes} bytes',
  'narr.partitionsAdded':
    'Topic {topic} now has {partitions, plural, one {# partition} other {# partitions}}',
  // Brokers and replication
  'narr.brokerCrashed': 'Broker {broker} crashed',
  'narr.brokerRestarted': 'Broker {broker} restarted',
  'narr.brokerFenced':
    'The controller fenced broker {broker}: its session expired, so its replicas leave every ISR',
  'narr.fault.slow': 'Broker {broker}’s follower fetches now wait {ms} ms each',
  'narr.fault.slowOff': 'Broker {broker}’s follower fetches are fast again',
  'narr.fault.isolated': 'Broker {broker} is cut off from the other brokers (clients still reach it)',
  'narr.fault.healed': 'Broker {broker} can reach the other brokers again',
  'narr.fault.dropResponse': 'Broker {broker} will lose its next {count} produce responses on the way',
  'narr.fault.dropResponse.one': 'Broker {broker} will lose its next produce response on the way',
  'narr.fault.isrDip':
    'Broker {broker}’s ISR will dip below min.insync.replicas for the next {count} batches',
  'narr.fault.isrDip.one': 'Broker {broker}’s ISR will dip below min.insync.replicas for the next batch',
  'narr.isrShrunk.lagging':
    'ISR of {partition} shrank: broker {broker} fell behind (replica.lag.time.max.ms); ISR is now [{isr}]',
  'narr.isrShrunk.fenced': 'ISR of {partition} shrank: broker {broker} was fenced; ISR is now [{isr}]',
  'narr.isrExpanded': 'ISR of {partition} grew: broker {broker} caught up; ISR is now [{isr}]',
  'narr.leaderElected': 'Broker {leader} was elected leader of {partition} (clean election, epoch {epoch})',
  'narr.leaderElected.unclean':
    'Broker {leader} was elected leader of {partition} by an UNCLEAN election (epoch {epoch}): it was not in the ISR',
  'narr.partitionOffline': '{partition} is offline: no replica can lead it',
  'narr.logTruncated':
    'Broker {broker} truncated its log of {partition} to offset {offset}: {count} records removed',
  'narr.logTruncated.one':
    'Broker {broker} truncated its log of {partition} to offset {offset}: 1 record removed',
  'narr.lostAfterAck': '{count} records of {producer} in {partition} were lost after their ack',
  'narr.lostAfterAck.one': 'A record of {producer} in {partition} was lost after its ack',
  // Consumer groups
  'narr.rebalance.started.newMember': 'Rebalance of {group} started: {member} joins',
  'narr.rebalance.started.metadata': 'Rebalance of {group} started: {member} rejoined with new subscriptions',
  'narr.rebalance.started.static': 'Rebalance of {group} started: static member {member} rejoined',
  'narr.rebalance.started.memberLeft': 'Rebalance of {group} started: {member} left the group',
  'narr.rebalance.started.other': 'Rebalance of {group} started ({reason})',
  'narr.group.empty': '{group} is empty: no members left',
  'narr.group.dead': '{group} was removed (empty, no committed offsets)',
  'narr.rebalance.formed': '{group} formed generation {generation} ({assignor}): {assignment}',
  'narr.rebalance.done.none':
    'Rebalance of {group} finished: generation {generation} ({protocol}); no partition changed owner',
  'narr.rebalance.done.moved':
    'Rebalance of {group} finished: generation {generation} ({protocol}); {count} partitions moved: {moved}',
  'narr.rebalance.done.moved.one':
    'Rebalance of {group} finished: generation {generation} ({protocol}); one partition moved: {moved}',
  'narr.partitionsRevoked': '{member} gave up {partitions} (onPartitionsRevoked)',
  'narr.partitionsLost': '{member} lost {partitions} without committing (onPartitionsLost)',
  'narr.partitionsAssigned': '{member} was assigned {partitions}',
  'narr.partitionsAssigned.none': '{member} was assigned no partitions (it stays idle)',
  'narr.memberAdded': '{member} became a member of {group}',
  'narr.memberRemoved.closed': '{member} left {group}: the consumer was closed (LeaveGroup)',
  'narr.memberRemoved.pollTimeout':
    '{member} left {group}: poll() was not called within max.poll.interval.ms (LeaveGroup)',
  'narr.memberRemoved.session':
    'The coordinator removed {member} from {group}: no heartbeat for {ms} ms (session.timeout.ms)',
  'narr.memberRemoved.rebalanceTimeout':
    'The coordinator removed {member} from {group}: it did not rejoin within the rebalance timeout',
  'narr.memberRemoved.other': '{member} was removed from {group} ({reason})',
  'narr.redelivered': '{member} received {count} records again that it had already processed ({partition})',
  'narr.redelivered.one': '{member} received a record again that it had already processed ({partition})',
  'narr.committed': '{group}: {count} offset commits; latest by {member}: {offsets}',
  'narr.committed.one': '{group}: {member} committed {offsets}',
  'narr.coordinatorMoved':
    'Broker {to} now leads the __consumer_offsets partition of {group}, so it is the group’s coordinator: it loaded the committed offsets and members, and the consumers find it with FindCoordinator.',
  'narr.coordinatorMoved.none':
    'No replica of the __consumer_offsets partition of {group} is up: the group has no coordinator, and commits fail until a replica returns.',
  'narr.offsetsExpired':
    'The committed offsets of {group} expired ({count} partitions, offsets.retention.minutes)',
  'narr.offsetsExpired.one':
    'The committed offset of {group} expired (1 partition, offsets.retention.minutes)',
  'narr.consumerError': '{member}: poll() threw {error}',
  'narr.fetchError': '{member}: broker {broker} refused the fetch for {partition} with {error}',
  'narr.offsetReset':
    '{member}: position of {partition} reset from {from} to {to} (auto.offset.reset = {policy})',
  // A step that produced nothing above: what the raw events were
  'narr.raw.RecordAppended': '{producer}: send() put records into the batch for {topic}-{partition}',
  'narr.raw.BatchCreated': '{producer}: a new batch was opened for {topic}-{partition}',
  'narr.raw.BatchSent': '{producer}: a batch for {topic}-{partition} left for broker {broker}',
  'narr.raw.BatchAppended': 'The leader of {topic}-{partition} wrote a batch at offset {baseOffset}',
  'narr.raw.ProduceAcked': '{producer}: a batch for {topic}-{partition} was acknowledged',
  'narr.raw.SendFailed': '{producer}: send() failed with {error}',
  'narr.raw.SendBlocked': '{producer}: send() is blocked on buffer.memory',
  'narr.raw.FetchSent': '{member} sent a fetch request to broker {broker}',
  'narr.raw.RecordsFetched': 'A fetch response reached {member}',
  'narr.raw.RecordsPolled': 'poll() returned records to {member}',
  'narr.raw.OffsetsCommitted': '{member} committed offsets',
  'narr.raw.ConsumerError': '{member}: poll() threw {error}',
  'narr.raw.FetchError': '{member}: broker {broker} refused a fetch with {error}',
  'narr.raw.OffsetReset': '{member}: a position was reset ({policy})',
  'narr.raw.ConfigChanged': 'Setting changed on {target}: {key}',
  'narr.raw.WorkloadChanged': '{producer}’s workload changed',
  'narr.raw.PartitionsAdded': 'Partitions were added to {topic}',
  'narr.raw.ProducerMetadataUpdated':
    '{producer} refreshed its metadata: {topic} now has {partitions, plural, one {# partition} other {# partitions}}',
  'narr.raw.ReplicaFetched': 'A follower on broker {broker} fetched from leader {leader}',
  'narr.raw.IsrShrunk': 'The ISR of {topic}-{partition} shrank',
  'narr.raw.IsrExpanded': 'The ISR of {topic}-{partition} grew',
  'narr.raw.LeaderElected': 'Broker {leader} became leader of {topic}-{partition}',
  'narr.raw.PartitionOffline': '{topic}-{partition} went offline',
  'narr.raw.LogTruncated': 'Broker {broker} truncated its log of {topic}-{partition}',
  'narr.raw.RecordsLostAfterAck': 'Acknowledged records of {topic}-{partition} were lost',
  'narr.raw.BrokerCrashed': 'Broker {broker} crashed',
  'narr.raw.BrokerRestarted': 'Broker {broker} restarted',
  'narr.raw.BrokerFenced': 'Broker {broker} was fenced',
  'narr.raw.FaultChanged': 'A fault on broker {broker} changed ({fault})',
  'narr.raw.ProduceFailed': '{producer}: a produce attempt failed with {error}',
  'narr.raw.FlushStarted': '{producer}: flush() was called',
  'narr.raw.FlushCompleted': '{producer}: flush() returned',
  'narr.raw.ProducerClosing': '{producer}: close() was called',
  'narr.raw.ProducerClosed': '{producer} closed',
  'narr.raw.ProducerKilled': '{producer} was killed',
  'narr.raw.ActionRefused': 'A scheduled {action} was refused and skipped',
  'narr.raw.GroupStateChanged': '{group} moved from {from} to {to}',
  'narr.raw.RebalanceCompleted': '{group} reached generation {generation}',
  'narr.raw.PartitionsRevoked': '{member} gave up partitions',
  'narr.raw.PartitionsAssigned': '{member} was assigned partitions',
  'narr.raw.MemberRemoved': '{member} was removed from {group}',
  'narr.raw.MemberAdded': '{member} joined {group}',
  'narr.raw.RecordsRedelivered': '{member} received records again',
  'narr.raw.OffsetsExpired': 'The offsets of {group} expired',
  'narr.raw.CoordinatorMoved': 'The coordinator of {group} moved from broker {from} to broker {to}',
};
