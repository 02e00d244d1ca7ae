/**
 * The scenario file format, as a zod schema. Config keys are spelled exactly as Kafka spells them and
 * checked against the engine's catalogue: an unknown key is an error that suggests the nearest real one.
 */
import { z } from 'zod';
import { CLUSTER_MODES, KAFKA_VERSIONS, checkValue, findKey, suggestKey, type ConfigScope } from '../engine';
import { groupActionSchemas } from './groupActionSchema';
import { PANEL_IDS } from './panels';
import { LIMITS, limitMessage, type LimitName } from './limits';

/**
 * JSON.parse keeps a `"__proto__"` key as an own property, but a record schema drops it silently (and with
 * it any wrong value inside), so it is refused here, before the record is built.
 */
function refuseProtoKey(raw: unknown, ctx: z.RefinementCtx): unknown {
  if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, '__proto__'))
    ctx.addIssue({ code: 'custom', path: ['__proto__'], message: '"__proto__" is not a config key' });
  return raw;
}

/** What a wrong value was, in words ("object", "null", "array" …). */
function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** A config value: a number, string or boolean; anything else says what it got. */
export const configValue = z.union([z.number(), z.string(), z.boolean()], {
  error: (iss) => `expected a number, string or boolean, got ${kindOf(iss.input)}`,
});

/** An array of at most LIMITS[name] entries; the message names the limit. */
function limited<T extends z.ZodType>(item: T, name: LimitName) {
  return z.array(item).max(LIMITS[name], {
    error: (iss) => limitMessage(name, Array.isArray(iss.input) ? iss.input.length : LIMITS[name] + 1),
  });
}

/** A number at most LIMITS[name]; the message names the limit. */
function upTo(schema: z.ZodNumber, name: LimitName) {
  return schema.max(LIMITS[name], { error: (iss) => limitMessage(name, Number(iss.input)) });
}

