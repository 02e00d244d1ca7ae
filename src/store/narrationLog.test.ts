import { describe, expect, it } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from './kafkaStore';
import { advance, createSimulation } from '../engine';
import { createNarrationLog, NARRATION_LIMIT } from './narrationLog';

function newStore(id: string) {
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

describe('store: narration log', () => {
  it('narrates what happened at t = 0 and as time advances', () => {
    const store = newStore('acks-1-loses-acked-data');
    // Both slowFollower actions of the scenario run at 0 ms.
    expect(store.getState().narration.filter((e) => e.kind === 'faultChanged')).toHaveLength(2);
    play(store, 3500);
    expect(store.getState().narration.some((e) => e.kind === 'brokerCrashed' && e.at === 3000)).toBe(true);
  });

  it('seeking back and forward again neither duplicates nor loses entries', () => {
    const store = newStore('acks-1-loses-acked-data');
    play(store, 16_000);
    const straight = store.getState().narration;
    expect(straight.some((e) => e.kind === 'recordsLostAfterAck')).toBe(true);
    store.getState().seek(4321);
    const back = store.getState().narration;
    expect(back.every((e) => e.at <= 4321)).toBe(true);
    expect(back).toEqual(straight.filter((e) => e.at <= 4321));
    store.getState().seek(12_000);
    store.getState().seek(9000);
    store.getState().stepBack();
    store.getState().seek(16_000);
    expect(store.getState().narration).toEqual(straight);
  });

  it('an intervention in the past forks the narration too', () => {
    const store = newStore('acks-1-loses-acked-data');
    play(store, 5000);
    store.getState().seek(2000);
    store.getState().act({ action: 'restartBroker', broker: 0 });
    const log = store.getState().narration;
    expect(log.filter((e) => e.kind === 'brokerCrashed')).toHaveLength(0);
    play(store, 2000);
    // The scripted crash at 3 s still happens in the new future, once.
    expect(store.getState().narration.filter((e) => e.kind === 'brokerCrashed')).toHaveLength(1);
  });

  it('keeps only the newest entries', () => {
    const example = findExample('s11-eager-join')!;
    const sim = createSimulation(example.scenario);
    const log = createNarrationLog(20);
    for (let t = 0; t < 30_000; t += 250) log.append(advance(sim, 250), sim);
    expect(log.entries()).toHaveLength(20);
    expect(log.entries().at(-1)!.at).toBeGreaterThan(25_000);
    expect(NARRATION_LIMIT).toBe(300);
  });

  it('restart or a new scenario clears it', () => {
    const store = newStore('steady-stream');
    play(store, 4000);
    expect(store.getState().narration.length).toBeGreaterThan(0);
    store.getState().restart();
    expect(store.getState().narration).toEqual([]);
    play(store, 4000);
    const example = findExample('s11-eager-join')!;
    store.getState().loadScenario(example.id, example.scenario);
    expect(store.getState().narration).toEqual([]);
  });

  it('step() says what it did, in sentences or as a plain description of the raw events', () => {
    const store = newStore('acks-1-loses-acked-data');
    store.getState().seek(2999);
    store.getState().step();
    expect(store.getState().snap.now).toBe(3000);
    expect(store.getState().lastStep?.map((e) => e.kind)).toContain('brokerCrashed');
    store.getState().step();
    const raw = store.getState().lastStep!;
    expect(raw.length).toBeGreaterThan(0);
    play(store, 100);
    expect(store.getState().lastStep).toBeNull();
  });
});
