/**
 * Turns untrusted JSON (a file, a URL, a CLI argument) into a valid Scenario, or into messages that
 * name the source, the JSON path and the problem: `orders.json: producers[0].config["linger.ms"]: …`.
 */
import {
  allowedClusterModes,
  checkValue,
  consumerConfigErrors,
  consumerProtocolVersionError,
  consumerStartupErrors,
  defaultsFor,
  findKey,
  producerStartupErrors,
  suggestKey,
  type Scenario,
} from '../engine';
import { parseJsonText } from './jsonText';
import { scenarioSchema } from './schema';
import { totalLimitErrors } from './scenarioTotals';
import { timelineDryRunErrors } from './timelineDryRun';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Formats a JSON path the way a person would write it in JavaScript: a.b[0]["linger.ms"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part))
      out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(root)';
}

/** Validates parsed JSON; `source` names where it came from in every message. */
export function parseScenarioObject(data: unknown, source: string): ParseResult {
  const result = scenarioSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((i) => `${source}: ${formatPath(i.path)}: ${describeIssue(i)}`),
    };
  }
  const scenario = result.data as Scenario;
  const problems = [...totalLimitErrors(scenario), ...crossCheck(scenario)];
  // Only a scenario whose parts all exist and fit the limits is dry-run through the engine.
  if (problems.length === 0) problems.push(...timelineDryRunErrors(scenario));
  const errors = problems.map((e) => `${source}: ${e}`);
  return errors.length ? { ok: false, errors } : { ok: true, scenario };
}

function describeIssue(issue: { code: string; message: string }): string {
  const message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type') {
    const missing = /^expected (.+), received undefined$/.exec(message);
    if (missing) return `missing (expected ${missing[1]})`;
  }
  if (issue.code === 'unrecognized_keys') return message.replace(/^Unrecognized key/, 'unknown field');
  return message;
}

/** Parses JSON text first, reporting syntax errors with their position. */
export function parseScenarioText(text: string, source: string): ParseResult {
  const parsed = parseJsonText(text);
  if ('syntax' in parsed) return { ok: false, errors: [`${source}: not valid JSON ${parsed.syntax}`] };
  return parseScenarioObject(parsed.value, source);
}

const SCOPE_OF = {
  setProducerConfig: 'producer',
  setConsumerConfig: 'consumer',
  setTopicConfig: 'topic',
  setBrokerConfig: 'broker',
} as const;

