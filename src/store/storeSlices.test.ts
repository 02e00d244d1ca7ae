/** One test per store slice, through the composed store's public API (no React). */
import { describe, expect, it } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore, MAX_SPEED, MIN_SPEED } from './kafkaStore';
import { shownProducer, shownScenarioProducer, shownTopic } from './producerSelection';

const make = (id = 'steady-stream') => {
  const e = findExample(id)!;
  return createKafkaStore({ scenarioId: e.id, scenario: e.scenario, lang: 'en' });
};

describe('store slices', () => {
  it('playback: play/pause/toggle, speed clamped to its range, step moves time forward', () => {
    const store = make();
    const s = () => store.getState();
    s().togglePlay();
    expect(s().playing).toBe(true);
    s().pause();
    expect(s().playing).toBe(false);
    s().setSpeed(1000);
    expect(s().speed).toBe(MAX_SPEED);
    s().setSpeed(0);
    expect(s().speed).toBe(MIN_SPEED);
    s().step();
    expect(s().snap.now).toBeGreaterThan(0);
    expect(s().lastStep).not.toBeNull();
  });

  it('timeline: the horizon stays where it was after seeking back, and seeking forward returns', () => {
    const store = make();
    store.getState().advanceBy(1000);
    store.getState().seek(400);
    expect(store.getState().snap.now).toBe(400);
    expect(store.getState().horizon).toBe(1000);
    store.getState().seek(1000);
    expect(store.getState().snap.now).toBe(1000);
  });

  it('UI: at most four notices, dismissable; dialog and partition selection', () => {
    const store = make();
    for (let i = 0; i < 6; i++) store.getState().notify('info', `n${i}`);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['n2', 'n3', 'n4', 'n5']);
    store.getState().dismissNotice(store.getState().notices[0]!.id);
    expect(store.getState().notices).toHaveLength(3);
    store.getState().openDialog('share');
    store.getState().selectPartition(2);
    expect(store.getState()).toMatchObject({ dialog: 'share', selectedPartition: 2 });
  });

  it('producer selection: the first producer unless another is picked; a new scenario forgets the pick', () => {
    const store = make('two-producers');
    expect(shownProducer(store.getState())?.id).toBe('orders-service');
    store.getState().selectProducer('clicks-service');
    expect(shownProducer(store.getState())?.id).toBe('clicks-service');
    expect(shownScenarioProducer(store.getState())?.workload.recordsPerSec).toBe(1000);
    expect(shownTopic(store.getState())).toBe('clicks');
    store.getState().selectProducer('no-such-producer');
    expect(shownProducer(store.getState())?.id).toBe('orders-service');
    store.getState().selectProducer('clicks-service');
    const other = findExample('hot-keys')!;
    store.getState().loadScenario(other.id, other.scenario);
    expect(store.getState().selectedProducer).toBeNull();
    expect(shownProducer(store.getState())?.id).toBe('producer-1');
  });
});
