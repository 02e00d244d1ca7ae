/**
 * Config types derived from the key tables, and the one typed way to read a setting.
 *
 * The tables (`*Keys.ts`) are `as const`, so each key keeps its literal name, kind and allowed values;
 * `ConfigOf` turns a table into an object type (`linger.ms: number`, `acks: '0' | '1' | 'all' | '-1'`,
 * `enable.idempotence: boolean`). A resolved config holds every key of its scope (simulation.ts starts
 * from the version's defaults and the scenario parser checks each value against its spec), which is
 * what makes these types true at run time.
 */
import { setOwn } from '../core/idTable';
import type { BROKER_KEYS } from './brokerKeys';
import { defaultsFor, findKey, normaliseValue } from './catalogue';
import type { CONSUMER_KEYS } from './consumerKeys';
import type { PRODUCER_KEYS } from './producerKeys';
import type { TOPIC_KEYS } from './topicKeys';
import type { ConfigKeySpec, ConfigScope, ConfigValue, KafkaVersion } from './types';

/** The run-time type of one key's value, from its spec's kind (and, for enums, its allowed values). */
type ValueOfSpec<S> = S extends { kind: 'int' }
  ? number
  : S extends { kind: 'bool' }
    ? boolean
    : S extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : never;

/** An object type with one property per key of a table. */
export type ConfigOf<Table extends readonly ConfigKeySpec[]> = {
  [S in Table[number] as S['key']]: ValueOfSpec<S>;
};

export type ProducerConfig = ConfigOf<typeof PRODUCER_KEYS>;
export type ConsumerConfig = ConfigOf<typeof CONSUMER_KEYS>;
export type TopicConfig = ConfigOf<typeof TOPIC_KEYS>;
export type BrokerConfig = ConfigOf<typeof BROKER_KEYS>;

export interface ConfigByScope {
  producer: ProducerConfig;
  consumer: ConsumerConfig;
  topic: TopicConfig;
  broker: BrokerConfig;
}

/**
 * A scope's config as a client or broker runs with it: the version's defaults, then the given keys
 * (acks=-1 normalised to all). The one place a plain object becomes a typed config: every key of the
 * scope is set here, and the scenario parser and actions/apply.ts check given values against their specs.
 */
export function resolveConfig<S extends ConfigScope>(
  scope: S,
  version: KafkaVersion,
  given: Readonly<Record<string, ConfigValue>>,
): ConfigByScope[S] {
  const config = defaultsFor(scope, version);
  for (const [key, value] of Object.entries(given)) {
    const spec = findKey(scope, key);
    setOwn(config, key, spec ? normaliseValue(spec, value) : value);
  }
  return config as ConfigByScope[S];
}

/**
 * A setting of a resolved config: the key must be one of its scope's keys (a misspelt key does not
 * compile) and the result has that key's type, so no read site needs `as number`.
 */
export function configValue<C extends object, K extends keyof C>(config: C, key: K): C[K] {
  return config[key];
}

/** The keys of a config whose values are numbers (for helpers such as `topicNumber`). */
export type NumberKeyOf<C> = { [K in keyof C]: C[K] extends number ? K : never }[keyof C];

/**
 * A setting whose key is known only at run time (controls and narration that walk the key tables by
 * name): any config value, or undefined when the config has no such key.
 */
export function configValueByName(
  config: Readonly<Record<string, ConfigValue>>,
  key: string,
): ConfigValue | undefined {
  return config[key];
}

/** Sets a value by name; the caller has checked it against the key's spec (actions/apply.ts). */
export function setConfigValueByName(
  config: Record<string, ConfigValue>,
  key: string,
  value: ConfigValue,
): void {
  config[key] = value;
}
