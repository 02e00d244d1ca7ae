/**
 * One mapping table per client: for each Kafka (Java) key the simulator knows, the client's own name and
 * value form, or null when the client has no equivalent — each with a note of where it comes from.
 * The tests check every name against the client's real key list (fixtures/, generated from the
 * installed clients) and that every producer/consumer key of the engine's catalogue has an entry here.
 */
import type { ConfigValue } from '../../engine';

/** A value in Python source: a literal, or code with the imports it needs. */
export type PyValue = number | string | boolean | null | { code: string; imports?: string[] };

export interface ClientKey<V> {
  /** The client's name for the key; null when the client has no equivalent. */
  name: string | null;
  /** The value in the client's form; undefined when the client cannot express this value. */
  value?: (v: ConfigValue) => V | undefined;
  /** Where the name and the value form come from. */
  source: string;
}

export type ClientTable<V> = Readonly<Record<string, ClientKey<V>>>;

// ---------------------------------------------------------------- Java (.properties)

const JAVA_SERDE = 'org.apache.kafka.common.serialization';
const JAVA_SERIALIZERS: Record<string, string> = {
  StringSerializer: `${JAVA_SERDE}.StringSerializer`,
  IntegerSerializer: `${JAVA_SERDE}.IntegerSerializer`,
  ByteArraySerializer: `${JAVA_SERDE}.ByteArraySerializer`,
  JsonSerializer: 'org.apache.kafka.connect.json.JsonSerializer',
};
const JAVA_DESERIALIZERS: Record<string, string> = {
  string: `${JAVA_SERDE}.StringDeserializer`,
  integer: `${JAVA_SERDE}.IntegerDeserializer`,
  bytearray: `${JAVA_SERDE}.ByteArrayDeserializer`,
  json: 'org.apache.kafka.connect.json.JsonDeserializer',
};
const JAVA_ASSIGNORS: Record<string, string> = {
  range: 'org.apache.kafka.clients.consumer.RangeAssignor',
  roundrobin: 'org.apache.kafka.clients.consumer.RoundRobinAssignor',
  sticky: 'org.apache.kafka.clients.consumer.StickyAssignor',
  'cooperative-sticky': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
};
const CONFIG_SOURCE = 'same name and value as Kafka’s ProducerConfig/ConsumerConfig (the engine’s catalogue)';

/**
 * Java: the catalogue's keys are Kafka's own names; only class-valued keys need their full class name.
 * Keys not listed here are written as they are.
 */
export const JAVA_TABLE: ClientTable<string> = {
  'key.serializer': {
    name: 'key.serializer',
    value: (v) => JAVA_SERIALIZERS[String(v)],
    source:
      'ProducerConfig: a class name; JsonSerializer is Kafka’s connect-json (org.apache.kafka.connect.json)',
  },
  'value.serializer': {
    name: 'value.serializer',
    value: (v) => JAVA_SERIALIZERS[String(v)],
    source:
      'ProducerConfig: a class name; JsonSerializer is Kafka’s connect-json (org.apache.kafka.connect.json)',
  },
  'key.deserializer': {
    name: 'key.deserializer',
    value: (v) => JAVA_DESERIALIZERS[String(v)],
    source: 'ConsumerConfig: a class name',
  },
  'value.deserializer': {
    name: 'value.deserializer',
    value: (v) => JAVA_DESERIALIZERS[String(v)],
    source: 'ConsumerConfig: a class name',
  },
  'partitioner.class': {
    name: 'partitioner.class',
    value: (v) =>
      v === 'RoundRobinPartitioner' ? 'org.apache.kafka.clients.producer.RoundRobinPartitioner' : undefined,
    source: 'ProducerConfig: a class name; "none" means the key is not set (built-in partitioning)',
  },
  'partition.assignment.strategy': {
    name: 'partition.assignment.strategy',
    value: (v) => {
      const names = String(v)
        .split(',')
        .map((n) => JAVA_ASSIGNORS[n]);
      return names.every(Boolean) ? names.join(',') : undefined;
    },
    source: 'ConsumerConfig: a list of assignor class names (org.apache.kafka.clients.consumer.*Assignor)',
  },
};

/** The Java entry of a key (its own name and value unless the table says otherwise). */
export function javaKey(key: string): ClientKey<string> {
  return JAVA_TABLE[key] ?? { name: key, value: (v) => String(v), source: CONFIG_SOURCE };
}

// ---------------------------------------------------------------- kafka-python