function configMap(scope: ConfigScope) {
  const record = z.record(z.string(), configValue);
  return z.preprocess(refuseProtoKey, record).superRefine((config, ctx) => {
    for (const [key, value] of Object.entries(config)) {
      const spec = findKey(scope, key);
      if (!spec) {
        const hint = suggestKey(scope, key);
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown ${scope} config${hint ? ` (did you mean "${hint}"?)` : ''}`,
        });
        continue;
      }
      const problem = checkValue(spec, value);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
    }
  });
}

const id = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'expected 1–64 letters, digits, ".", "_" or "-"');
const count = (min: number, max: number) => z.number().int().min(min).max(max);

const keySpec = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('list'), values: z.array(z.string().max(1000)).min(1).max(10000) }),
  z.strictObject({ type: z.literal('sequence'), prefix: z.string().max(100), count: count(1, 1_000_000) }),
  z.strictObject({
    type: z.literal('zipf'),
    prefix: z.string().max(100),
    count: count(1, 100_000),
    exponent: z.number().min(0).max(5),
  }),
  z.strictObject({
    type: z.literal('hot'),
    hotKey: z.string().max(1000),
    sharePercent: z.number().min(0).max(100),
    prefix: z.string().max(100),
    count: count(1, 1_000_000),
  }),
]);

/** One timeline entry (an action with its `atMs`); lessons validate their actions with it too. */
export const timelineActionSchema = z.discriminatedUnion('action', [
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('setProducerConfig'),
    producer: id,
    key: z.string(),
    value: configValue,
  }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('setConsumerConfig'),
    group: id,
    key: z.string(),
    value: configValue,
  }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('setTopicConfig'),
    topic: id,
    key: z.string(),
    value: configValue,
  }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('setBrokerConfig'),
    key: z.string(),
    value: configValue,
  }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('setWorkload'),
    producer: id,
    recordsPerSec: upTo(z.number().min(0), 'recordsPerSec').optional(),
    valueBytes: count(0, 10_000_000).optional(),
    keys: keySpec.optional(),
  }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('addPartitions'),
    topic: id,
    partitions: upTo(z.number().int().min(1), 'partitionsPerTopic'),
  }),
  // Failures (issue 4): broker ids are 0 … cluster.brokers − 1.
  z.strictObject({ atMs: z.number().int().min(0), action: z.literal('crashBroker'), broker: count(0, 8) }),
  z.strictObject({ atMs: z.number().int().min(0), action: z.literal('restartBroker'), broker: count(0, 8) }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('slowFollower'),
    broker: count(0, 8),
    fetchDelayMs: count(0, 3_600_000),
  }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('isolateBroker'),
    broker: count(0, 8),
    isolated: z.boolean(),
  }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('dropProduceResponse'),
    broker: count(0, 8),
    count: count(1, 1000).optional(),
  }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('isrDip'),
    broker: count(0, 8),
    count: count(1, 1000).optional(),
  }),
  z.strictObject({ atMs: z.number().int().min(0), action: z.literal('flushProducer'), producer: id }),
  z.strictObject({
    atMs: z.number().int().min(0),
    action: z.literal('closeProducer'),
    producer: id,
    timeoutMs: z.number().int().min(0).optional(),
  }),
  z.strictObject({ atMs: z.number().int().min(0), action: z.literal('killProducer'), producer: id }),
  ...groupActionSchemas(id),
]);

export const scenarioSchema = z.strictObject({
  $schema: z.string().max(LIMITS.schemaUrlChars).optional(),
  version: z.literal(1),
  name: z.string().min(1).max(200),
  title: z
    .strictObject({ en: z.string().max(200).optional(), ko: z.string().max(200).optional() })
    .optional(),
  description: z
    .strictObject({ en: z.string().max(2000).optional(), ko: z.string().max(2000).optional() })
    .optional(),
  seed: z.number().int().min(0).max(4294967295),
  durationMs: upTo(z.number().int().min(1), 'runMs'),
  kafkaVersion: z.enum(KAFKA_VERSIONS as ['4.0', '3.x', '3.6', '3.2', '2.8', '2.3']).default('4.0'),
  cluster: z.strictObject({
    brokers: upTo(z.number().int().min(1), 'brokers'),
    networkDelayMs: count(0, 60000).default(5),
    config: configMap('broker').default({}),
    mode: z.enum(CLUSTER_MODES as ['kraft', 'zookeeper']).optional(),
  }),
  topics: limited(
    z.strictObject({
      name: id,
      partitions: upTo(z.number().int().min(1), 'partitionsPerTopic'),
      replicationFactor: count(1, 9).default(1),
      config: configMap('topic').default({}),
    }),
    'topics',
  ).min(1),
  producers: limited(
    z.strictObject({
      id,
      topic: id,
      config: configMap('producer').default({}),
      workload: z.strictObject({
        recordsPerSec: upTo(z.number().min(0), 'recordsPerSec'),
        valueBytes: count(0, 10_000_000),
        keys: keySpec.default({ type: 'none' }),
      }),
    }),
    'producers',
  ).default([]),
  consumerGroups: limited(
    z.strictObject({
      id,
      topics: z.array(id).min(1),
      members: upTo(z.number().int().min(0), 'membersPerGroup'),
      config: configMap('consumer').default({}),
      workload: z
        .strictObject({
          processingMsPerRecord: z.number().min(0).max(3_600_000).default(0),
          pollTimeoutMs: count(1, 3_600_000).default(100),
          commitMode: z.enum(['none', 'commitSync', 'commitAsync']).optional(),
        })
        .default({ processingMsPerRecord: 0, pollTimeoutMs: 100 }),
      groupInstanceIds: z.array(id).max(LIMITS.membersPerGroup).optional(),
      /** group.protocol: `consumer` is KIP-848 (GA in Kafka 4.0); group.remote.assignor picks its assignor. */
      protocol: z.enum(['classic', 'consumer']).optional(),
      remoteAssignor: z.enum(['uniform', 'range']).optional(),
    }),
    'consumerGroups',
  ).default([]),
  timeline: limited(timelineActionSchema, 'timelineActions').default([]),
  /** The panels that matter for this scenario (the others collapse behind "show all panels"). */
  panels: z.array(z.enum(PANEL_IDS)).min(1).optional(),
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
