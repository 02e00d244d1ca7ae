import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './index';
import { parseScenarioText } from './parse';

const valid = () => JSON.parse(JSON.stringify(EXAMPLES[0]!.scenario));

describe('scenario files', () => {
  it('ships at least three examples that validate', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
  });

  it('names the file, the JSON path and the problem for a bad config value', () => {
    const s = valid();
    s.producers[0].config['linger.ms'] = 'fast';
    const r = parseScenarioText(JSON.stringify(s), 'orders.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContain(
        'orders.json: producers[0].config["linger.ms"]: expected an integer from 0 to 60000, got "fast"',
      );
  });

  it('rejects an unknown config key and suggests the nearest real one', () => {
    const s = valid();
    s.producers[0].config['linger_ms'] = 5;
    s.consumerGroups[0].config['max.pol.records'] = 5;
    const r = parseScenarioText(JSON.stringify(s), 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.join('\n')).toContain(
        'x.json: producers[0].config.linger_ms: unknown producer config (did you mean "linger.ms"?)',
      );
      expect(r.errors.join('\n')).toContain('did you mean "max.poll.records"?');
    }
  });

  it('reports JSON syntax errors, missing fields, wrong types and dangling references', () => {
    expect(parseScenarioText('{"version": 1,', 'a.json')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^a\.json: not valid JSON/)],
    });
    const s = valid();
    delete s.seed;
    s.cluster.brokers = 'three';
    s.producers[0].topic = 'nope';
    let r = parseScenarioText(JSON.stringify(s), 'b.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.startsWith('b.json: seed:'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('b.json: cluster.brokers:'))).toBe(true);
    }
    const t = valid();
    t.producers[0].topic = 'nope';
    t.timeline = [
      { atMs: 5, action: 'setProducerConfig', producer: t.producers[0].id, key: 'lingerms', value: 3 },
    ];
    r = parseScenarioText(JSON.stringify(t), 'c.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('c.json: producers[0].topic: no topic "nope" in topics');
      expect(r.errors.join('\n')).toContain(
        'timeline[0]: unknown producer config "lingerms" (did you mean "linger.ms"?)',
      );
    }
  });

  it('fills documented defaults (Kafka version, network delay, empty config)', () => {
    const r = parseScenarioText(
      JSON.stringify({
        version: 1,
        name: 'n',
        seed: 1,
        durationMs: 1000,
        cluster: { brokers: 1 },
        topics: [{ name: 't', partitions: 1 }],
      }),
      'min.json',
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.kafkaVersion).toBe('4.0');
      expect(r.scenario.cluster.networkDelayMs).toBe(5);
      expect(r.scenario.topics[0]!.config).toEqual({});
      expect(r.scenario.producers).toEqual([]);
    }
  });
});

// Issue 11 item 6: a consumer Kafka would refuse (the Heartbeat constructor's IllegalArgumentException,
// the broker's INVALID_SESSION_TIMEOUT at JoinGroup) is a named error with its path, as at load.
describe('impossible consumer settings', () => {
  it('names the group whose heartbeat is not below its session timeout', () => {
    const s = valid();
    s.consumerGroups[0].config['heartbeat.interval.ms'] = 45000;
    const r = parseScenarioText(JSON.stringify(s), 'g.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual(
        expect.stringMatching(
          /^g\.json: consumerGroups\[0\]\.config: IllegalArgumentException: Heartbeat must be set lower than the session timeout/,
        ),
      );
  });

  it('names a session timeout outside the broker’s range, and a timeline change that would make one', () => {
    const s = valid();
    s.consumerGroups[0].config['session.timeout.ms'] = 100;
    s.consumerGroups[0].config['heartbeat.interval.ms'] = 50;
    const r = parseScenarioText(JSON.stringify(s), 'g.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        expect.stringMatching(
          /^g\.json: consumerGroups\[0\]\.config: InvalidSessionTimeoutException: The session timeout is not within the range allowed by the broker/,
        ),
      ]);
    const t = valid();
    t.timeline.push({
      atMs: 1000,
      action: 'setConsumerConfig',
      group: t.consumerGroups[0].id,
      key: 'session.timeout.ms',
      value: 2000,
    });
    const index = t.timeline.length - 1;
    const r2 = parseScenarioText(JSON.stringify(t), 't.json');
    expect(r2.ok).toBe(false);
    if (!r2.ok)
      expect(r2.errors).toContainEqual(
        expect.stringMatching(new RegExp(`^t\\.json: timeline\\[${index}\\]: session\\.timeout\\.ms: `)),
      );
  });
});

describe('kafkaVersion', () => {
  it('accepts the 2.4–2.8 profile and keeps the old "3.2" id (now 3.0–3.2, same defaults)', () => {
    for (const v of ['2.8', '3.2']) {
      const s = valid();
      s.kafkaVersion = v;
      const r = parseScenarioText(JSON.stringify(s), 'v.json');
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.scenario.kafkaVersion).toBe(v);
    }
  });
});

describe('cluster.mode', () => {
  it('is checked against the version: 4.0 is KRaft only, ≤ 2.8 ZooKeeper only', () => {
    const s = valid();
    s.kafkaVersion = '4.0';
    s.cluster.mode = 'zookeeper';
    let r = parseScenarioText(JSON.stringify(s), 'm.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^m\.json: cluster\.mode: Kafka 4\.0 runs only in KRaft mode/);
    s.kafkaVersion = '2.8';
    s.cluster.mode = 'kraft';
    r = parseScenarioText(JSON.stringify(s), 'm.json');
    expect(r.ok).toBe(false);
    s.kafkaVersion = '3.6';
    for (const mode of ['kraft', 'zookeeper']) {
      s.cluster.mode = mode;
      expect(parseScenarioText(JSON.stringify(s), 'm.json').ok).toBe(true);
    }
    s.cluster.mode = 'raft';
    expect(parseScenarioText(JSON.stringify(s), 'm.json').ok).toBe(false);
  });
});