const KP = 'kafka-python 2.0.2';
const kp = (name: string, note = ''): ClientKey<PyValue> => ({
  name,
  value: (v) => v,
  source: `${KP} KafkaProducer/KafkaConsumer.DEFAULT_CONFIG: ${name}${note}`,
});
const kpAbsent = (note: string): ClientKey<PyValue> => ({ name: null, source: `${KP}: ${note}` });

const KP_SERIALIZERS: Record<string, PyValue> = {
  StringSerializer: { code: 'str.encode' },
  IntegerSerializer: { code: 'lambda v: v.to_bytes(4, "big", signed=True)' },
  ByteArraySerializer: null, // kafka-python sends bytes as they are when no serializer is given
  JsonSerializer: { code: 'lambda v: json.dumps(v).encode()', imports: ['import json'] },
};
const KP_DESERIALIZERS: Record<string, PyValue> = {
  string: { code: 'bytes.decode' },
  integer: { code: 'lambda b: int.from_bytes(b, "big", signed=True)' },
  bytearray: null,
  json: { code: 'json.loads', imports: ['import json'] },
};
const KP_ASSIGNORS: Record<string, { cls: string; module: string }> = {
  range: { cls: 'RangePartitionAssignor', module: 'kafka.coordinator.assignors.range' },
  roundrobin: { cls: 'RoundRobinPartitionAssignor', module: 'kafka.coordinator.assignors.roundrobin' },
  sticky: { cls: 'StickyPartitionAssignor', module: 'kafka.coordinator.assignors.sticky.sticky_assignor' },
};
const pick =
  <T>(table: Record<string, T>) =>
  (v: ConfigValue): T | undefined =>
    Object.hasOwn(table, String(v)) ? table[String(v)] : undefined;

export const KAFKA_PYTHON_TABLE: ClientTable<PyValue> = {
  // producer
  'linger.ms': kp('linger_ms'),
  'batch.size': kp('batch_size'),
  'buffer.memory': kp('buffer_memory'),
  'max.block.ms': kp('max_block_ms'),
  'max.request.size': kp('max_request_size'),
  'max.in.flight.requests.per.connection': kp('max_in_flight_requests_per_connection'),
  acks: {
    name: 'acks',
    value: (v) => (v === 'all' || v === '-1' ? 'all' : Number(v)),
    source: `${KP} KafkaProducer docstring: acks (0, 1, 'all') — ints, or the string 'all'`,
  },
  'enable.idempotence': kpAbsent(
    'KafkaProducer.DEFAULT_CONFIG has no idempotence setting (no idempotent producer)',
  ),
  retries: kp('retries'),
  'retry.backoff.ms': kp('retry_backoff_ms'),
  'retry.backoff.max.ms': kpAbsent('only a fixed retry_backoff_ms, no exponential backoff cap'),
  'request.timeout.ms': kp('request_timeout_ms'),
  'delivery.timeout.ms': kpAbsent('KafkaProducer.DEFAULT_CONFIG has no delivery timeout'),
  'compression.type': {
    name: 'compression_type',
    value: (v) => (v === 'none' ? null : String(v)),
    source: `${KP} KafkaProducer._COMPRESSORS: None, 'gzip', 'snappy', 'lz4', 'zstd'`,
  },
  'key.serializer': {
    name: 'key_serializer',
    value: pick(KP_SERIALIZERS),
    source: `${KP} KafkaProducer docstring: a callable from the key to bytes (None: bytes as given)`,
  },
  'value.serializer': {
    name: 'value_serializer',
    value: pick(KP_SERIALIZERS),
    source: `${KP} KafkaProducer docstring: a callable from the value to bytes (None: bytes as given)`,
  },
  'partitioner.class': kpAbsent(
    'kafka.partitioner has only DefaultPartitioner (murmur2 of the key, else random)',
  ),
  'partitioner.adaptive.partitioning.enable': kpAbsent(
    'DefaultPartitioner is not adaptive (KIP-794 is Java 3.3+)',
  ),
  'partitioner.availability.timeout.ms': kpAbsent('DefaultPartitioner has no availability timeout (KIP-794)'),
  'partitioner.ignore.keys': kpAbsent('DefaultPartitioner always hashes keys'),
  // consumer
  'metadata.max.age.ms': kp('metadata_max_age_ms'),
  'max.poll.records': kp('max_poll_records'),
  'fetch.min.bytes': kp('fetch_min_bytes'),
  'fetch.max.wait.ms': kp('fetch_max_wait_ms'),
  'max.partition.fetch.bytes': kp('max_partition_fetch_bytes'),
  'fetch.max.bytes': kp('fetch_max_bytes'),
  'enable.auto.commit': kp('enable_auto_commit'),
  'auto.commit.interval.ms': kp('auto_commit_interval_ms'),
  'auto.offset.reset': {
    name: 'auto_offset_reset',
    value: (v) => String(v),
    source: `${KP} KafkaConsumer docstring: 'earliest', 'latest'; any other value ('none') raises NoOffsetForPartitionError`,
  },
  'session.timeout.ms': kp('session_timeout_ms'),
  'heartbeat.interval.ms': kp('heartbeat_interval_ms'),
  'max.poll.interval.ms': kp('max_poll_interval_ms'),
  'partition.assignment.strategy': {
    name: 'partition_assignment_strategy',
    value: (v) => {
      const found = String(v)
        .split(',')
        .map((n) => KP_ASSIGNORS[n]);
      if (!found.every(Boolean)) return undefined;
      return {
        code: `[${found.map((a) => a!.cls).join(', ')}]`,
        imports: found.map((a) => `from ${a!.module} import ${a!.cls}`),
      };
    },
    source: `${KP}: a list of assignor classes (range, roundrobin, sticky; no cooperative-sticky)`,
  },
  'key.deserializer': {
    name: 'key_deserializer',
    value: pick(KP_DESERIALIZERS),
    source: `${KP} KafkaConsumer docstring: a callable from bytes to the key (None: bytes)`,
  },
  'value.deserializer': {
    name: 'value_deserializer',
    value: pick(KP_DESERIALIZERS),
    source: `${KP} KafkaConsumer docstring: a callable from bytes to the value (None: bytes)`,
  },
};

