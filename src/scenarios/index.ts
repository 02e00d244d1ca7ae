/** The example scenarios shipped with the app (each also a file the CLI can run). */
import type { Scenario } from '../engine';
import hotKeys from './examples/hot-keys.json';
import lingerVsBatchSize from './examples/linger-vs-batch-size.json';
import steadyStream from './examples/steady-stream.json';
import closeWithoutFlush from './examples/close-without-flush.json';
import compressionCodecs from './examples/compression-codecs.json';
import hotKeySkew from './examples/hot-key-skew.json';
import stickyVsRoundRobin from './examples/sticky-vs-round-robin.json';
import { parseScenarioObject } from './parse';

export interface ExampleScenario {
  /** Stable id used in URLs (?scenario=steady-stream). */
  id: string;
  scenario: Scenario;
}

function load(id: string, data: unknown): ExampleScenario {
  const result = parseScenarioObject(data, `${id}.json`);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return { id, scenario: result.scenario };
}

export const EXAMPLES: readonly ExampleScenario[] = [
  load('steady-stream', steadyStream),
  load('linger-vs-batch-size', lingerVsBatchSize),
  load('hot-keys', hotKeys),
  load('hot-key-skew', hotKeySkew),
  load('sticky-vs-round-robin', stickyVsRoundRobin),
  load('compression-codecs', compressionCodecs),
  load('close-without-flush', closeWithoutFlush),
];

export const DEFAULT_EXAMPLE_ID = 'steady-stream';

export function findExample(id: string): ExampleScenario | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

export { parseScenarioObject, parseScenarioText, formatPath } from './parse';
export { scenarioSchema } from './schema';
