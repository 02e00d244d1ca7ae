/**
 * The example scenarios shipped with the app (each also a file the CLI can run), all loaded at once: for the
 * CLI, the lessons and the tests. The app's first view uses `exampleLoader.ts` (one example at a time).
 */
import hotKeys from './examples/hot-keys.json';
import lingerVsBatchSize from './examples/linger-vs-batch-size.json';
import steadyStream from './examples/steady-stream.json';
import classroomScale from './examples/classroom-scale.json';
// Replication and durability (kafka-behaviour.md §8 S1–S6, S15b).
import acksAllTooFewReplicas from './examples/acks-all-too-few-replicas.json';
import acks1LosesAckedData from './examples/acks-1-loses-acked-data.json';
import acksAllSurvives from './examples/acks-all-survives.json';
import acks0FireAndForget from './examples/acks-0-fire-and-forget.json';
import retriesDuplicateAndReorder from './examples/retries-duplicate-and-reorder.json';
import idempotenceExactlyOnce from './examples/idempotence-exactly-once.json';
import uncleanElectionLosesData from './examples/unclean-election-loses-data.json';
import closeWithoutFlush from './examples/close-without-flush.json';
import compressionCodecs from './examples/compression-codecs.json';
import hotKeySkew from './examples/hot-key-skew.json';
import stickyVsRoundRobin from './examples/sticky-vs-round-robin.json';
import groupS11EagerJoin from './examples/s11-eager-join.json';
import groupS12CooperativeJoin from './examples/s12-cooperative-join.json';
import groupS13aClose from './examples/s13a-close.json';
import groupS13bCrash from './examples/s13b-crash.json';
import groupS13cSlow from './examples/s13c-slow.json';
import groupS14AutoCommitCrash from './examples/s14-auto-commit-crash.json';
import groupS15aOffsetRetention from './examples/s15a-offset-retention.json';
import groupAssignorsCompared from './examples/assignors-compared.json';
import groupMoreConsumersThanPartitions from './examples/more-consumers-than-partitions.json';
import kip848ConsumerJoin from './examples/kip848-consumer-join.json';
import twoProducers from './examples/two-producers.json';
import rebalanceProtocolsCompared from './examples/rebalance-protocols-compared.json';
import { exampleFromJson as load, type ExampleScenario } from './exampleLoader';

export const EXAMPLES: readonly ExampleScenario[] = [
  load('steady-stream', steadyStream),
  load('linger-vs-batch-size', lingerVsBatchSize),
  load('hot-keys', hotKeys),
  load('acks-all-too-few-replicas', acksAllTooFewReplicas),
  load('acks-1-loses-acked-data', acks1LosesAckedData),
  load('acks-all-survives', acksAllSurvives),
  load('acks-0-fire-and-forget', acks0FireAndForget),
  load('retries-duplicate-and-reorder', retriesDuplicateAndReorder),
  load('idempotence-exactly-once', idempotenceExactlyOnce),
  load('unclean-election-loses-data', uncleanElectionLosesData),
  load('hot-key-skew', hotKeySkew),
  load('sticky-vs-round-robin', stickyVsRoundRobin),
  load('compression-codecs', compressionCodecs),
  load('close-without-flush', closeWithoutFlush),
  load('s11-eager-join', groupS11EagerJoin),
  load('s12-cooperative-join', groupS12CooperativeJoin),
  load('s13a-close', groupS13aClose),
  load('s13b-crash', groupS13bCrash),
  load('s13c-slow', groupS13cSlow),
  load('s14-auto-commit-crash', groupS14AutoCommitCrash),
  load('s15a-offset-retention', groupS15aOffsetRetention),
  load('assignors-compared', groupAssignorsCompared),
  load('more-consumers-than-partitions', groupMoreConsumersThanPartitions),
  load('kip848-consumer-join', kip848ConsumerJoin),
  load('rebalance-protocols-compared', rebalanceProtocolsCompared),
  load('classroom-scale', classroomScale),
  load('two-producers', twoProducers),
];

export { DEFAULT_EXAMPLE_ID, type ExampleScenario } from './exampleLoader';

export function findExample(id: string): ExampleScenario | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

export { parseScenarioObject, parseScenarioText, formatPath } from './parse';
export { scenarioSchema, timelineActionSchema } from './schema';
export { PANEL_IDS, type PanelId } from './panels';