// ---------------------------------------------------------------- librdkafka / confluent-kafka-python

const RD = 'librdkafka 2.0.2 CONFIGURATION.md';
const rd = (name: string, note = ''): ClientKey<PyValue> => ({
  name,
  value: (v) => v,
  source: `${RD}: ${name}${note}`,
});
const rdAbsent = (note: string): ClientKey<PyValue> => ({ name: null, source: `${RD}: ${note}` });

export const LIBRDKAFKA_TABLE: ClientTable<PyValue> = {
  // producer
  'linger.ms': rd('linger.ms', ' (alias of queue.buffering.max.ms)'),
  'batch.size': rd('batch.size', ' (all messages of one MessageSet, framing included)'),
  'buffer.memory': {
    name: 'queue.buffering.max.kbytes',
    value: (v) => Math.ceil(Number(v) / 1024),
    source: `${RD}: queue.buffering.max.kbytes, the producer queue's size in KB (Java: bytes, rounded up)`,
  },
  'max.block.ms': rdAbsent('produce() never blocks; a full queue fails at once with QUEUE_FULL'),
  'max.request.size': rd('message.max.bytes', ' — maximum protocol request size'),
  'max.in.flight.requests.per.connection': rd('max.in.flight.requests.per.connection'),
  acks: {
    name: 'acks',
    value: (v) => (v === 'all' || v === '-1' ? -1 : Number(v)),
    source: `${RD}: acks (alias of request.required.acks), an integer: -1 = all in-sync replicas`,
  },
  'enable.idempotence': rd('enable.idempotence'),
  retries: rd('retries', ' (alias of message.send.max.retries)'),
  'retry.backoff.ms': rd('retry.backoff.ms'),
  'retry.backoff.max.ms': rdAbsent('not in this version (a fixed retry.backoff.ms)'),
  'request.timeout.ms': rd('request.timeout.ms', ' (topic property)'),
  'delivery.timeout.ms': rd('delivery.timeout.ms', ' (topic property, alias of message.timeout.ms)'),
  'compression.type': {
    name: 'compression.type',
    value: (v) => String(v),
    source: `${RD}: compression.type (alias of compression.codec): none, gzip, snappy, lz4, zstd`,
  },
  'key.serializer': rdAbsent('no serializer property; confluent-kafka’s Producer takes bytes or str'),
  'value.serializer': rdAbsent('no serializer property; confluent-kafka’s Producer takes bytes or str'),
  'partitioner.class': rdAbsent(
    'no round-robin partitioner (partitioner: random, consistent*, murmur2*, fnv1a*)',
  ),
  'partitioner.adaptive.partitioning.enable': rdAbsent('no adaptive partitioning'),
  'partitioner.availability.timeout.ms': rdAbsent('no partition availability timeout'),
  'partitioner.ignore.keys': rdAbsent('no such switch (partitioner=random ignores keys but is not sticky)'),
  // consumer
  'metadata.max.age.ms': rd(
    'topic.metadata.refresh.interval.ms',
    ' — the periodic refresh; librdkafka’s own metadata.max.age.ms is a cache age',
  ),
  'max.poll.records': rdAbsent('no such property; consume(num_messages=…) takes it per call'),
  'fetch.min.bytes': rd('fetch.min.bytes'),
  'fetch.max.wait.ms': rd('fetch.wait.max.ms', ' (the words swapped)'),
  'max.partition.fetch.bytes': rd('max.partition.fetch.bytes', ' (alias of fetch.message.max.bytes)'),
  'fetch.max.bytes': rd('fetch.max.bytes'),
  'enable.auto.commit': rd('enable.auto.commit'),
  'auto.commit.interval.ms': rd('auto.commit.interval.ms'),
  'auto.offset.reset': {
    name: 'auto.offset.reset',
    value: (v) => (v === 'none' ? 'error' : String(v)),
    source: `${RD}: auto.offset.reset: earliest, latest, or error (Java's none)`,
  },
  'session.timeout.ms': rd('session.timeout.ms'),
  'heartbeat.interval.ms': rd('heartbeat.interval.ms'),
  'max.poll.interval.ms': rd('max.poll.interval.ms'),
  'partition.assignment.strategy': {
    name: 'partition.assignment.strategy',
    value: (v) => {
      const names = String(v).split(',');
      const supported = ['range', 'roundrobin', 'cooperative-sticky'];
      const mixed = names.includes('cooperative-sticky') && names.length > 1;
      return names.every((n) => supported.includes(n)) && !mixed ? names.join(',') : undefined;
    },
    source: `${RD}: range, roundrobin, cooperative-sticky; cooperative and eager must not be mixed (no eager sticky)`,
  },
  'key.deserializer': rdAbsent('no deserializer property; confluent-kafka’s Consumer returns bytes'),
  'value.deserializer': rdAbsent('no deserializer property; confluent-kafka’s Consumer returns bytes'),
};

