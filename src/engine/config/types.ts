/** Which Kafka client or server a config key belongs to. */
export type ConfigScope = 'producer' | 'consumer' | 'topic' | 'broker';

export type ConfigValue = number | string | boolean;

/** The Kafka versions whose defaults the simulator can show (kafka-behaviour.md §1). */
export type KafkaVersion = '3.x' | '4.0';
export const KAFKA_VERSIONS: readonly KafkaVersion[] = ['4.0', '3.x'];
export const DEFAULT_KAFKA_VERSION: KafkaVersion = '4.0';

/** One Kafka configuration key, described as Kafka's ConfigDef describes it. */
export interface ConfigKeySpec {
  key: string;
  scope: ConfigScope;
  kind: 'int' | 'enum' | 'bool';
  /** Kafka's default for each version profile. */
  defaults: Record<KafkaVersion, ConfigValue>;
  min?: number;
  max?: number;
  values?: readonly string[];
  unit?: 'ms' | 'bytes' | 'records';
  /** True when the engine reproduces this key's behaviour; false keys are accepted but have no effect yet. */
  modelled: boolean;
  /** One line each, for the control's explanation. */
  doc: { en: string; ko: string };
}
