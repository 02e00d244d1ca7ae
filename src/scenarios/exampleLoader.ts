/**
 * Examples by id for the app, loaded one at a time (`exampleList.ts`). The default example is in the first
 * download: it is what a plain visit opens and the fallback for an unknown `?scenario=`.
 */
import type { Scenario } from '../engine';
import { withDefaults } from './defaults';
import { EXAMPLE_CATALOGUE } from './exampleList';
import type { ScenarioInput } from './schema';
import steadyStream from './examples/steady-stream.json';

export interface ExampleScenario {
  /** Stable id used in URLs (?scenario=steady-stream). */
  id: string;
  scenario: Scenario;
}

export const DEFAULT_EXAMPLE_ID = 'steady-stream';

// Examples are validated by the tests (defaults.test.ts), so the app does not ship the parser to load them.
export function exampleFromJson(id: string, data: unknown): ExampleScenario {
  return { id, scenario: withDefaults(data as ScenarioInput) };
}

const loaded = new Map<string, ExampleScenario>([
  [DEFAULT_EXAMPLE_ID, exampleFromJson(DEFAULT_EXAMPLE_ID, steadyStream)],
]);

export function isExampleId(id: string): boolean {
  return EXAMPLE_CATALOGUE.some((e) => e.id === id);
}

/** The example if it has been loaded (the default always is), else undefined. */
export function loadedExample(id: string): ExampleScenario | undefined {
  return loaded.get(id);
}

/** Loads an example's chunk (once); undefined for an unknown id. Rejects when the chunk cannot load. */
export async function loadExample(id: string): Promise<ExampleScenario | undefined> {
  const known = loaded.get(id);
  if (known) return known;
  const entry = EXAMPLE_CATALOGUE.find((e) => e.id === id);
  if (!entry) return undefined;
  const example = exampleFromJson(id, (await entry.load()).default);
  loaded.set(id, example);
  return example;
}
