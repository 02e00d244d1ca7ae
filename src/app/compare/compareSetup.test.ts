import { describe, expect, it } from 'vitest';
import { findExample } from '../../scenarios';
import { compareScenarios, PRESETS } from './compareSetup';

const base = findExample('steady-stream')!.scenario;

describe('A/B compare setup', () => {
  it('changes exactly one key, in every producer, and nothing else', () => {
    const setup = compareScenarios(base, { key: 'linger.ms', a: '0', b: '50' });
    expect(setup).toMatchObject({
      key: 'linger.ms',
      scope: 'producer',
      valueA: 0,
      valueB: 50,
      rejected: null,
    });
    expect(setup.a.producers[0]!.config['linger.ms']).toBe(0);
    expect(setup.b.producers[0]!.config['linger.ms']).toBe(50);
    const strip = (s: typeof base) => ({ ...s, producers: s.producers.map((p) => ({ ...p, config: {} })) });
    expect(strip(setup.a)).toEqual(strip(setup.b));
    expect(setup.a.seed).toBe(base.seed);
  });

  it('uses a preset pair when only the key is given, and consumer keys go to the groups', () => {
    expect(compareScenarios(base, { key: 'acks', a: null, b: null })).toMatchObject({
      valueA: '1',
      valueB: 'all',
    });
    const poll = compareScenarios(base, { key: 'max.poll.records', a: '500', b: '5' });
    expect(poll.scope).toBe('consumer');
    expect(poll.b.consumerGroups[0]!.config['max.poll.records']).toBe(5);
  });

  it('refuses unknown keys, invalid or equal values, and says so', () => {
    for (const request of [
      { key: 'linger.msec', a: '0', b: '5' },
      { key: 'linger.ms', a: 'fast', b: '5' },
      { key: 'linger.ms', a: '5', b: '5' },
    ]) {
      const setup = compareScenarios(base, request);
      expect(setup.rejected).toEqual(request);
      expect(setup.key).toBe(PRESETS[0]!.key);
    }
  });
});
