/**
 * Issue 14, defect 2: every timeline action is checked when the scenario loads (a dry run through the
 * engine's own rules), and defects 3 and 6: the limits a scenario may ask for, and clearer messages.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './index';
import { parseScenarioObject } from './parse';
import { LIMITS } from './limits';

/** steady-stream: topic orders (6 partitions), producer-1, group orders-app with one member. */
const base = () => JSON.parse(JSON.stringify(EXAMPLES.find((e) => e.id === 'steady-stream')!.scenario));

function errorsOf(change: (s: ReturnType<typeof base>) => void): string[] {
  const s = base();
  change(s);
  const r = parseScenarioObject(s, 'x.json');
  return r.ok ? [] : r.errors;
}

const withTimeline = (...timeline: object[]) => errorsOf((s) => (s.timeline = timeline));

describe('timeline actions are checked at load (defect 2)', () => {
  it('refuses stop/crash/slow of an unknown member, with the path', () => {
    for (const action of ['stopConsumer', 'crashConsumer']) {
      const errors = withTimeline({
        atMs: 1000,
        action,
        group: 'orders-app',
        member: 'consumer-orders-app-9',
      });
      expect(errors).toEqual([
        `x.json: timeline[0] (${action} at 1000 ms): group "orders-app" has no consumer "consumer-orders-app-9"`,
      ]);
    }
    const slow = { action: 'slowConsumer', group: 'orders-app', member: 'nobody', processingMsPerRecord: 5 };
    expect(withTimeline({ atMs: 0, ...slow })[0]).toMatch(/timeline\[0\].*has no consumer "nobody"/);
  });

  it('knows members added earlier in the timeline, and only earlier', () => {
    const add = { atMs: 1000, action: 'addConsumer', group: 'orders-app' };
    const stop = { action: 'stopConsumer', group: 'orders-app', member: 'consumer-orders-app-2' };
    expect(withTimeline(add, { atMs: 2000, ...stop })).toEqual([]);
    // Listed first but due later: still fine, the check follows time order.
    expect(withTimeline({ atMs: 2000, ...stop }, add)).toEqual([]);
    expect(withTimeline({ atMs: 500, ...stop }, add)[0]).toMatch(/^x\.json: timeline\[0\] \(stopConsumer/);
  });

  it('refuses addPartitions to a count not above the current one at that point', () => {
    expect(withTimeline({ atMs: 0, action: 'addPartitions', topic: 'orders', partitions: 6 })[0]).toContain(
      "Kafka can only increase a topic's partition count (now 6), got 6",
    );
    const grow = { atMs: 0, action: 'addPartitions', topic: 'orders', partitions: 8 };
    const again = { atMs: 10, action: 'addPartitions', topic: 'orders', partitions: 7 };
    expect(withTimeline(grow, again)).toEqual([
      "x.json: timeline[1] (addPartitions at 10 ms): partitions: Kafka can only increase a topic's partition count (now 8), got 7",
    ]);
  });

  it('refuses changeSubscription to a topic that does not exist', () => {
    const errors = withTimeline({
      atMs: 0,
      action: 'changeSubscription',
      group: 'orders-app',
      topics: ['nope'],
    });
    expect(errors).toEqual(['x.json: timeline[0] (changeSubscription at 0 ms): no topic "nope"']);
  });

  it('refuses producer configs a KafkaProducer refuses (acks=0 with explicit idempotence; delivery.timeout.ms=1)', () => {
    const acks0 = errorsOf((s) => {
      s.producers[0].config['enable.idempotence'] = true;
      s.timeline = [
        { atMs: 0, action: 'setProducerConfig', producer: 'producer-1', key: 'acks', value: '0' },
      ];
    });
    expect(acks0).toHaveLength(1);
    expect(acks0[0]).toMatch(/timeline\[0\] \(setProducerConfig at 0 ms\): .*acks/);
    const timeout = withTimeline({
      atMs: 0,
      action: 'setProducerConfig',
      producer: 'producer-1',
      key: 'delivery.timeout.ms',
      value: 1,
    });
    expect(timeout).toHaveLength(1);
    expect(timeout[0]).toMatch(
      /delivery\.timeout\.ms should be equal to or larger than linger\.ms \+ request\.timeout\.ms/,
    );
  });

  it('refuses addConsumer past the member limit', () => {
    const errors = errorsOf((s) => {
      s.consumerGroups[0].members = LIMITS.membersPerGroup;
      s.timeline = [{ atMs: 100, action: 'addConsumer', group: 'orders-app' }];
    });
    expect(errors).toEqual([
      `x.json: timeline[0] (addConsumer at 100 ms): a group in KafkaScope holds at most ${LIMITS.membersPerGroup} consumers`,
    ]);
  });

  it('every shipped example passes its own dry run', () => {
    for (const e of EXAMPLES) expect(parseScenarioObject(e.scenario, e.id).ok, e.id).toBe(true);
  });
});

describe('limits a scenario may ask for (defect 3)', () => {
  const cases: [string, (s: ReturnType<typeof base>) => void, RegExp][] = [
    ['brokers', (s) => (s.cluster.brokers = 10), /cluster\.brokers: 10 is more than the limit brokers = 9/],
    [
      'topics',
      (s) => (s.topics = Array.from({ length: 101 }, (_, i) => ({ name: `t${i}`, partitions: 1 }))),
      /^x\.json: topics: 101 is more than the limit topics = 100/,
    ],
    ['partitionsPerTopic', (s) => (s.topics[0].partitions = 1001), /limit partitionsPerTopic = 1000/],
    [
      'partitionsTotal',
      (s) => (s.topics = Array.from({ length: 3 }, (_, i) => ({ name: `t${i}`, partitions: 1000 }))),
      /partitions over all topics: 3000 is more than the limit partitionsTotal = 2000/,
    ],
    [
      'producers',
      (s) => (s.producers = Array.from({ length: 101 }, (_, i) => ({ ...s.producers[0], id: `p${i}` }))),
      /producers: 101 is more than the limit producers = 100/,
    ],
    [
      'consumerGroups',
      (s) =>
        (s.consumerGroups = Array.from({ length: 101 }, (_, i) => ({ ...s.consumerGroups[0], id: `g${i}` }))),
      /consumerGroups: 101 is more than the limit consumerGroups = 100/,
    ],
    ['membersPerGroup', (s) => (s.consumerGroups[0].members = 51), /limit membersPerGroup = 50/],
    [
      'membersTotal',
      (s) =>
        (s.consumerGroups = Array.from({ length: 11 }, (_, i) => ({
          ...s.consumerGroups[0],
          id: `g${i}`,
          members: 50,
        }))),
      /consumers over all groups: 550 is more than the limit membersTotal = 500/,
    ],
    [
      'timelineActions',
      (s) =>
        (s.timeline = Array.from({ length: 2001 }, () => ({
          atMs: 0,
          action: 'flushProducer',
          producer: 'producer-1',
        }))),
      /timeline: 2001 is more than the limit timelineActions = 2000/,
    ],
    ['recordsPerSec', (s) => (s.producers[0].workload.recordsPerSec = 2e6), /limit recordsPerSec = 1000000/],
    ['runMs', (s) => (s.durationMs = LIMITS.runMs + 1), /durationMs: .* is more than the limit runMs/],
    ['schemaUrlChars', (s) => (s.$schema = 'x'.repeat(501)), /^x\.json: \$schema: /],
  ];
  it.each(cases)('refuses a scenario past %s, naming the limit', (_name, change, message) => {
    const errors = errorsOf(change);
    expect(
      errors.some((e) => message.test(e)),
      errors.slice(0, 3).join('\n'),
    ).toBe(true);
  });

  it('300,000 topics are refused by the limit before any per-topic work', () => {
    const r = parseScenarioObject(
      { ...base(), topics: Array.from({ length: 300_000 }, () => ({ name: 'a', partitions: 1 })) },
      'x',
    );
    expect(r.ok).toBe(false);
  });
});

describe('clearer messages for wrong values (defect 6)', () => {
  it('an object or null config value says what was expected and what it got', () => {
    const errors = errorsOf((s) => {
      s.producers[0].config['linger.ms'] = {};
      s.producers[0].config['batch.size'] = null;
    });
    expect(errors).toContain(
      'x.json: producers[0].config["linger.ms"]: expected a number, string or boolean, got object',
    );
    expect(errors).toContain(
      'x.json: producers[0].config["batch.size"]: expected a number, string or boolean, got null',
    );
  });
});
