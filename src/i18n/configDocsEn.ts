/**
 * One line per Kafka config key, shown next to its control (merged into en.ts). The engine's key tables
 * (engine/config/*Keys.ts) hold only what the simulation needs; the words live here with the other UI text.
 * Keys are `configDoc.<scope>.<config key>` (the producer and the consumer both have metadata.max.age.ms).
 */
export const configDocsEn = {
  // producer
  'configDoc.producer.linger.ms':
    'Time a batch that is not yet full may wait for more records before it is sent.',
  'configDoc.producer.batch.size':
    'Size cap of one batch per partition; a full batch is sent at once. 0 disables batching.',
  'configDoc.producer.buffer.memory':
    'Total memory for batches not yet acknowledged; when full, send() blocks.',
  'configDoc.producer.max.block.ms': 'How long send() may block waiting for buffer memory before it fails.',
  'configDoc.producer.max.request.size': 'Largest produce request; also the largest single record.',
  'configDoc.producer.max.in.flight.requests.per.connection':
    'Unacknowledged produce requests allowed per broker connection.',
  'configDoc.producer.acks':
    'How many replicas must have the write before the leader answers (0: no answer at all).',
  'configDoc.producer.enable.idempotence':
    'Broker de-duplicates retried batches by producer id and sequence number.',
  'configDoc.producer.retries': 'How many times a failed batch may be retried.',
  'configDoc.producer.retry.backoff.ms': 'First wait before a retry.',
  'configDoc.producer.retry.backoff.max.ms':
    'Cap of the exponential retry backoff (doubling from retry.backoff.ms, ±20 % jitter).',
  'configDoc.producer.request.timeout.ms': 'How long the client waits for one response.',
  'configDoc.producer.delivery.timeout.ms':
    'Upper bound from send() to success or failure, retries included.',
  'configDoc.producer.compression.type':
    'Codec applied to each batch by the producer; bigger batches compress better.',
  'configDoc.producer.key.serializer':
    'Turns the key into bytes; the partition is murmur2 of these bytes, so the serializer changes it.',
  'configDoc.producer.value.serializer':
    'Turns the value into bytes (IntegerSerializer: always 4 bytes; ByteArray here: random bytes that do not compress).',
  'configDoc.producer.partitioner.class':
    'none: the built-in partitioner (key hash, else sticky). RoundRobinPartitioner: every record to the next partition, keys ignored.',
  'configDoc.producer.partitioner.adaptive.partitioning.enable':
    'Kafka 3.3+: unkeyed records move less often to partitions whose broker has a longer queue.',
  'configDoc.producer.partitioner.availability.timeout.ms':
    'Kafka 3.3+: skip partitions whose broker could not take data for this long (0 = off).',
  'configDoc.producer.partitioner.ignore.keys':
    'Kafka 3.3+: true makes keyed records use the sticky logic too (per-key order across partitions is lost).',
  'configDoc.producer.kafkascope.client':
    'Simulator switch, not a Kafka key: kafka-python’s DefaultPartitioner sends each unkeyed record to a random partition.',
  'configDoc.producer.kafkascope.kafka9965.bug':
    'Simulator switch, not a Kafka key: RoundRobinPartitioner as before the KAFKA-9965 fix (skips partitions on every new batch).',
  'configDoc.producer.metadata.max.age.ms':
    'The producer refreshes its metadata at least this often; partitions added to its topic are used only after a refresh (or one forced sooner by an error).',
  // consumer
  'configDoc.consumer.metadata.max.age.ms':
    'The consumer refreshes its metadata at least this often; the group leader notices added partitions then and starts a rebalance.',
  'configDoc.consumer.max.poll.records':
    'Most records one poll() returns; it slices what was fetched, it does not change fetch sizes.',
  'configDoc.consumer.fetch.min.bytes':
    'The broker answers a fetch once this many bytes are available (or the wait ends).',
  'configDoc.consumer.fetch.max.wait.ms':
    'Longest time the broker holds a fetch waiting for fetch.min.bytes (long polling).',
  'configDoc.consumer.max.partition.fetch.bytes':
    'Most bytes returned per partition in one fetch (the first batch always comes whole).',
  'configDoc.consumer.fetch.max.bytes': 'Most bytes returned by one fetch in total.',
  'configDoc.consumer.enable.auto.commit':
    'Commit the positions automatically inside poll(), every auto.commit.interval.ms.',
  'configDoc.consumer.auto.commit.interval.ms': 'How often auto-commit runs.',
  'configDoc.consumer.auto.offset.reset': 'Where to start when the group has no committed offset.',
  'configDoc.consumer.session.timeout.ms':
    'A member with no heartbeat for this long is removed from the group.',
  'configDoc.consumer.heartbeat.interval.ms': 'How often the heartbeat thread reports.',
  'configDoc.consumer.max.poll.interval.ms': 'A member that does not poll for this long leaves the group.',
  'configDoc.consumer.partition.assignment.strategy':
    'Assignors the member supports, in preference order. Cooperative only when every one is cooperative, so the default is eager Range.',
  'configDoc.consumer.key.deserializer':
    'Turns key bytes back into a value; must mirror the producer’s key.serializer (Kafka has no default).',
  'configDoc.consumer.value.deserializer':
    'Turns value bytes back into a value; must mirror the producer’s value.serializer (Kafka has no default).',
  'configDoc.consumer.group.initial.rebalance.delay.ms':
    'Broker setting (group coordinator): an empty group’s first rebalance waits this long for more members.',
  'configDoc.consumer.offsets.retention.minutes':
    'Broker setting: an empty group’s committed offsets are deleted after this many minutes (7 days).',
  'configDoc.consumer.offsets.retention.check.interval.ms':
    'Broker setting: how often the coordinator looks for expired offsets.',
  // topic
  'configDoc.topic.min.insync.replicas': 'Fewest in-sync replicas that must hold an acks=all write.',
  'configDoc.topic.unclean.leader.election.enable':
    'Let an out-of-sync replica lead when no in-sync one is alive (the partition comes back, committed records are lost).',
  'configDoc.topic.retention.ms': 'How long closed log segments are kept.',
  'configDoc.topic.cleanup.policy': 'Delete old segments, or keep the latest record per key.',
  // broker
  'configDoc.broker.replica.lag.time.max.ms':
    'A follower not caught up with the leader for this long leaves the ISR (checked every half of it).',
  'configDoc.broker.replica.fetch.wait.max.ms':
    'Longest time the leader holds a follower’s fetch waiting for new data.',
  'configDoc.broker.broker.session.timeout.ms':
    'The controller fences a broker whose heartbeats stopped for this long.',
  'configDoc.broker.broker.heartbeat.interval.ms': 'How often a broker heartbeats to the controller.',
  'configDoc.broker.auto.leader.rebalance.enable':
    'The controller moves leadership back to each partition’s preferred (first) replica when it is in sync again.',
  'configDoc.broker.leader.imbalance.check.interval.seconds':
    'How often, in seconds, the controller checks for partitions not led by their preferred replica.',
  'configDoc.broker.leader.imbalance.per.broker.percentage':
    'ZooKeeper mode: rebalance a broker’s partitions only when more than this % of those it prefers are led elsewhere (KRaft ignores it).',
  'configDoc.broker.unclean.leader.election.interval.ms':
    'KRaft 3.9+: how often the controller looks for leaderless partitions whose topic now allows an unclean election.',
  'configDoc.broker.kafkascope.network.jitter.ms':
    'Not a Kafka setting; models network variation: each message waits a seeded random 0…this ms more on the wire, never overtaking an earlier one on its connection.',
};
