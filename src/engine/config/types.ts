/** Which Kafka client or server a config key belongs to. */
export type ConfigScope = 'producer' | 'consumer' | 'topic' | 'broker';

export type ConfigValue = number | string | boolean;

/**
 * The Kafka client versions whose defaults and partitioning the simulator can show (kafka-behaviour.md §1):
 * '2.3' = up to 2.3 (round-robin unkeyed), '3.2' = 2.4–3.2 (KIP-480 sticky), '3.x' = 3.3–3.9 (KIP-794), '4.0'.
 */
export type KafkaVersion = '2.3' | '3.2' | '3.x' | '4.0';
export const KAFKA_VERSIONS: readonly KafkaVersion[] = ['4.0', '3.x', '3.2', '2.3'];
export const DEFAULT_KAFKA_VERSION: KafkaVersion = '4.0';

/** One Kafka configuration key, described as Kafka's ConfigDef describes it. */
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
  /** One line each, for the control's explanation. */
  doc: { en: string; ko: string };
}
