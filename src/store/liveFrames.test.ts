import { describe, expect, it } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from './kafkaStore';

// While playing, the driver publishes `live` every frame and the whole read model (`snap`) every third
// frame or so: nothing a learner reads may differ from a run that published everything every frame.
const make = (id = 'classroom-scale') =>
  createKafkaStore({ scenarioId: id, scenario: findExample(id)!.scenario, lang: 'en' });

/** Plays `frames` frames of `ms` each, publishing the read model on every `every`-th frame. */
function play(store: ReturnType<typeof make>, frames: number, ms: number, every: number) {
  for (let i = 1; i <= frames; i++) store.getState().advanceBy(ms, i % every === 0 ? undefined : 'live');
}

describe('live frames between read models', () => {
  it('moves live every frame and leaves snap (and the events list) until the read model is due', () => {
    const store = make();
    store.getState().advanceBy(3000);
    const before = store.getState();
    store.getState().advanceBy(17, 'live');
    const after = store.getState();
    expect(after.live.now).toBe(3017);
    expect(after.snap).toBe(before.snap);
    expect(after.recent).toBe(before.recent);
    expect(after.narration).toBe(before.narration);
    store.getState().advanceBy(17);
    expect(store.getState().snap.now).toBe(3034);
    expect(store.getState().live.now).toBe(3034);
  });

  it('ends in the same read model, events, narration and charts as publishing every frame', () => {
    const everyFrame = make();
    const third = make();
    play(everyFrame, 300, 17, 1);
    play(third, 299, 17, 3);
    third.getState().advanceBy(17); // the last frame publishes the read model
    const a = everyFrame.getState();
    const b = third.getState();
    expect(b.snap).toEqual(a.snap);
    expect(b.live).toEqual(a.live);
    expect(b.recent).toEqual(a.recent);
    expect(b.narration).toEqual(a.narration);
    expect(b.series).toEqual(a.series);
    expect(b.recent.length).toBeGreaterThan(100);
  });

  it('catches up when paused, so a paused picture is always the present', () => {
    const store = make();
    store.getState().play();
    play(store, 10, 17, 100);
    expect(store.getState().snap.now).toBeLessThan(store.getState().live.now);
    store.getState().pause();
    expect(store.getState().snap.now).toBe(170);
    expect(store.getState().recent.at(-1)!.at).toBeLessThanOrEqual(170);
    expect(store.getState().recent.some((e) => e.at > 0)).toBe(true);
  });

  it('keeps the events simulated between read models when an action publishes', () => {
    const store = make('steady-stream');
    store.getState().advanceBy(1000);
    play(store, 5, 20, 100);
    const act = store
      .getState()
      .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 20 });
    expect(act).toBe(true);
    const { recent, snap } = store.getState();
    expect(snap.now).toBe(1100);
    expect(recent.some((e) => e.at > 1000 && e.at <= 1100 && e.type !== 'ConfigChanged')).toBe(true);
  });

  it('forgets events of a past it leaves by seeking back', () => {
    const store = make('steady-stream');
    store.getState().advanceBy(5000); // a checkpoint at 5 s: the seek below re-simulates only 10 ms
    play(store, 5, 20, 100);
    store.getState().seek(5010);
    expect(store.getState().snap.now).toBe(5010);
    expect(store.getState().recent.every((e) => e.at <= 5010)).toBe(true);
  });
});
