import { describe, expect, it } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from './kafkaStore';

const make = () => {
  const e = findExample('steady-stream')!;
  return createKafkaStore({ scenarioId: e.id, scenario: e.scenario, lang: 'en' });
};

describe('kafka store (no React)', () => {
  it('advances the simulation and samples metrics on a fixed simulated-time grid', () => {
    const store = make();
    store.getState().advanceBy(2000);
    const { snap, series } = store.getState();
    expect(snap.now).toBe(2000);
    expect(series.map((s) => s.t)).toEqual([250, 500, 750, 1000, 1250, 1500, 1750, 2000]);
    expect(series.at(-1)!.recordsPerSec).toBeGreaterThan(200);
  });

  it('keeps a bounded window of recent events and metric samples over a long run', () => {
    const store = make();
    for (let i = 0; i < 120; i++) store.getState().advanceBy(1000);
    expect(store.getState().recent.length).toBeLessThanOrEqual(400);
    expect(store.getState().series.length).toBeLessThanOrEqual(160);
  });

  it('turns an invalid action into an error notice and changes nothing', () => {
    const store = make();
    const ok = store
      .getState()
      .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger_ms', value: 5 });
    expect(ok).toBe(false);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      text: expect.stringContaining('did you mean "linger.ms"'),
    });
  });

  it('two stores are independent (one per visualiser instance)', () => {
    const a = make();
    const b = make();
    a.getState().advanceBy(1000);
    expect(b.getState().snap.now).toBe(0);
  });
});
