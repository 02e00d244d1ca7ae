/**
 * Producer config rules checked when a producer is built (kafka-behaviour.md §1, §2.6, §2.7;
 * ProducerConfig.postProcessAndValidateIdempotenceConfigs, KafkaProducer.configureDeliveryTimeout):
 * idempotence needs acks=all, retries > 0 and at most 5 requests in flight. When the user did not set
 * enable.idempotence, a conflicting setting silently turns it off; when they set it to true, the
 * producer refuses to start (ConfigException). delivery.timeout.ms must cover linger.ms +
 * request.timeout.ms: raised silently when left at its default, ConfigException when set too small.
 */
import type { KafkaVersion } from '../config/types';
import { configValue, resolveConfig, type ProducerConfig } from '../config/typedConfig';
import type { Config, ProducerDeliveryState } from '../model/state';

/** Why idempotence cannot be on with this config (Kafka's messages), or [] when it can. */
function idempotenceConflicts(config: ProducerConfig): string[] {
  const out: string[] = [];
  if (String(config['acks']) !== 'all')
    out.push(
      'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
    );
  if (configValue(config, 'retries') === 0)
    out.push('Must set retries to non-zero when using the idempotent producer.');
  if (configValue(config, 'max.in.flight.requests.per.connection') > 5) {
    out.push('Must set max.in.flight.requests.per.connection to at most 5 to use the idempotent producer.');
  }
  return out;
}

/** The ConfigExceptions a real KafkaProducer constructor would throw for this config ([] when it starts). */
export function producerConfigErrors(config: ProducerConfig, explicitKeys: readonly string[]): string[] {
  const errors: string[] = [];
  if (explicitKeys.includes('enable.idempotence') && config['enable.idempotence'] === true) {
    errors.push(...idempotenceConflicts(config));
  }
  const floor = configValue(config, 'linger.ms') + configValue(config, 'request.timeout.ms');
  if (explicitKeys.includes('delivery.timeout.ms') && configValue(config, 'delivery.timeout.ms') < floor) {
    errors.push('delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms');
  }
  return errors.map((e) => `ConfigException: ${e}`);
}

/** The ConfigExceptions for a scenario's producer config (Kafka's defaults filled in for the version). */
export function producerStartupErrors(given: Config, version: KafkaVersion): string[] {
  return producerConfigErrors(resolveConfig('producer', version, given), Object.keys(given));
}

/** Whether the producer really is idempotent (silently off when a conflicting key was set and enable.idempotence was not). */
export function idempotenceEnabled(config: ProducerConfig): boolean {
  return config['enable.idempotence'] === true && idempotenceConflicts(config).length === 0;
}

/** delivery.timeout.ms as the producer uses it: a default too small for linger.ms + request.timeout.ms is raised. */
export function effectiveDeliveryTimeout(config: ProducerConfig, explicitKeys: readonly string[]): number {
  const configured = configValue(config, 'delivery.timeout.ms');
  if (explicitKeys.includes('delivery.timeout.ms')) return configured;
  return Math.max(configured, configValue(config, 'linger.ms') + configValue(config, 'request.timeout.ms'));
}

/** Fresh delivery state; an idempotent producer gets a producer id (InitProducerId) and epoch 0. */
export function newDeliveryState(config: ProducerConfig, producerIndex: number): ProducerDeliveryState {
  const idempotent = idempotenceEnabled(config);
  return {
    idempotent,
    pid: idempotent ? 1000 + producerIndex : -1,
    epoch: 0,
    pending: [],
    timerAt: -1,
    failures: [],
    retries: 0,
    attemptErrors: {},
  };
}

/** After a config change: idempotence may have turned on (a new producer id) or off. */
export function refreshIdempotence(
  d: ProducerDeliveryState,
  config: ProducerConfig,
  producerIndex: number,
  nextPid: number,
): void {
  const on = idempotenceEnabled(config);
  if (on === d.idempotent) return;
  d.idempotent = on;
  d.pid = on ? 1000 + producerIndex + 100 * nextPid : -1;
  d.epoch = 0;
}
