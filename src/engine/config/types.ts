/** Which Kafka client or server a config key belongs to. */
export type ConfigScope = 'producer' | 'consumer' | 'topic' | 'broker';

export type ConfigValue = number | string | boolean;

/**
 * The Kafka versions whose defaults and rules the simulator can show (kafka-behaviour.md §1):
 * '2.3' = up to 2.3 (round-robin unkeyed), '2.8' = 2.4–2.8 (KIP-480 sticky, pre-3.0 client defaults:
 * acks=1, no idempotence, 10 s session), '3.2' = 3.0–3.2 (KIP-480 sticky, KIP-679/KIP-735 defaults),
 * '3.6' = 3.3–3.6 (KIP-794, but the pre-3.7 broker and retry rules), '3.x' = 3.7–3.9, '4.0'.
 * '3.2' keeps the id it had when it covered 2.4–3.2, so older links still load with the same defaults.
 */
export type KafkaVersion = '2.3' | '2.8' | '3.2' | '3.6' | '3.x' | '4.0';
export const KAFKA_VERSIONS: readonly KafkaVersion[] = ['4.0', '3.x', '3.6', '3.2', '2.8', '2.3'];

/**
 * Kafka 3.7 (KAFKA-15583, KIP-580): the high watermark does not advance under min ISR, and retries back
 * off exponentially up to retry.backoff.max.ms. Older profiles keep the previous rules.
 */
export function hasKafka37Rules(version: KafkaVersion): boolean {
  return version === '3.x' || version === '4.0';
}
export const DEFAULT_KAFKA_VERSION: KafkaVersion = '4.0';

/**
 * One Kafka configuration key, described as Kafka's ConfigDef describes it: what the simulation needs
 * (kind, defaults, range). Its explanation for learners is UI text, in src/i18n/configDocs*.ts.
 */
export interface ConfigKeySpec {
  key: string;
  scope: ConfigScope;
  kind: 'int' | 'enum' | 'bool';
  /** Kafka's default for each version profile; a missing older version falls back to the next newer one. */
  defaults: Record<'3.x' | '4.0', ConfigValue> & Partial<Record<KafkaVersion, ConfigValue>>;
  min?: number;
  max?: number;
  values?: readonly string[];
  unit?: 'ms' | 'bytes' | 'records';
  /** True for the simulator's own switches (prefixed `kafkascope.`), which are not Kafka keys. */
  simulatorOnly?: boolean;
  /** True when the engine reproduces this key's behaviour; false keys are accepted but have no effect yet. */
  modelled: boolean;
}
