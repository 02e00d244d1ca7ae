/**
 * The scenario schema's defaults, applied without zod: built-in examples and lessons' own scenarios are
 * validated by the tests (defaults.test.ts checks this equals `parseScenarioObject` for every one of
 * them), so the app can load them without shipping the validator in its first download. Files, links
 * and the CLI still go through `parseScenarioObject`. Keep in step with the `.default()`s in schema.ts.
 */
import type { Scenario } from '../engine';
import type { ScenarioInput } from './schema';

export function withDefaults(input: ScenarioInput): Scenario {
  return {
    ...input,
    kafkaVersion: input.kafkaVersion ?? '4.0',
    cluster: {
      ...input.cluster,
      networkDelayMs: input.cluster.networkDelayMs ?? 5,
      config: input.cluster.config ?? {},
    },
    topics: input.topics.map((t) => ({
      ...t,
      replicationFactor: t.replicationFactor ?? 1,
      config: t.config ?? {},
    })),
    producers: (input.producers ?? []).map((p) => ({
      ...p,
      config: p.config ?? {},
      workload: { ...p.workload, keys: p.workload.keys ?? { type: 'none' } },
    })),
    consumerGroups: (input.consumerGroups ?? []).map((g) => ({
      ...g,
      config: g.config ?? {},
      workload: {
        ...g.workload,
        processingMsPerRecord: g.workload?.processingMsPerRecord ?? 0,
        pollTimeoutMs: g.workload?.pollTimeoutMs ?? 100,
      },
    })),
    timeline: (input.timeline ?? []) as Scenario['timeline'],
  } as Scenario;
}