// ---------------------------------------------------------------- the clients' own defaults

/**
 * kafka-python's own defaults (KafkaProducer/KafkaConsumer.DEFAULT_CONFIG, checked against
 * fixtures/kafka-python.json), in its value form, by Java key. Where they differ from the version
 * profile's, the export says so: code with only the differing keys would otherwise run with these.
 */
export const KAFKA_PYTHON_DEFAULTS: Readonly<Record<string, PyValue>> = {
  'linger.ms': 0,
  'batch.size': 16384,
  'buffer.memory': 33554432,
  'max.block.ms': 60000,
  'max.request.size': 1048576,
  'max.in.flight.requests.per.connection': 5,
  acks: 1,
  retries: 0,
  'retry.backoff.ms': 100,
  'request.timeout.ms': 30000,
  'compression.type': null,
  'metadata.max.age.ms': 300000,
  'max.poll.records': 500,
  'fetch.min.bytes': 1,
  'fetch.max.wait.ms': 500,
  'max.partition.fetch.bytes': 1048576,
  'fetch.max.bytes': 52428800,
  'enable.auto.commit': true,
  'auto.commit.interval.ms': 5000,
  'auto.offset.reset': 'latest',
  'session.timeout.ms': 10000,
  'heartbeat.interval.ms': 3000,
  'max.poll.interval.ms': 300000,
};

/**
 * librdkafka's own defaults (CONFIGURATION.md, checked against fixtures/librdkafka.json), in its value
 * form, by Java key. auto.offset.reset's default is "largest", librdkafka's alias of "latest".
 */
export const LIBRDKAFKA_DEFAULTS: Readonly<Record<string, PyValue>> = {
  'linger.ms': 5,
  'batch.size': 1000000,
  'buffer.memory': 1048576,
  'max.request.size': 1000000,
  'max.in.flight.requests.per.connection': 1000000,
  acks: -1,
  'enable.idempotence': false,
  retries: 2147483647,
  'retry.backoff.ms': 100,
  'request.timeout.ms': 30000,
  'delivery.timeout.ms': 300000,
  'compression.type': 'none',
  'metadata.max.age.ms': 300000,
  'fetch.min.bytes': 1,
  'fetch.max.wait.ms': 500,
  'max.partition.fetch.bytes': 1048576,
  'fetch.max.bytes': 52428800,
  'enable.auto.commit': true,
  'auto.commit.interval.ms': 5000,
  'auto.offset.reset': 'latest',
  'session.timeout.ms': 45000,
  'heartbeat.interval.ms': 3000,
  'max.poll.interval.ms': 300000,
};
