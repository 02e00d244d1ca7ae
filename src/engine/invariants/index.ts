/**
 * The promises Kafka makes, as checks over a running simulation: shared by the property tests, the engine
 * fuzzer (`npm run fuzz`, src/engine/testing/fuzz/) and anything else that wants to know whether a run
 * stayed within them.
 */
export type { InvariantName, Violation } from './types';
export * from './replicationChecks';
export * from './groupChecks';
export { checkFinite } from './finite';
export { checkLiveOwnersDisjoint } from './liveOwnership';
export { createInvariantMonitor, type InvariantMonitor } from './monitor';
