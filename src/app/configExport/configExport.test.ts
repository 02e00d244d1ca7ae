import { describe, expect, it } from 'vitest';
import { apply, createSimulation, defaultOf, keysOf, snapshot } from '../../engine';
import type { ConfigKeySpec, ConfigScope, ConfigValue, KafkaVersion, SimSnapshot } from '../../engine';
import { findExample } from '../../scenarios';
import kafkaPython from './fixtures/kafka-python.json';
import librdkafka from './fixtures/librdkafka.json';
import {
  BROKER_SIDE_KEYS,
  collectSettings,
  exportConfig,
  EXPORT_FORMATS,
  KAFKA_PYTHON_DEFAULTS,
  KAFKA_PYTHON_TABLE,
  LIBRDKAFKA_DEFAULTS,
  LIBRDKAFKA_TABLE,
  type ExportInput,
  type Setting,
} from '.';

type Snap = Pick<SimSnapshot, 'kafkaVersion' | 'producers' | 'groups'>;

/** A minimal read model: one producer and one group with the given config over the version's defaults. */
function fakeSnap(
  version: KafkaVersion,
  producer: Record<string, ConfigValue> = {},
  consumer: Record<string, ConfigValue> = {},
): Snap {
  const defaults = (scope: ConfigScope) =>
    Object.fromEntries(keysOf(scope).map((s) => [s.key, defaultOf(s, version)]));
  return {
    kafkaVersion: version,
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        config: { ...defaults('producer'), ...producer },
        explicitKeys: Object.keys(producer),
      },
    ],
    groups: [
      {
        id: 'orders-app',
        topics: ['orders'],
        config: { ...defaults('consumer'), ...consumer },
        explicitKeys: Object.keys(consumer),
      },
    ],
  } as unknown as Snap;
}

const isClientKey = (s: ConfigKeySpec) => !s.simulatorOnly && !BROKER_SIDE_KEYS.has(s.key);

/** Every value worth trying for a key: each enum value, the other boolean, a changed integer. */
function candidates(spec: ConfigKeySpec, version: KafkaVersion): ConfigValue[] {
  const d = defaultOf(spec, version);
  if (spec.kind === 'enum') return spec.values!.filter((v) => v !== String(d));
  if (spec.kind === 'bool') return [!d];
  const n = (d as number) + 1;
  return [spec.max !== undefined && n > spec.max ? (d as number) - 1 : n];
}

/** One input per (key, candidate value), for both scopes — every form every key can take. */
function everySetting(version: KafkaVersion): ExportInput[] {
  const out: ExportInput[] = [];
  for (const scope of ['producer', 'consumer'] as const) {
    for (const spec of keysOf(scope)) {
      for (const value of candidates(spec, version)) {
        const input = collectSettings(
          scope === 'producer'
            ? fakeSnap(version, { [spec.key]: value })
            : fakeSnap(version, {}, { [spec.key]: value }),
        );
        out.push(input);
      }
    }
  }
  return out;
}

/** The keys an export emits, per section kind, from its text (sections as fakeSnap names them). */
function emittedKeys(
  format: (typeof EXPORT_FORMATS)[number],
  text: string,
): { producer: string[]; consumer: string[] } {
  const out = { producer: [] as string[], consumer: [] as string[] };
  const consumerStarts = /^# ---- consumer group "|= KafkaConsumer\(|^orders_app_config = \{/;
  const keyPattern = {
    properties: /^([a-z][a-z0-9.]*)=/,
    'kafka-python': /^ {4}([a-z_]+)=/,
    'confluent-kafka': /^ {4}"([^"]+)": /,
  }[format];
  let section: 'producer' | 'consumer' = 'producer';
  for (const line of text.split('\n')) {
    if (consumerStarts.test(line)) section = 'consumer';
    const m = keyPattern.exec(line);
    if (m) out[section].push(m[1]!);
  }
  return out;
}

const VERSIONS: KafkaVersion[] = ['4.0', '3.x', '3.6', '3.2', '2.3'];

