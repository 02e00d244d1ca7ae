/**
 * Producer config rules checked when a producer is built (kafka-behaviour.md §1, §2.6, §2.7;
 * ProducerConfig.postProcessAndValidateIdempotenceConfigs, KafkaProducer.configureDeliveryTimeout):
 * idempotence needs acks=all, retries > 0 and at most 5 requests in flight. When the user did not set
 * enable.idempotence, a conflicting setting silently turns it off; when they set it to true, the
 * producer refuses to start (ConfigException). delivery.timeout.ms must cover linger.ms +
 * request.timeout.ms: raised silently when left at its default, ConfigException when set too small.
 */
import { defaultsFor } from '../config/catalogue';
import type { KafkaVersion } from '../config/types';
import type { Config, ProducerDeliveryState } from '../model/state';

/** Why idempotence cannot be on with this config (Kafka's messages), or [] when it can. */
function idempotenceConflicts(config: Config): string[] {
  const out: string[] = [];
  if (String(config['acks']) !== 'all')
    out.push(
      'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
    );
  if ((config['retries'] as number) === 0)
    out.push('Must set retries to non-zero when using the idempotent producer.');
  if ((config['max.in.flight.requests.per.connection'] as number) > 5) {
    out.push('Must set max.in.flight.requests.per.connection to at most 5 to use the idempotent producer.');
  }
  return out;
}

/** The ConfigExceptions a real KafkaProducer constructor would throw for this config ([] when it starts). */
export function producerConfigErrors(config: Config, explicitKeys: readonly string[]): string[] {
  const errors: string[] = [];
  if (explicitKeys.includes('enable.idempotence') && config['enable.idempotence'] === true) {
    errors.push(...idempotenceConflicts(config));
  }
  const floor = (config['linger.ms'] as number) + (config['request.timeout.ms'] as number);
  if (explicitKeys.includes('delivery.timeout.ms') && (config['delivery.timeout.ms'] as number) < floor) {
    errors.push('delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms');
  }
  return errors.map((e) => `ConfigException: ${e}`);
}

/** The ConfigExceptions for a scenario's producer config (Kafka's defaults filled in for the version). */
export function producerStartupErrors(given: Config, version: KafkaVersion): string[] {
  const acks = String(given['acks']) === '-1' ? 'all' : given['acks'];
  const config = {
    ...defaultsFor('producer', version),
    ...given,
    ...(acks === undefined ? {} : { acks: String(acks) }),
  };
  return producerConfigErrors(config, Object.keys(given));
}

/** Whether the producer really is idempotent (silently off when a conflicting key was set and enable.idempotence was not). */
export function idempotenceEnabled(config: Config): boolean {
  return config['enable.idempotence'] === true && idempotenceConflicts(config).length === 0;
}

/** delivery.timeout.ms as the producer uses it: a default too small for linger.ms + request.timeout.ms is raised. */
export function effectiveDeliveryTimeout(config: Config, explicitKeys: readonly string[]): number {
  const configured = config['delivery.timeout.ms'] as number;
  if (explicitKeys.includes('delivery.timeout.ms')) return configured;
  return Math.max(configured, (config['linger.ms'] as number) + (config['request.timeout.ms'] as number));
}

/** Fresh delivery state; an idempotent producer gets a producer id (InitProducerId) and epoch 0. */
export function newDeliveryState(config: Config, producerIndex: number): ProducerDeliveryState {
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
  config: Config,
  producerIndex: number,
  nextPid: number,
): void {
  const on = idempotenceEnabled(config);
  if (on === d.idempotent) return;
  d.idempotent = on;
  d.pid = on ? 1000 + producerIndex + 100 * nextPid : -1;
  d.epoch = 0;
}
