import { describe, expect, it } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from '../store/kafkaStore';
import { handleShortcut } from './useKeyboardShortcuts';

const newStore = () =>
  createKafkaStore({
    scenarioId: 'steady-stream',
    scenario: findExample('steady-stream')!.scenario,
    lang: 'en',
    speed: 1,
  });

describe('presenter shortcuts', () => {
  it('Space and "." toggle play on every store driven', () => {
    const stores = [newStore(), newStore()];
    handleShortcut('.', stores);
    expect(stores.map((s) => s.getState().playing)).toEqual([true, true]);
    handleShortcut(' ', stores);
    expect(stores.map((s) => s.getState().playing)).toEqual([false, false]);
  });

  it('+ and - move one speed stop, within 0.1×–10×', () => {
    const [store] = [newStore()];
    handleShortcut('+', [store]);
    expect(store.getState().speed).toBe(2);
    handleShortcut('-', [store]);
    handleShortcut('-', [store]);
    expect(store.getState().speed).toBe(0.5);
    for (let i = 0; i < 20; i++) handleShortcut('+', [store]);
    expect(store.getState().speed).toBe(10);
  });

  it('→ steps forward, ← steps back, ? toggles the help', () => {
    const store = newStore();
    store.getState().advanceBy(700);
    handleShortcut('ArrowRight', [store]);
    const after = store.getState().snap.now;
    expect(after).toBeGreaterThan(700);
    handleShortcut('ArrowLeft', [store]);
    expect(store.getState().snap.now).toBeLessThan(after);
    handleShortcut('?', [store]);
    expect(store.getState().dialog).toBe('shortcuts');
    handleShortcut('?', [store]);
    expect(store.getState().dialog).toBeNull();
    expect(handleShortcut('x', [store])).toBe(false);
  });
});
