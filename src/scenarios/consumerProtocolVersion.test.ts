/** group.protocol=consumer against the version profile: GA in 4.0, refused on 3.7–3.9 and earlier. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './index';
import { parseScenarioObject } from './parse';

const kip848 = () =>
  JSON.parse(JSON.stringify(EXAMPLES.find((e) => e.id === 'kip848-consumer-join')!.scenario));

describe('group.protocol=consumer and the Kafka version', () => {
  it('is accepted on the 4.0 profile', () => {
    expect(parseScenarioObject(kip848(), 'k.json').ok).toBe(true);
  });

  it('is refused on the 3.x (3.7–3.9) profile with Kafka’s message and the preview reason', () => {
    const s = { ...kip848(), kafkaVersion: '3.x' };
    const r = parseScenarioObject(s, 'k.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toContain('k.json: consumerGroups[0].protocol:');
      expect(r.errors[0]).toContain('does not support the new CONSUMER group protocol');
      expect(r.errors[0]).toContain('group.coordinator.rebalance.protocols=classic,consumer');
    }
  });

  it('is refused before 3.7 as absent', () => {
    for (const kafkaVersion of ['3.6', '3.2', '2.8', '2.3']) {
      const r = parseScenarioObject(
        { ...kip848(), kafkaVersion, cluster: { brokers: 1, networkDelayMs: 10 } },
        'k.json',
      );
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toContain('has no consumer group protocol');
    }
  });

  it('leaves classic groups alone on every profile', () => {
    const s = { ...kip848(), kafkaVersion: '2.3', cluster: { brokers: 1, networkDelayMs: 10 } };
    s.consumerGroups[0].protocol = 'classic';
    delete s.consumerGroups[0].remoteAssignor;
    expect(parseScenarioObject(s, 'k.json').ok).toBe(true);
  });
});
