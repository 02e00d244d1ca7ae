/**
 * Which settings an export shows: per producer and consumer group, the keys whose running value differs
 * from the version profile's default (the engine's catalogue), never the simulator's own `kafkascope.*`
 * switches. Keys the scenario set explicitly count too where Kafka behaves differently for an explicit
 * value (ProducerConfig: an explicit enable.idempotence=true makes a conflict a ConfigException).
 */
import { defaultOf, findKey, keysOf, normaliseValue } from '../../engine';
import type { ConfigScope, ConfigValue, KafkaVersion, SimSnapshot } from '../../engine';

export interface Setting {
  key: string;
  value: ConfigValue;
}

export interface ClientSettings {
  /** Producer id or consumer group id. */
  id: string;
  topics: string[];
  /** Client settings that differ from the defaults, in catalogue order. */
  settings: Setting[];
  /** Broker-side settings the catalogue keeps with the consumer (they go in server.properties). */
  brokerSettings: Setting[];
}

export interface ExportInput {
  version: KafkaVersion;
  producers: ClientSettings[];
  consumers: ClientSettings[];
}

/** Keys where an explicit value equal to the default still changes what the client does. */
const EXPLICIT_MATTERS = new Set(['enable.idempotence', 'delivery.timeout.ms']);

/**
 * Group-coordinator settings the catalogue files under the consumer because they shape a group's life;
 * they are broker configs (KafkaConfig / GroupCoordinatorConfig), not ConsumerConfig keys.
 */
export const BROKER_SIDE_KEYS = new Set([
  'group.initial.rebalance.delay.ms',
  'offsets.retention.minutes',
  'offsets.retention.check.interval.ms',
]);

function changed(
  scope: ConfigScope,
  version: KafkaVersion,
  config: Record<string, ConfigValue>,
  explicitKeys: readonly string[],
): Setting[] {
  const out: Setting[] = [];
  for (const [key, raw] of Object.entries(config)) {
    const spec = findKey(scope, key);
    if (!spec || spec.simulatorOnly || key.startsWith('kafkascope.')) continue;
    const value = normaliseValue(spec, raw);
    const fallback = normaliseValue(spec, defaultOf(spec, version));
    if (value !== fallback || (EXPLICIT_MATTERS.has(key) && explicitKeys.includes(key)))
      out.push({ key, value });
  }
  // Catalogue order: the order the settings panel shows, so an export reads like the panel.
  const order = keysOf(scope).map((s) => s.key);
  return out.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

/** The settings to export from a snapshot. */
export function collectSettings(
  snap: Pick<SimSnapshot, 'kafkaVersion' | 'producers' | 'groups'>,
): ExportInput {
  const version = snap.kafkaVersion as KafkaVersion;
  return {
    version,
    producers: snap.producers.map((p) => ({
      id: p.id,
      topics: [p.topic],
      settings: changed('producer', version, p.config, p.explicitKeys),
      brokerSettings: [],
    })),
    consumers: snap.groups.map((g) => {
      const all = changed('consumer', version, g.config, g.explicitKeys);
      return {
        id: g.id,
        topics: [...g.topics],
        settings: all.filter((s) => !BROKER_SIDE_KEYS.has(s.key)),
        brokerSettings: all.filter((s) => BROKER_SIDE_KEYS.has(s.key)),
      };
    }),
  };
}
