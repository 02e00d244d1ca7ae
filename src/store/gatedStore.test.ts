import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from './kafkaStore';
import { createGatedStore } from './gatedStore';

function setUp(intervalMs: number, options?: { text?: boolean }) {
  const id = 'steady-stream';
  const source = createKafkaStore({ scenarioId: id, scenario: findExample(id)!.scenario, lang: 'en' });
  const gated = createGatedStore(source, intervalMs, options);
  const seen: number[] = [];
  let work = 0; // fake ms each delivery takes
  gated.store.subscribe((s) => {
    seen.push(s.snap.now);
    vi.advanceTimersByTime(work);
  });
  const stop = gated.connect();
  return { source, gated, seen, stop, setWork: (ms: number) => (work = ms) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('gated store', () => {
  it('passes changes on at most every interval, and always the last one', () => {
    const { source, gated } = setUp(500);
    const at: number[] = [];
    gated.store.subscribe(() => at.push(performance.now()));
    for (let i = 0; i < 40; i++) {
      source.getState().advanceBy(16);
      vi.advanceTimersByTime(50);
    }
    expect(at.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(500);
    vi.advanceTimersByTime(500);
    expect(gated.store.getState().snap.now).toBe(source.getState().snap.now);
  });

  it('with requestIdleCallback, waits for an idle gap that fits the last delivery, at most 100 ms', async () => {
    const idle: { cb: (d: IdleDeadline) => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: (d: IdleDeadline) => void, o?: { timeout?: number }) =>
      idle.push({ cb, timeout: o?.timeout }),
    );
    vi.stubGlobal('cancelIdleCallback', () => {});
    const gap = (ms: number, didTimeout = false) => idle.shift()!.cb({ didTimeout, timeRemaining: () => ms });
    const { source, seen, setWork } = setUp(500);
    setWork(8);
    source.getState().advanceBy(50);
    vi.advanceTimersByTime(1);
    gap(10); // the first delivery: its cost (8 ms) is learnt
    await Promise.resolve();
    expect(seen).toHaveLength(1);

    source.getState().advanceBy(100);
    vi.advanceTimersByTime(500);
    gap(3); // too short for 8 ms: waits for another gap
    expect(seen).toHaveLength(1);
    expect(idle[0]!.timeout).toBeLessThanOrEqual(100);
    gap(9);
    expect(seen.at(-1)).toBe(150);

    source.getState().advanceBy(100);
    vi.advanceTimersByTime(500);
    gap(0, true); // no gap came within the interval: delivered anyway
    expect(seen.at(-1)).toBe(250);
  });

  it('an interval of 0 passes changes on at once and cancels a pending delivery', () => {
    const { source, gated, seen } = setUp(500);
    vi.advanceTimersByTime(1);
    source.getState().advanceBy(40);
    gated.setInterval(0);
    expect(seen.at(-1)).toBe(40);
    source.getState().advanceBy(40);
    expect(seen.at(-1)).toBe(80);
  });

  it('passes at once a change that did not move the clock (an action, a setting), even mid-interval', () => {
    const { source, gated } = setUp(500);
    vi.advanceTimersByTime(1);
    source.getState().advanceBy(40);
    vi.advanceTimersByTime(1); // the first tick is delivered; the next waits out the interval
    source.getState().advanceBy(40);
    expect(gated.store.getState().snap.now).toBe(40);
    source.getState().setLang('ko');
    // The language change delivers everything up to it, the pending tick included.
    expect(gated.store.getState().lang).toBe('ko');
    expect(gated.store.getState().snap.now).toBe(80);
    source
      .getState()
      .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 50 });
    expect(gated.store.getState().snap.producers[0]!.config['linger.ms']).toBe(50);
  });

  it('a text gate does not wake for frames that moved only `live`; a motion gate does', () => {
    const text = setUp(0, { text: true });
    const motion = setUp(0);
    for (const { source, seen } of [text, motion]) {
      source.getState().advanceBy(40);
      seen.length = 0;
      source.getState().advanceBy(16, 'live');
      source.getState().advanceBy(16, 'live');
    }
    expect(text.seen).toEqual([]);
    expect(motion.seen).toHaveLength(2);
    expect(motion.gated.store.getState().live.now).toBe(72);
    // The next read model wakes the text gate, with everything simulated in between.
    text.source.getState().advanceBy(16);
    expect(text.seen).toEqual([88]);
  });

  it('rate-limits a hidden motion gate too (the clock it follows is `live`)', () => {
    const { source, seen } = setUp(500);
    vi.advanceTimersByTime(1);
    source.getState().advanceBy(16);
    vi.advanceTimersByTime(1);
    const delivered = seen.length;
    for (let i = 0; i < 10; i++) source.getState().advanceBy(16, 'live');
    expect(seen).toHaveLength(delivered);
  });
});
