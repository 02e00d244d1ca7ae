import { describe, expect, it } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from './kafkaStore';

function newStore(id = 'steady-stream') {
  return createKafkaStore({ scenarioId: id, scenario: findExample(id)!.scenario, lang: 'en' });
}

/** Plays in uneven frames, as the driver does. */
function play(store: ReturnType<typeof newStore>, ms: number) {
  const frames = [16, 17, 33, 250, 5];
  for (let i = 0, left = ms; left > 0; i++) {
    const f = Math.min(left, frames[i % frames.length]!);
    store.getState().advanceBy(f);
    left -= f;
  }
}

describe('store: time travel', () => {
  it('seek back then forward gives the same snapshot, metrics and recent events', () => {
    const store = newStore();
    play(store, 2000);
    store
      .getState()
      .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 30 });
    play(store, 2500);
    const before = store.getState();
    store.getState().seek(1234);
    expect(store.getState().snap.now).toBe(1234);
    expect(store.getState().snap.producers[0]!.config['linger.ms']).toBe(5);
    expect(store.getState().horizon).toBe(4500);
    store.getState().seek(4500);
    const after = store.getState();
    expect(after.snap).toEqual(before.snap);
    expect(after.series.slice(-8)).toEqual(before.series.slice(-8));
    expect(after.recent.slice(-50)).toEqual(before.recent.slice(-50));
  });

  it('a short forward seek continues from the present and equals a straight run', () => {
    const store = newStore();
    play(store, 3000);
    store.getState().seek(1234);
    store.getState().seek(1900); // the checkpoint at 1 s is behind 1.234 s: no restore needed
    const straight = newStore();
    play(straight, 1900);
    expect(store.getState().snap).toEqual(straight.getState().snap);
    expect(store.getState().series).toEqual(straight.getState().series);
  });

  it('step back lands on the latest earlier event; step forward returns', () => {
    const store = newStore();
    play(store, 1500);
    const { recent, snap } = store.getState();
    const previous = [...recent].reverse().find((e) => e.at < snap.now)!.at;
    store.getState().stepBack();
    expect(store.getState().snap.now).toBe(previous);
    store.getState().step();
    expect(store.getState().snap.now).toBeGreaterThan(previous);
  });

  it('an intervention after rewinding forks, and the discarded future is announced', () => {
    const store = newStore();
    play(store, 1000);
    store.getState().act({ action: 'setWorkload', producer: 'producer-1', recordsPerSec: 50 });
    play(store, 2000);
    store.getState().seek(500);
    store
      .getState()
      .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 100 });
    const s = store.getState();
    expect(s.lastFork).toEqual({ fromMs: 500, toMs: 3000, interventions: 1 });
    expect(s.notices.at(-1)?.text).toMatch(/changed the past at t = 0\.5 s.*up to 3 s, 1 recorded/);
    expect(s.recordedTimes).toEqual([500]);
    expect(s.horizon).toBe(500);
    expect(s.recordedScenario().timeline).toEqual([
      { atMs: 500, action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 100 },
    ]);
  });

  it('undo fork takes the forking change back and restores the discarded future exactly', () => {
    const store = newStore();
    play(store, 1000);
    store.getState().act({ action: 'setWorkload', producer: 'producer-1', recordsPerSec: 50 });
    play(store, 2000);
    const futureAt3s = store.getState().snap;
    store.getState().seek(500);
    const pastAt500 = store.getState().snap;
    store
      .getState()
      .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 100 });
    store.getState().undoFork();
    const s = store.getState();
    expect(s.lastFork).toBeNull();
    expect(s.notices.at(-1)?.text).toMatch(/Fork undone/);
    expect(s.snap.now).toBe(500);
    expect(s.snap.producers[0]!.config['linger.ms']).toBe(pastAt500.producers[0]!.config['linger.ms']);
    expect(s.recordedTimes).toEqual([1000]);
    expect(s.horizon).toBe(3000);
    // Playing on reaches the very same future as before the fork.
    store.getState().seek(3000);
    expect(store.getState().snap).toEqual(futureAt3s);
  });

  it('undo fork is offered only until the next change', () => {
    const store = newStore();
    play(store, 1000);
    store.getState().seek(200);
    store.getState().act({ action: 'setWorkload', producer: 'producer-1', recordsPerSec: 50 });
    expect(store.getState().lastFork).not.toBeNull();
    store.getState().act({ action: 'setWorkload', producer: 'producer-1', recordsPerSec: 60 });
    expect(store.getState().lastFork).toBeNull();
    store.getState().undoFork(); // nothing to undo: no change
    expect(store.getState().recordedTimes).toEqual([200, 200]);
  });

  it('the exported rehearsal, loaded fresh, replays to the same picture', () => {
    const store = newStore('hot-keys');
    play(store, 800);
    store.getState().act({ action: 'setWorkload', producer: 'producer-1', recordsPerSec: 400 });
    play(store, 1700);
    const replay = createKafkaStore({
      scenarioId: 'custom',
      scenario: store.getState().recordedScenario(),
      lang: 'en',
    });
    play(replay, 2500);
    expect(replay.getState().snap).toEqual(store.getState().snap);
  });

  it('a looping embed goes back to its start at the scenario’s end', () => {
    const store = newStore();
    store.getState().setLoop(200);
    play(store, 500);
    store.getState().seek(59_990);
    store.getState().advanceBy(20);
    expect(store.getState().snap.now).toBe(200);
  });
});
