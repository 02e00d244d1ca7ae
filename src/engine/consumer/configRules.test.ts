/**
 * Consumer settings Kafka refuses (issue 11 item 6, kafka-behaviour.md §10): heartbeat.interval.ms ≥
 * session.timeout.ms (the consumer's `Heartbeat` constructor throws IllegalArgumentException) and a
 * session timeout outside the broker's group.min/max.session.timeout.ms (JoinGroup answers
 * INVALID_SESSION_TIMEOUT). A live change that would break either rule is refused and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { ActionError, apply } from '../index';
import { ofType, TestCluster } from '../testing/TestCluster';
import { consumerStartupErrors } from './configRules';

describe('impossible consumer settings', () => {
  it('refuses heartbeat.interval.ms ≥ session.timeout.ms with the consumer’s own message', () => {
    const r = TestCluster.from({});
    r.advance(1000);
    const act = () =>
      apply(r.sim, { action: 'setConsumerConfig', group: 'g1', key: 'heartbeat.interval.ms', value: 45000 });
    expect(act).toThrow(ActionError);
    expect(act).toThrow('IllegalArgumentException: Heartbeat must be set lower than the session timeout');
    expect(r.sim.groups[0]!.config['heartbeat.interval.ms']).toBe(3000);
    // Lowering the session below the heartbeat is the same mistake from the other side.
    expect(() =>
      apply(r.sim, { action: 'setConsumerConfig', group: 'g1', key: 'session.timeout.ms', value: 6000 }),
    ).not.toThrow();
    expect(() =>
      apply(r.sim, { action: 'setConsumerConfig', group: 'g1', key: 'heartbeat.interval.ms', value: 6000 }),
    ).toThrow(/Heartbeat must be set lower than the session timeout/);
  });

  it('refuses a session timeout outside the broker’s 6 s … 30 min with INVALID_SESSION_TIMEOUT’s message', () => {
    const r = TestCluster.from({});
    r.advance(1000);
    for (const value of [100, 5999, 1_800_001]) {
      const act = () =>
        apply(r.sim, { action: 'setConsumerConfig', group: 'g1', key: 'session.timeout.ms', value });
      expect(act).toThrow(ActionError);
      expect(act).toThrow(
        /InvalidSessionTimeoutException: The session timeout is not within the range allowed by the broker \(as configured by group\.min\.session\.timeout\.ms and group\.max\.session\.timeout\.ms\)/,
      );
    }
    expect(r.sim.groups[0]!.config['session.timeout.ms']).toBe(45000);
    for (const value of [6000, 1_800_000])
      expect(() =>
        apply(r.sim, { action: 'setConsumerConfig', group: 'g1', key: 'session.timeout.ms', value }),
      ).not.toThrow();
  });

  it('checks a scenario group’s config with the version’s defaults filled in', () => {
    expect(consumerStartupErrors({}, '4.0')).toEqual([]);
    expect(consumerStartupErrors({ 'heartbeat.interval.ms': 45000 }, '4.0')).toHaveLength(1);
    expect(consumerStartupErrors({ 'session.timeout.ms': 100 }, '4.0')).toHaveLength(2);
    expect(consumerStartupErrors({ 'session.timeout.ms': 100, 'heartbeat.interval.ms': 50 }, '4.0')).toEqual([
      expect.stringMatching(/^InvalidSessionTimeoutException: /),
    ]);
  });

  it('a run built without the parser: the coordinator answers INVALID_SESSION_TIMEOUT and poll() throws', () => {
    const r = TestCluster.from({
      group: { config: { 'session.timeout.ms': 100, 'heartbeat.interval.ms': 50 } },
    });
    r.advance(5_000);
    const errors = ofType(r.events, 'ConsumerError');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ error: 'InvalidSessionTimeoutException' });
    expect(ofType(r.events, 'RebalanceCompleted')).toEqual([]);
    expect(r.sim.groups[0]!.stats.consumed).toBe(0);
  });
});