describe('every key an export emits exists in that client', () => {
  const producerCatalogue = new Set(['bootstrap.servers', ...keysOf('producer').map((s) => s.key)]);
  const consumerCatalogue = new Set([
    'bootstrap.servers',
    'group.id',
    ...keysOf('consumer').map((s) => s.key),
  ]);
  const rd = (clients: string) =>
    new Set(
      [...Object.entries(librdkafka.global), ...Object.entries(librdkafka.topic)]
        .filter(([, p]) => p.clients === '*' || p.clients === clients)
        .map(([k]) => k),
    );

  it.each(VERSIONS)(
    'Java (catalogue names), kafka-python and librdkafka fixtures — profile %s',
    (version) => {
      const inputs = everySetting(version);
      expect(inputs.length).toBeGreaterThan(40);
      const seen = new Set<string>();
      for (const input of inputs) {
        const java = emittedKeys('properties', exportConfig('properties', input));
        java.producer.forEach((k) => expect(producerCatalogue).toContain(k));
        java.consumer.forEach((k) => expect(consumerCatalogue).toContain(k));
        const kp = emittedKeys('kafka-python', exportConfig('kafka-python', input));
        kp.producer.forEach((k) => expect(kafkaPython.producer).toContain(k));
        kp.consumer.forEach((k) => expect(kafkaPython.consumer).toContain(k));
        const conf = emittedKeys('confluent-kafka', exportConfig('confluent-kafka', input));
        conf.producer.forEach((k) => expect(rd('P')).toContain(k));
        conf.consumer.forEach((k) => expect(rd('C')).toContain(k));
        [java, kp, conf].forEach((e) => [...e.producer, ...e.consumer].forEach((k) => seen.add(k)));
      }
      // The parser really saw the sections: a consumer-only key of each client was read.
      for (const k of [
        'max.poll.records',
        'max_poll_records',
        'fetch.wait.max.ms',
        'queue.buffering.max.kbytes',
      ]) {
        expect(seen).toContain(k);
      }
    },
  );

  it('each client table covers every producer and consumer key, with a source note and a real name', () => {
    const clientKeys = [...keysOf('producer'), ...keysOf('consumer')].filter(isClientKey);
    const rdAll = new Set([...Object.keys(librdkafka.global), ...Object.keys(librdkafka.topic)]);
    const kpAll = new Set([...kafkaPython.producer, ...kafkaPython.consumer]);
    for (const spec of clientKeys) {
      const kp = KAFKA_PYTHON_TABLE[spec.key];
      const rdk = LIBRDKAFKA_TABLE[spec.key];
      expect(kp, spec.key).toBeDefined();
      expect(rdk, spec.key).toBeDefined();
      expect(kp!.source.length).toBeGreaterThan(10);
      expect(rdk!.source.length).toBeGreaterThan(10);
      if (kp!.name) expect(kpAll).toContain(kp!.name);
      if (rdk!.name) expect(rdAll).toContain(rdk!.name);
    }
  });

  it('the clients’ own defaults in the mapping module are the fixtures’ defaults', () => {
    for (const [key, value] of Object.entries(KAFKA_PYTHON_DEFAULTS)) {
      const name = KAFKA_PYTHON_TABLE[key]!.name!;
      const real = (
        keysOf('producer').some((k) => k.key === key)
          ? kafkaPython.producerDefaults
          : kafkaPython.consumerDefaults
      ) as Record<string, unknown>;
      expect(real[name], key).toEqual(value);
    }
    const rdDefaults: Record<string, string> = {};
    for (const [k, p] of [...Object.entries(librdkafka.topic), ...Object.entries(librdkafka.global)]) {
      if (p.clients !== '*' || !(k in rdDefaults)) rdDefaults[k] = p.default;
    }
    for (const [key, value] of Object.entries(LIBRDKAFKA_DEFAULTS)) {
      const name = LIBRDKAFKA_TABLE[key]!.name!;
      const real =
        name === 'auto.offset.reset' && rdDefaults[name] === 'largest' ? 'latest' : rdDefaults[name];
      expect(real, key).toBe(String(value));
    }
  });

  it('the keys a client lacks are really absent from its fixture', () => {
    expect(kafkaPython.producer).not.toContain('enable_idempotence');
    expect(kafkaPython.producer).not.toContain('delivery_timeout_ms');
    expect(Object.keys(librdkafka.global)).not.toContain('max.block.ms');
    expect(Object.keys(librdkafka.global)).not.toContain('max.poll.records');
    expect(librdkafka.partitioners).toContain('murmur2_random');
  });

  it('kafka-python values use its own forms (compression codecs, assignor classes)', () => {
    const text = exportConfig(
      'kafka-python',
      collectSettings(
        fakeSnap('4.0', { 'compression.type': 'zstd' }, { 'partition.assignment.strategy': 'sticky' }),
      ),
    );
    expect(text).toContain('compression_type="zstd"');
    expect(kafkaPython.compressionTypes).toContain('zstd');
    expect(text).toContain(
      'from kafka.coordinator.assignors.sticky.sticky_assignor import StickyPartitionAssignor',
    );
    expect(text).toContain('partition_assignment_strategy=[StickyPartitionAssignor]');
    expect(Object.keys(kafkaPython.assignors)).toContain(
      'kafka.coordinator.assignors.sticky.sticky_assignor.StickyPartitionAssignor',
    );
  });
});

