/**
 * Issue #14 defect 5: ids named after JavaScript built-ins (`__proto__`, `toString`) are ordinary ids.
 * Topic, producer and group names are user text; tables keyed by them must not read or replace the
 * object prototype (core/idTable.ts).
 */
import { describe, expect, it } from 'vitest';
import { advance, apply, buildReport, createSimulation } from './index';
import type { Scenario } from './model/scenario';
import { testScenario } from './testing/scenarios';
import { clonePlain } from './core/clone';
import { parseScenarioObject } from '../scenarios';

function renamed(o: { topic?: string; producer?: string; group?: string }): Scenario {
  const s = testScenario({ partitions: 2, producer: { workload: { recordsPerSec: 100 } } });
  const topic = o.topic ?? 'orders';
  s.topics[0]!.name = topic;
  s.producers[0]!.topic = topic;
  s.producers[0]!.id = o.producer ?? 'p1';
  s.consumerGroups[0]!.topics = [topic];
  s.consumerGroups[0]!.id = o.group ?? 'g1';
  s.consumerGroups[0]!.config = { 'auto.offset.reset': 'earliest' };
  return s;
}

describe('ids named after JavaScript built-ins', () => {
  it('a topic named __proto__ is assigned and consumed', () => {
    const sim = createSimulation(renamed({ topic: '__proto__' }));
    advance(sim, 10_000);
    const report = buildReport(sim);
    expect(report.groups.g1!.assignment['consumer-g1-1']).toEqual(['__proto__-0', '__proto__-1']);
    expect(report.records.consumed).toBeGreaterThan(900);
  });

  it('a producer and a group named __proto__ appear in the report (and in its JSON)', () => {
    const sim = createSimulation(renamed({ producer: '__proto__', group: '__proto__' }));
    advance(sim, 5_000);
    const json = JSON.parse(JSON.stringify(buildReport(sim))) as ReturnType<typeof buildReport>;
    expect(Object.keys(json.producers)).toEqual(['__proto__']);
    expect(Object.keys(json.groups)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(json.groups, '__proto__')?.value.consumed).toBeGreaterThan(400);
  });

  it('a topic named toString, subscribed by changeSubscription and then grown, keeps running', () => {
    const s = renamed({});
    s.topics.push({ name: 'toString', partitions: 1, replicationFactor: 1, config: {} });
    s.timeline = [
      { atMs: 5000, action: 'changeSubscription', group: 'g1', topics: ['toString'] },
      { atMs: 8000, action: 'addPartitions', topic: 'toString', partitions: 3 },
    ];
    const sim = createSimulation(s);
    expect(() => advance(sim, 12_000)).not.toThrow();
    expect(Object.keys(buildReport(sim).groups.g1!.committed)).toEqual([
      'toString-0',
      'toString-1',
      'toString-2',
    ]);
  });

  it('a checkpoint (JSON copy) of a run with a __proto__ producer resumes identically', () => {
    const sim = createSimulation(renamed({ topic: '__proto__', producer: '__proto__', group: '__proto__' }));
    advance(sim, 3_000);
    const copy = clonePlain(sim);
    expect(JSON.stringify(advance(copy, 4_000))).toBe(JSON.stringify(advance(sim, 4_000)));
    expect(JSON.stringify(buildReport(copy))).toBe(JSON.stringify(buildReport(sim)));
    expect(sim.topics[0]!.partitions[0]!.ledger.reordered).toBe(0);
  });

  it('a live config action with key __proto__ is refused as an unknown key', () => {
    const sim = createSimulation(renamed({}));
    expect(() =>
      apply(sim, { action: 'setProducerConfig', producer: 'p1', key: '__proto__', value: 1 }),
    ).toThrow(/unknown producer config "__proto__"/);
  });

  it('a "__proto__" key in a scenario config object is refused with its path, not dropped', () => {
    const raw = JSON.parse(
      JSON.stringify(renamed({})).replace('"config":{}', '"config":{"__proto__":{"acks":"x"}}'),
    );
    const result = parseScenarioObject(raw, 'test.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/__proto__.*not a config key/);
  });
});
