import { describe, expect, it } from 'vitest';
import { advance, createSimulation, metricReadings, snapshot } from '../engine';
import { EXAMPLES } from '../scenarios';
import { countersOf, sampleBetween, SAMPLE_MS } from './metrics';

// The charts sample from `metricReadings` (cheap) while A/B compare and every other view read the
// snapshot: both must give the same figures, or two views of one fact would disagree.
describe('chart samples from metricReadings', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.scenario] as const))(
    '%s: the same counters and lag as the snapshot',
    (_id, scenario) => {
      const sim = createSimulation(scenario);
      let prev = countersOf(snapshot(sim));
      const end = Math.min(scenario.durationMs, 40_000);
      let checked = 0;
      for (let t = SAMPLE_MS * 7; t <= end; t += SAMPLE_MS * 13) {
        // A timeline fastForward may have moved the clock past t already.
        advance(sim, Math.max(0, t - sim.now));
        const snap = snapshot(sim);
        const readings = metricReadings(sim);
        expect(countersOf(readings)).toEqual(countersOf(snap));
        expect(sampleBetween(prev, countersOf(readings), readings)).toEqual(
          sampleBetween(prev, countersOf(snap), snap),
        );
        prev = countersOf(snap);
        checked++;
      }
      expect(checked).toBeGreaterThan(3);
    },
  );

  it('sees lag once a group has committed (the comparison above is not only of nulls)', () => {
    const example = EXAMPLES.find((e) => e.id === 'classroom-scale')!;
    const sim = createSimulation(example.scenario);
    advance(sim, 20_000);
    const lags = metricReadings(sim).groups.flatMap((g) => g.partitions.map((p) => p.lag));
    expect(lags.some((lag) => lag !== null)).toBe(true);
    expect(metricReadings(sim).producers[0]!.stats.acked).toBeGreaterThan(0);
  });
});