describe('only what differs from the version profile', () => {
  it('linger.ms=5 is the 4.0 default but not the 3.x one (0)', () => {
    const at40 = collectSettings(fakeSnap('4.0', { 'linger.ms': 5 }));
    const at3x = collectSettings(fakeSnap('3.x', { 'linger.ms': 5 }));
    expect(at40.producers[0]!.settings).toEqual([]);
    expect(at3x.producers[0]!.settings).toEqual([{ key: 'linger.ms', value: 5 }]);
    expect(exportConfig('properties', at40)).not.toContain('linger.ms');
    expect(exportConfig('properties', at3x)).toContain('linger.ms=5');
    expect(exportConfig('properties', at3x)).toContain('# Kafka 3.7–3.9 client defaults otherwise');
    expect(exportConfig('properties', at40)).toContain('# Kafka 4.0 client defaults otherwise');
  });

  it('acks=1 is the ≤ 2.3 default; acks=-1 is the same as all', () => {
    expect(collectSettings(fakeSnap('2.3', { acks: '1' })).producers[0]!.settings).toEqual([]);
    expect(collectSettings(fakeSnap('4.0', { acks: '-1' })).producers[0]!.settings).toEqual([]);
    expect(collectSettings(fakeSnap('4.0', { acks: '1' })).producers[0]!.settings).toEqual([
      { key: 'acks', value: '1' },
    ]);
  });

  it('an explicit enable.idempotence=true is kept (it turns a conflict into a ConfigException)', () => {
    const input = collectSettings(fakeSnap('4.0', { 'enable.idempotence': true }));
    expect(input.producers[0]!.settings).toEqual([{ key: 'enable.idempotence', value: true }]);
  });

  it('broker-side group settings are not client settings', () => {
    const input = collectSettings(
      fakeSnap('4.0', {}, { 'offsets.retention.minutes': 60, 'max.poll.records': 10 }),
    );
    expect(input.consumers[0]!.settings).toEqual([{ key: 'max.poll.records', value: 10 }]);
    const props = exportConfig('properties', input);
    expect(props).toContain('# offsets.retention.minutes=60');
    expect(props).not.toMatch(/^offsets\.retention\.minutes/m);
  });
});

it('simulator-only keys never appear', () => {
  const snap = fakeSnap('3.2', {
    'kafkascope.client': 'kafka-python',
    'kafkascope.kafka9965.bug': false,
    'linger.ms': 7,
  });
  const input = collectSettings(snap);
  expect(input.producers[0]!.settings.map((s) => s.key)).toEqual(['linger.ms']);
  for (const format of EXPORT_FORMATS) expect(exportConfig(format, input)).not.toContain('kafkascope');
});

