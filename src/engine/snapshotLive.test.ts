import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../scenarios';
import { advance, createSimulation } from './index';
import { snapshot } from './snapshot';
import { liveOf, liveView } from './snapshotLive';

// The store publishes liveView every frame and the whole snapshot a few times a second: the dots and
// countdowns (live) and the panels' text (snapshot) must describe the same messages and batches.
describe('liveView', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.scenario] as const))(
    '%s: equals the live part of the snapshot at every moment checked',
    (_id, scenario) => {
      const sim = createSimulation(scenario);
      const end = Math.min(scenario.durationMs, 30_000);
      let previous = liveView(sim);
      let checked = 0;
      for (let t = 37; t <= end; t += 1_013) {
        advance(sim, Math.max(0, t - sim.now));
        const live = liveView(sim, previous);
        expect(live).toEqual(liveOf(snapshot(sim)));
        previous = live;
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it('keeps the previous objects where nothing moved, and only there', () => {
    const example = EXAMPLES.find((e) => e.id === 'classroom-scale')!;
    const sim = createSimulation(example.scenario);
    advance(sim, 5_003);
    const before = liveView(sim);
    expect(before.messages.length).toBeGreaterThan(0);
    expect(before.accumulators[0]!.length).toBeGreaterThan(0);
    expect(liveView(sim, before)).toBe(before);
    advance(sim, 2);
    const after = liveView(sim, before);
    expect(after.now).toBe(before.now + 2);
    const kept = after.messages.filter((m) => before.messages.includes(m));
    expect(kept.length).toBeGreaterThan(0);
    // liveOf gives the snapshot's own message objects, so text and motion views share them.
    const snap = snapshot(sim);
    expect(liveOf(snap).messages).toBe(snap.messages);
  });
});
