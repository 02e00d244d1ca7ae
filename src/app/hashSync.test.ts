import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from '../store/kafkaStore';
import { syncHashWithStore } from './hashSync';
import { decodeShareHash } from './shareLink';

describe('syncHashWithStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a share link of the changed config once things settle, and it decodes to the same state', () => {
    const example = findExample('steady-stream')!;
    const store = createKafkaStore({ scenarioId: example.id, scenario: example.scenario, lang: 'en' });
    const writes: string[] = [];
    const stop = syncHashWithStore(store, (h) => writes.push(h));
    store
      .getState()
      .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 50 });
    store.getState().setLang('ko');
    expect(writes).toHaveLength(0); // debounced
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(1); // one write for both changes
    const decoded = decodeShareHash(writes[0]!);
    expect(decoded.kind).toBe('ok');
    if (decoded.kind !== 'ok') return;
    expect(decoded.state.lang).toBe('ko');
    expect(decoded.state.exampleId).toBe('steady-stream');
    const recorded = decoded.state.scenario.timeline.find((e) => e.action === 'setProducerConfig');
    expect(recorded).toMatchObject({ key: 'linger.ms', value: 50 });
    stop();
  });

  it('does not write while only simulated time moves during playback', () => {
    const example = findExample('steady-stream')!;
    const store = createKafkaStore({ scenarioId: example.id, scenario: example.scenario, lang: 'en' });
    store.getState().play();
    const writes: string[] = [];
    syncHashWithStore(store, (h) => writes.push(h));
    for (let i = 0; i < 10; i++) store.getState().advanceBy(100);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(0);
  });
});
