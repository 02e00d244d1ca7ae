/**
 * The app loads built-in examples and lessons' own scenarios with `withDefaults`, without the zod
 * validator (it stays out of the first download). This proves that shortcut safe: every one of them is
 * valid, and `withDefaults` gives exactly what `parseScenarioObject` gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSE, lessonScenario } from '../lessons';
import { withDefaults } from './defaults';
import { EXAMPLES, parseScenarioObject } from './index';
import type { ScenarioInput } from './schema';

const dir = join(__dirname, 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('built-in scenarios are pre-validated', () => {
  it.each(files)('%s is valid, and withDefaults matches the parser', (file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ScenarioInput;
    const parsed = parseScenarioObject(raw, file);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (parsed.ok) expect(withDefaults(raw)).toStrictEqual(parsed.scenario);
  });

  it('every example the app lists is one of those files, loaded the same way', () => {
    for (const example of EXAMPLES) {
      const raw = JSON.parse(readFileSync(join(dir, `${example.id}.json`), 'utf8'));
      const parsed = parseScenarioObject(raw, example.id);
      expect(parsed.ok && parsed.scenario).toStrictEqual(example.scenario);
    }
  });

  it.each(COURSE.filter((l) => typeof l.scenario !== 'string').map((l) => [l.id, l] as const))(
    "lesson %s's own scenario is valid, and withDefaults matches the parser",
    (id, lesson) => {
      const parsed = parseScenarioObject(lesson.scenario, `lesson ${id}`);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      if (parsed.ok) {
        expect(withDefaults(lesson.scenario as ScenarioInput)).toStrictEqual(parsed.scenario);
        expect(lessonScenario(lesson)).toStrictEqual({
          ...parsed.scenario,
          title: parsed.scenario.title ?? lesson.title,
        });
      }
    },
  );

  it('fills every default the schema has for a minimal scenario', () => {
    const minimal: ScenarioInput = {
      version: 1,
      name: 'minimal',
      seed: 1,
      durationMs: 1000,
      cluster: { brokers: 1 },
      topics: [{ name: 't', partitions: 1 }],
      producers: [{ id: 'p', topic: 't', workload: { recordsPerSec: 1, valueBytes: 1 } }],
      consumerGroups: [{ id: 'g', topics: ['t'], members: 1 }],
    };
    const parsed = parseScenarioObject(minimal, 'minimal');
    expect(parsed.ok && parsed.scenario).toStrictEqual(withDefaults(minimal));
    const bare = { ...minimal, producers: undefined, consumerGroups: undefined };
    const parsedBare = parseScenarioObject(JSON.parse(JSON.stringify(bare)), 'bare');
    expect(parsedBare.ok && parsedBare.scenario).toStrictEqual(
      withDefaults(JSON.parse(JSON.stringify(bare)) as ScenarioInput),
    );
  });
});
