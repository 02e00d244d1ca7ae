import { describe, expect, it } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from './kafkaStore';
import { checkpointIntervalFor } from './checkpointPace';

function playedAt(speed: number, ms: number) {
  const id = 'steady-stream';
  const store = createKafkaStore({ scenarioId: id, scenario: findExample(id)!.scenario, lang: 'en', speed });
  for (let left = ms; left > 0; left -= 250) store.getState().advanceBy(Math.min(250, left));
  return store;
}

describe('checkpoint pace', () => {
  it('saves every 5 simulated s up to 2×, and about once per 1.5 wall s above', () => {
    expect([0.25, 0.5, 1, 2, 5, 10].map(checkpointIntervalFor)).toEqual([
      5000, 5000, 5000, 5000, 10_000, 15_000,
    ]);
  });

  it('a run played at 10× (sparser checkpoints) seeks back to the same states as one played at 1×', () => {
    const fast = playedAt(10, 60_000);
    const slow = playedAt(1, 60_000);
    for (const at of [47_250, 31_000, 5_000, 59_750]) {
      fast.getState().seek(at);
      slow.getState().seek(at);
      expect(fast.getState().snap.now).toBe(at);
      expect(JSON.stringify(fast.getState().snap)).toBe(JSON.stringify(slow.getState().snap));
      expect(fast.getState().narration).toEqual(slow.getState().narration);
      expect(fast.getState().series).toEqual(slow.getState().series);
    }
  });
});