describe('values in each client’s form', () => {
  const input = (producer: Setting[], consumer: Setting[] = []): ExportInput => ({
    version: '4.0',
    producers: [{ id: 'p1', topics: ['t'], settings: producer, brokerSettings: [] }],
    consumers: [{ id: 'g1', topics: ['t'], settings: consumer, brokerSettings: [] }],
  });

  it('acks', () => {
    const all = input([{ key: 'acks', value: 'all' }]);
    const one = input([{ key: 'acks', value: '1' }]);
    expect(exportConfig('properties', one)).toContain('\nacks=1\n');
    expect(exportConfig('kafka-python', all)).toContain('    acks="all",');
    expect(exportConfig('kafka-python', one)).toContain('    acks=1,');
    expect(exportConfig('confluent-kafka', all)).toContain('    "acks": -1,');
    expect(exportConfig('confluent-kafka', one)).toContain('    "acks": 1,');
  });

  it('compression, booleans, buffer memory in KB, offset reset', () => {
    const i = input(
      [
        { key: 'compression.type', value: 'none' },
        { key: 'buffer.memory', value: 1048576 },
      ],
      [
        { key: 'enable.auto.commit', value: false },
        { key: 'auto.offset.reset', value: 'none' },
      ],
    );
    const kp = exportConfig('kafka-python', i);
    expect(kp).toContain('compression_type=None,');
    expect(kp).toContain('buffer_memory=1048576,');
    expect(kp).toContain('enable_auto_commit=False,');
    const conf = exportConfig('confluent-kafka', i);
    expect(conf).toContain('"queue.buffering.max.kbytes": 1024,');
    expect(conf).toContain('"enable.auto.commit": False,');
    expect(conf).toContain('"auto.offset.reset": "error",');
    const props = exportConfig('properties', i);
    expect(props).toContain('enable.auto.commit=false');
    expect(props).toContain('auto.offset.reset=none');
  });

  it('keys a client lacks are listed in a comment, not emitted', () => {
    const i = input(
      [
        { key: 'max.block.ms', value: 1000 },
        { key: 'enable.idempotence', value: false },
      ],
      [
        { key: 'max.poll.records', value: 10 },
        { key: 'fetch.max.wait.ms', value: 100 },
        { key: 'partition.assignment.strategy', value: 'sticky' },
      ],
    );
    const kp = exportConfig('kafka-python', i);
    expect(kp).toContain('# not supported by kafka-python: enable.idempotence=false');
    expect(kp).toContain('    max_block_ms=1000,');
    const conf = exportConfig('confluent-kafka', i);
    expect(conf).toContain('# not supported by librdkafka: max.block.ms=1000');
    expect(conf).toContain(
      '# not supported by librdkafka: max.poll.records=10, partition.assignment.strategy=sticky',
    );
    expect(conf).toContain('"fetch.wait.max.ms": 100,');
    expect(conf).toContain('"partitioner": "murmur2_random",');
  });
});

it('golden: linger-vs-batch-size after setting linger.ms=200', () => {
  const sim = createSimulation(findExample('linger-vs-batch-size')!.scenario);
  apply(sim, { action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 200 });
  const input = collectSettings(snapshot(sim));
  expect(exportConfig('properties', input)).toBe(`# Kafka 4.0 client defaults otherwise
# Exported from KafkaScope: only the settings that differ from those defaults.

# ---- producer "producer-1" (topic clicks): producer.properties ----
bootstrap.servers=localhost:9092
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=org.apache.kafka.common.serialization.StringSerializer
linger.ms=200

# ---- consumer group "clicks-app" (topics clicks): consumer.properties ----
bootstrap.servers=localhost:9092
group.id=clicks-app
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=org.apache.kafka.common.serialization.StringDeserializer
`);
  expect(exportConfig('kafka-python', input)).toBe(`# Kafka 4.0 client defaults otherwise
# Exported from KafkaScope: only the settings that differ from those defaults.
# kafka-python 2.0.2 names and value forms.
from kafka import KafkaConsumer, KafkaProducer

producer_1 = KafkaProducer(
    bootstrap_servers="localhost:9092",
    linger_ms=200,
)
# kafka-python's own defaults differ from Kafka 4.0's; to match, add: acks="all" (its default: 1), retries=2147483647 (its default: 0)

clicks_app = KafkaConsumer(
    "clicks",
    bootstrap_servers="localhost:9092",
    group_id="clicks-app",
)
# kafka-python's own defaults differ from Kafka 4.0's; to match, add: session_timeout_ms=45000 (its default: 10000)
`);
  expect(exportConfig('confluent-kafka', input)).toBe(`# Kafka 4.0 client defaults otherwise
# Exported from KafkaScope: only the settings that differ from those defaults.
# librdkafka 2.0.2 property names (confluent-kafka-python).
from confluent_kafka import Consumer, Producer

producer_1_config = {
    "bootstrap.servers": "localhost:9092",
    "partitioner": "murmur2_random",  # Java’s murmur2 key hashing
    "linger.ms": 200,
}
# librdkafka's own defaults differ from Kafka 4.0's; to match, add: batch.size=16384 (its default: 1000000), queue.buffering.max.kbytes=32768 (its default: 1048576), message.max.bytes=1048576 (its default: 1000000), max.in.flight.requests.per.connection=5 (its default: 1000000), enable.idempotence=True (its default: False), delivery.timeout.ms=120000 (its default: 300000)
producer_1 = Producer(producer_1_config)

clicks_app_config = {
    "bootstrap.servers": "localhost:9092",
    "group.id": "clicks-app",
}
clicks_app = Consumer(clicks_app_config)
clicks_app.subscribe(["clicks"])
`);
});
