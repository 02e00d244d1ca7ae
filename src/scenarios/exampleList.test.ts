/**
 * The app's list of examples (ids, titles, one chunk each) matches the eager list the CLI and the tests use,
 * and a loaded example is the same scenario as the eager one.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './index';
import { EXAMPLE_CATALOGUE } from './exampleList';
import { DEFAULT_EXAMPLE_ID, isExampleId, loadExample, loadedExample } from './exampleLoader';

describe('example list', () => {
  it('has the same ids in the same order as EXAMPLES, with each scenario’s own titles', () => {
    expect(EXAMPLE_CATALOGUE.map((e) => e.id)).toEqual(EXAMPLES.map((e) => e.id));
    for (const [i, entry] of EXAMPLE_CATALOGUE.entries()) {
      expect(entry.title, entry.id).toEqual(EXAMPLES[i]!.scenario.title);
    }
  });

  it('loads each example as the scenario EXAMPLES has', async () => {
    for (const { id, scenario } of EXAMPLES) {
      expect(isExampleId(id)).toBe(true);
      expect((await loadExample(id))?.scenario, id).toEqual(scenario);
      expect(loadedExample(id)?.scenario).toEqual(scenario);
    }
  });

  it('knows the default without loading, and nothing of an unknown id', async () => {
    expect(loadedExample(DEFAULT_EXAMPLE_ID)?.id).toBe(DEFAULT_EXAMPLE_ID);
    expect(isExampleId('no-such-example')).toBe(false);
    expect(await loadExample('no-such-example')).toBeUndefined();
  });
});