/** References between parts of the scenario: every topic, producer and group named must exist. */
function crossCheck(s: Scenario): string[] {
  const errors: string[] = [];
  const topics = new Set(s.topics.map((t) => t.name));
  // A Set keeps this linear (an indexOf per id took a minute for 300,000 topics).
  const unique = (ids: string[], what: string, path: string) => {
    const seen = new Set<string>();
    ids.forEach((v, i) => {
      if (seen.has(v)) errors.push(`${path}[${i}]: duplicate ${what} "${v}"`);
      seen.add(v);
    });
  };
  unique(
    s.topics.map((t) => t.name),
    'topic name',
    'topics',
  );
  unique(
    s.producers.map((p) => p.id),
    'producer id',
    'producers',
  );
  unique(
    s.consumerGroups.map((g) => g.id),
    'group id',
    'consumerGroups',
  );
  const mode = s.cluster.mode;
  if (mode !== undefined && !allowedClusterModes(s.kafkaVersion).includes(mode)) {
    errors.push(
      mode === 'zookeeper'
        ? `cluster.mode: Kafka ${s.kafkaVersion} runs only in KRaft mode (ZooKeeper mode was removed in 4.0)`
        : `cluster.mode: the Kafka ${s.kafkaVersion} profile runs only in ZooKeeper mode (KRaft is modelled from 3.0)`,
    );
  }
  s.topics.forEach((t, i) => {
    if (t.replicationFactor > s.cluster.brokers) {
      errors.push(
        `topics[${i}].replicationFactor: ${t.replicationFactor} is more than the ${s.cluster.brokers} broker(s) in cluster.brokers`,
      );
    }
  });
  s.producers.forEach((p, i) => {
    if (!topics.has(p.topic)) errors.push(`producers[${i}].topic: no topic "${p.topic}" in topics`);
    // A KafkaProducer with these settings would not start (ConfigException), so the scenario is invalid.
    for (const e of producerStartupErrors(p.config, s.kafkaVersion))
      errors.push(`producers[${i}].config: ${e}`);
  });
  s.timeline.forEach((a, i) => {
    if ('broker' in a && a.broker >= s.cluster.brokers)
      errors.push(`timeline[${i}].broker: no broker ${a.broker} (brokers are 0–${s.cluster.brokers - 1})`);
  });
  s.consumerGroups.forEach((g, i) => {
    g.topics.forEach((t, j) => {
      if (!topics.has(t)) errors.push(`consumerGroups[${i}].topics[${j}]: no topic "${t}" in topics`);
    });
    // Heartbeat vs session timeout, and the broker's session range (consumer/configRules.ts).
    for (const e of consumerStartupErrors(g.config, s.kafkaVersion))
      errors.push(`consumerGroups[${i}].config: ${e}`);
    const protocolError = g.protocol === 'consumer' ? consumerProtocolVersionError(s.kafkaVersion) : null;
    if (protocolError) errors.push(`consumerGroups[${i}].protocol: ${protocolError}`);
  });
  errors.push(...timelineConsumerErrors(s));
  const producers = new Set(s.producers.map((p) => p.id));
  const groups = new Set(s.consumerGroups.map((g) => g.id));
  s.timeline.forEach((a, i) => {
    if ('producer' in a && !producers.has(a.producer))
      errors.push(`timeline[${i}].producer: no producer "${a.producer}"`);
    if ('group' in a && !groups.has(a.group))
      errors.push(`timeline[${i}].group: no consumer group "${a.group}"`);
    if ((a.action === 'addPartitions' || a.action === 'setTopicConfig') && !topics.has(a.topic))
      errors.push(`timeline[${i}].topic: no topic "${a.topic}"`);
    if (
      a.action === 'setProducerConfig' ||
      a.action === 'setConsumerConfig' ||
      a.action === 'setTopicConfig' ||
      a.action === 'setBrokerConfig'
    ) {
      const scope = SCOPE_OF[a.action];
      const spec = findKey(scope, a.key);
      const hint = spec ? undefined : suggestKey(scope, a.key);
      const problem = spec
        ? checkValue(spec, a.value)
        : `unknown ${scope} config "${a.key}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
      if (problem) errors.push(`timeline[${i}]: ${spec ? `${a.key}: ` : ''}${problem}`);
    }
  });
  return errors;
}

/** A timeline's setConsumerConfig that would give its group a config Kafka refuses, checked in order. */
function timelineConsumerErrors(s: Scenario): string[] {
  const errors: string[] = [];
  const configs = new Map(
    s.consumerGroups.map((g) => [g.id, { ...defaultsFor('consumer', s.kafkaVersion), ...g.config }]),
  );
  const inTimeOrder = s.timeline.map((a, i) => ({ a, i })).sort((x, y) => x.a.atMs - y.a.atMs || x.i - y.i);
  for (const { a, i } of inTimeOrder) {
    if (a.action !== 'setConsumerConfig') continue;
    const config = configs.get(a.group);
    const spec = findKey('consumer', a.key);
    if (!config || !spec || checkValue(spec, a.value)) continue;
    const next = { ...config, [a.key]: a.value };
    const problems = consumerConfigErrors(next);
    if (problems.length > 0) errors.push(`timeline[${i}]: ${a.key}: ${problems.join(' ')}`);
    else configs.set(a.group, next);
  }
  return errors;
}
