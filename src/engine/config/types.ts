/** Which Kafka client or server a config key belongs to. */
export type ConfigScope = 'producer' | 'consumer' | 'topic' | 'broker';

export type ConfigValue = number | string | boolean;

/** The Kafka versions whose defaults the simulator can show (kafka-behaviour.md §1). */
export type KafkaVersion = '3.x' | '4.0' | '3.6';
export const KAFKA_VERSIONS: readonly KafkaVersion[] = ['4.0', '3.x', '3.6'];

/**
 * Profiles the key catalogue lists defaults for. '3.x' means 3.7–3.9; '3.6' (3.0–3.6 brokers and
 * clients) has the same defaults but the older rules: the high watermark advances under min ISR, and
 * retries back off by a flat retry.backoff.ms (no retry.backoff.max.ms, KIP-580 came in 3.7).
 */
export type DefaultsProfile = '3.x' | '4.0';
export function defaultsProfile(version: KafkaVersion): DefaultsProfile {
  return version === '3.6' ? '3.x' : version;
}

/** Kafka 3.7 (KAFKA-15583, KIP-580): strict min-ISR high watermark and exponential retry backoff. */
export function hasKafka37Rules(version: KafkaVersion): boolean {
  return version !== '3.6';
}
export const DEFAULT_KAFKA_VERSION: KafkaVersion = '4.0';

/** One Kafka configuration key, described as Kafka's ConfigDef describes it. */
export interface ConfigKeySpec {
  key: string;
  scope: ConfigScope;
  kind: 'int' | 'enum' | 'bool';
  /** Kafka's default for each version profile. */
  defaults: Record<DefaultsProfile, ConfigValue>;
  min?: number;
  max?: number;
  values?: readonly string[];
  unit?: 'ms' | 'bytes' | 'records';
  /** True when the engine reproduces this key's behaviour; false keys are accepted but have no effect yet. */
  modelled: boolean;
  /** One line each, for the control's explanation. */
  doc: { en: string; ko: string };
}
