/**
 * The three export forms: a Java .properties file, kafka-python constructor arguments and a
 * confluent-kafka-python (librdkafka) dict. Each starts with a comment naming the version profile whose
 * defaults apply to everything not written, and lists what the client cannot express.
 */
import { defaultOf, keysOf } from '../../engine';
import { versionLabel } from '../../i18n/versionLabel';
import type { ClientSettings, ExportInput, Setting } from './collect';
import {
  javaKey,
  KAFKA_PYTHON_DEFAULTS,
  KAFKA_PYTHON_TABLE,
  LIBRDKAFKA_DEFAULTS,
  LIBRDKAFKA_TABLE,
  type ClientTable,
  type PyValue,
} from './mappings';

export type ExportFormat = 'properties' | 'kafka-python' | 'confluent-kafka';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['properties', 'kafka-python', 'confluent-kafka'];

/** Where the exported clients connect; the simulation has no addresses, so a placeholder. */
export const BOOTSTRAP = 'localhost:9092';

const header = (input: ExportInput, comment: string) => [
  `${comment} Kafka ${versionLabel(input.version)} client defaults otherwise`,
  `${comment} Exported from KafkaScope: only the settings that differ from those defaults.`,
];

const javaSetting = (s: Setting) => `${s.key}=${s.value}`;

// ---------------------------------------------------------------- Java .properties

function propertiesSection(kind: 'producer' | 'consumer', c: ClientSettings): string[] {
  const what =
    kind === 'producer'
      ? `producer "${c.id}" (topic ${c.topics.join(', ')})`
      : `consumer group "${c.id}" (topics ${c.topics.join(', ')})`;
  const lines = [`# ---- ${what}: ${kind}.properties ----`, `bootstrap.servers=${BOOTSTRAP}`];
  if (kind === 'consumer') lines.push(`group.id=${c.id}`);
  // Java has no default serializer: the key is required, so the file always names one.
  const serde =
    kind === 'producer' ? ['key.serializer', 'value.serializer'] : ['key.deserializer', 'value.deserializer'];
  for (const key of serde) {
    if (!c.settings.some((s) => s.key === key)) {
      const fallback = kind === 'producer' ? 'StringSerializer' : 'string';
      lines.push(`${key}=${javaKey(key).value!(fallback)!}`);
    }
  }
  const unsupported: string[] = [];
  for (const s of c.settings) {
    const entry = javaKey(s.key);
    const value = entry.value!(s.value);
    if (value === undefined) unsupported.push(javaSetting(s));
    else lines.push(`${entry.name}=${value}`);
  }
  if (unsupported.length) lines.push(`# not expressible in the Java client: ${unsupported.join(', ')}`);
  if (c.brokerSettings.length) {
    lines.push('# broker settings (server.properties), not consumer settings:');
    for (const s of c.brokerSettings) lines.push(`# ${javaSetting(s)}`);
  }
  return lines;
}

/** A Java .properties file: one section per producer and per consumer group. */
export function toJavaProperties(input: ExportInput): string {
  const blocks = [
    header(input, '#'),
    ...input.producers.map((p) => propertiesSection('producer', p)),
    ...input.consumers.map((c) => propertiesSection('consumer', c)),
  ];
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}

// ---------------------------------------------------------------- Python (both clients)

/** A Python literal (double-quoted strings, True/False/None) or code. */
export function pyLiteral(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return v.code;
}

/** A Python identifier from a producer or group id ("orders-app" → orders_app). */
export function pyName(id: string, taken: Set<string>): string {
  let name = id.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1') || 'client';
  for (let i = 2; taken.has(name); i++) name = `${name.replace(/_\d+$/, '')}_${i}`;
  taken.add(name);
  return name;
}

interface Mapped {
  args: [string, PyValue][];
  unsupported: string[];
  imports: string[];
}

function mapSettings(settings: Setting[], table: ClientTable<PyValue>): Mapped {
  const out: Mapped = { args: [], unsupported: [], imports: [] };
  for (const s of settings) {
    const entry = table[s.key];
    const value = entry?.name ? entry.value?.(s.value) : undefined;
    if (!entry?.name || value === undefined) {
      out.unsupported.push(javaSetting(s));
      continue;
    }
    out.args.push([entry.name, value]);
    if (value !== null && typeof value === 'object') out.imports.push(...(value.imports ?? []));
  }
  return out;
}

/**
 * The keys left out (at the profile's default) whose default in this client is different: written as
 * the value to add for the client to behave as simulated, with the client's own default.
 */
export function defaultsThatDiffer(
  kind: 'producer' | 'consumer',
  c: ClientSettings,
  version: ExportInput['version'],
  table: ClientTable<PyValue>,
  clientDefaults: Readonly<Record<string, PyValue>>,
): string[] {
  const out: string[] = [];
  for (const spec of keysOf(kind)) {
    const entry = table[spec.key];
    if (
      !entry?.name ||
      !Object.hasOwn(clientDefaults, spec.key) ||
      c.settings.some((s) => s.key === spec.key)
    )
      continue;
    const wanted = entry.value?.(defaultOf(spec, version));
    if (wanted === undefined || pyLiteral(wanted) === pyLiteral(clientDefaults[spec.key]!)) continue;
    out.push(`${entry.name}=${pyLiteral(wanted)} (its default: ${pyLiteral(clientDefaults[spec.key]!)})`);
  }
  return out;
}

