/**
 * KafkaScope's engine: a deterministic simulation of Kafka producers, brokers and consumers.
 * `createSimulation(scenario)`, `advance(sim, ms)`, `apply(sim, action)`, `snapshot(sim)`.
 * Pure TypeScript: no DOM, no wall clock, no unseeded randomness; runs the same in browser, Node and tests.
 */
import { applyAction } from './actions/apply';
import { advance } from './simulation';
import type { Action } from './actions/types';
import type { SimEvent } from './events/types';
import type { SimState } from './model/state';

export { createSimulation, advance, nextEventTime } from './simulation';
export { snapshot } from './snapshot';
export { liveView, liveOf, type LiveView } from './snapshotLive';
export { metricReadings, type MetricReadings } from './metricReadings';
export { buildReport } from './report';
export { ActionError } from './actions/apply';
export { ACTION_ERROR_CODES, actionErrorEnglish, fillTemplate } from './actions/actionError';
export type { ActionErrorCode, ActionErrorParams } from './actions/actionError';
export { MAX_GROUP_MEMBERS } from './actions/groupActions';
export { producerStartupErrors } from './producer/idempotence';
export { consumerStartupErrors, consumerConfigErrors } from './consumer/configRules';
export {
  consumerProtocolAvailability,
  consumerProtocolVersionError,
} from './consumer/consumerProtocol/availability';
export { groupInstanceIdProblem } from './consumer/staticMembership';
export * from './consumer/describeGroup';
export { explainRecord, type RecordStory } from './broker/explain';
export * from './config/catalogue';
export type * from './config/types';
export * from './config/typedConfig';
export { KAFKA_VERSIONS, DEFAULT_KAFKA_VERSION, hasKafka37Rules } from './config/types';
export * from './config/clusterMode';
export type * from './snapshot';
export type * from './report';
export type { SimEvent, SimEventType, TopicPartitionRange } from './events/types';
export type { Action, ActionName } from './actions/types';
export type * from './model/scenario';
export type { SimState, SendReason } from './model/state';
export * from './timeline/timeline';

/** Applies an intervention (config change, workload change, add partitions …); returns its events. */
export function apply(sim: SimState, action: Action): SimEvent[] {
  return applyAction(sim, action, advance);
}
export * from './producer/publicApi';
export { getOwn, setOwn, idTable, idTableFrom } from './core/idTable';
export {
  compareRebalanceProtocols,
  runProtocol,
  startProtocolRun,
  type ProtocolRun,
  type OwnershipRow,
  scenarioFor,
  COMPARED_PROTOCOLS,
  type ComparedProtocol,
  type ProtocolRunFigures,
  type MembershipChangeResult,
} from './consumer/protocolComparison';
export { partitionMoves, type PartitionMove } from './consumer/consumerProtocol/moves';
export {
  CONSUMER_HEARTBEAT_INTERVAL_MS,
  CONSUMER_SESSION_TIMEOUT_MS,
} from './consumer/consumerProtocol/settings';
