/**
 * Which Kafka versions offer `group.protocol=consumer` (KIP-848): generally available in 4.0; early
 * access (3.7) and preview (3.8–3.9) before that, off unless the broker lists it in
 * `group.coordinator.rebalance.protocols`; absent before 3.7. The simulator's `3.x` profile stands
 * for 3.7–3.9 and its brokers keep that setting at its default (`classic`), so the consumer protocol
 * is refused there as such a cluster refuses it.
 */
import type { KafkaVersion } from '../../config/types';

export type ConsumerProtocolAvailability = 'ga' | 'preview' | 'absent';

export function consumerProtocolAvailability(version: KafkaVersion): ConsumerProtocolAvailability {
  if (version === '4.0') return 'ga';
  return version === '3.x' ? 'preview' : 'absent';
}

/**
 * Kafka's client message when the cluster does not support the protocol
 * (`AbstractHeartbeatRequestManager.CONSUMER_PROTOCOL_NOT_SUPPORTED_MSG`, reworded), with the reason.
 */
export function consumerProtocolVersionError(version: KafkaVersion): string | null {
  const availability = consumerProtocolAvailability(version);
  if (availability === 'ga') return null;
  const why =
    availability === 'preview'
      ? `in Kafka ${version} (3.7–3.9) the consumer protocol is an early-access/preview feature, off unless the brokers set group.coordinator.rebalance.protocols=classic,consumer (not modelled)`
      : `Kafka ${version} has no consumer group protocol (KIP-848 arrived as early access in 3.7 and is generally available from 4.0)`;
  return `group.protocol=consumer: the cluster does not support the new CONSUMER group protocol — ${why}; use group.protocol=classic or the 4.0 profile`;
}