function defaultsComment(client: string, version: ExportInput['version'], differ: string[]): string[] {
  return differ.length
    ? [
        `# ${client}'s own defaults differ from Kafka ${versionLabel(version)}'s; to match, add: ${differ.join(', ')}`,
      ]
    : [];
}

function brokerComment(c: ClientSettings): string[] {
  return c.brokerSettings.length
    ? [
        `# broker settings (server.properties), not client settings: ${c.brokerSettings.map(javaSetting).join(', ')}`,
      ]
    : [];
}

// ---------------------------------------------------------------- kafka-python

/** kafka-python constructor calls: KafkaProducer(...) per producer, KafkaConsumer(...) per group. */
export function toKafkaPython(input: ExportInput): string {
  const taken = new Set<string>();
  const imports = new Set<string>(['from kafka import KafkaConsumer, KafkaProducer']);
  const blocks: string[][] = [];
  const section = (kind: 'producer' | 'consumer', c: ClientSettings) => {
    const m = mapSettings(c.settings, KAFKA_PYTHON_TABLE);
    m.imports.forEach((i) => imports.add(i));
    const args = [
      ...(kind === 'consumer' ? c.topics.map((t) => JSON.stringify(t)) : []),
      `bootstrap_servers=${JSON.stringify(BOOTSTRAP)}`,
      ...(kind === 'consumer' ? [`group_id=${JSON.stringify(c.id)}`] : []),
      ...m.args.map(([k, v]) => `${k}=${pyLiteral(v)}`),
    ];
    const cls = kind === 'producer' ? 'KafkaProducer' : 'KafkaConsumer';
    blocks.push([
      `${pyName(c.id, taken)} = ${cls}(`,
      ...args.map((a) => `    ${a},`),
      ')',
      ...(m.unsupported.length ? [`# not supported by kafka-python: ${m.unsupported.join(', ')}`] : []),
      ...defaultsComment(
        'kafka-python',
        input.version,
        defaultsThatDiffer(kind, c, input.version, KAFKA_PYTHON_TABLE, KAFKA_PYTHON_DEFAULTS),
      ),
      ...brokerComment(c),
    ]);
  };
  input.producers.forEach((p) => section('producer', p));
  input.consumers.forEach((c) => section('consumer', c));
  const head = [...header(input, '#'), '# kafka-python 2.0.2 names and value forms.', ...[...imports].sort()];
  return [head, ...blocks].map((b) => b.join('\n')).join('\n\n') + '\n';
}

// ---------------------------------------------------------------- confluent-kafka-python / librdkafka

/** confluent-kafka-python dicts with librdkafka's property names. */
export function toConfluentKafka(input: ExportInput): string {
  const taken = new Set<string>();
  const blocks: string[][] = [];
  const section = (kind: 'producer' | 'consumer', c: ClientSettings) => {
    const m = mapSettings(c.settings, LIBRDKAFKA_TABLE);
    const entries: [string, string, string?][] = [
      ['bootstrap.servers', JSON.stringify(BOOTSTRAP)],
      ...(kind === 'consumer' ? ([['group.id', JSON.stringify(c.id)]] as [string, string][]) : []),
      // librdkafka's default partitioner is consistent_random (CRC32): murmur2_random is Java's.
      ...(kind === 'producer'
        ? ([['partitioner', '"murmur2_random"', 'Java’s murmur2 key hashing']] as [string, string, string][])
        : []),
      ...m.args.map(([k, v]): [string, string] => [k, pyLiteral(v)]),
    ];
    const name = pyName(`${c.id}_config`, taken);
    const client = pyName(c.id, taken);
    const cls = kind === 'producer' ? 'Producer' : 'Consumer';
    blocks.push([
      `${name} = {`,
      ...entries.map(([k, v, note]) => `    ${JSON.stringify(k)}: ${v},${note ? `  # ${note}` : ''}`),
      '}',
      ...(m.unsupported.length ? [`# not supported by librdkafka: ${m.unsupported.join(', ')}`] : []),
      ...defaultsComment(
        'librdkafka',
        input.version,
        defaultsThatDiffer(kind, c, input.version, LIBRDKAFKA_TABLE, LIBRDKAFKA_DEFAULTS),
      ),
      ...brokerComment(c),
      `${client} = ${cls}(${name})`,
      ...(kind === 'consumer' ? [`${client}.subscribe(${JSON.stringify(c.topics)})`] : []),
    ]);
  };
  input.producers.forEach((p) => section('producer', p));
  input.consumers.forEach((c) => section('consumer', c));
  const head = [
    ...header(input, '#'),
    '# librdkafka 2.0.2 property names (confluent-kafka-python).',
    'from confluent_kafka import Consumer, Producer',
  ];
  return [head, ...blocks].map((b) => b.join('\n')).join('\n\n') + '\n';
}

/** One export in the chosen form. */
export function exportConfig(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'properties':
      return toJavaProperties(input);
    case 'kafka-python':
      return toKafkaPython(input);
    case 'confluent-kafka':
      return toConfluentKafka(input);
  }
}
