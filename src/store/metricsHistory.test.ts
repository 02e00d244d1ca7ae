import { describe, expect, it } from 'vitest';
import type { MetricsSample } from './metrics';
import { SAMPLE_MS, WINDOW_SAMPLES } from './metrics';
import { HISTORY_SAMPLES, recordSample, windowEndingAt } from './metricsHistory';

const sample = (t: number) => ({ t }) as MetricsSample;
const times = (h: readonly MetricsSample[]) => h.map((s) => s.t);

describe('metrics history', () => {
  it('keeps the newest samples while playing on, within the bound', () => {
    const h: MetricsSample[] = [];
    for (let i = 1; i <= HISTORY_SAMPLES + 10; i++) recordSample(h, sample(i * SAMPLE_MS));
    expect(h).toHaveLength(HISTORY_SAMPLES);
    expect(h[0]!.t).toBe(11 * SAMPLE_MS);
    expect(h.at(-1)!.t).toBe((HISTORY_SAMPLES + 10) * SAMPLE_MS);
  });

  it('a re-simulated sample already known is not added twice', () => {
    const h = [sample(250), sample(500)];
    recordSample(h, sample(250));
    expect(times(h)).toEqual([250, 500]);
  });

  it('re-simulating a past older than the kept samples fills it in, dropping the newest', () => {
    const h: MetricsSample[] = [];
    const present = 3 * HISTORY_SAMPLES * SAMPLE_MS;
    for (let t = present - (HISTORY_SAMPLES - 1) * SAMPLE_MS; t <= present; t += SAMPLE_MS)
      recordSample(h, sample(t));
    // A seek back to 60 s restored the checkpoint at 50 s and re-simulated from there.
    for (let t = 50_250; t <= 60_000; t += SAMPLE_MS) recordSample(h, sample(t));
    expect(h).toHaveLength(HISTORY_SAMPLES);
    expect(h[0]!.t).toBe(50_250);
    expect(h.at(-1)!.t).toBeLessThan(present);
    // The chart at 60 s shows what was re-simulated, nothing from across the gap.
    expect(times(windowEndingAt(h, 60_000))).toEqual(times(h.filter((s) => s.t <= 60_000)));
    // A later stretch with a gap before it: its window does not reach back across the gap.
    for (let t = 200_250; t <= 201_000; t += SAMPLE_MS) recordSample(h, sample(t));
    expect(times(windowEndingAt(h, 201_000))).toEqual([200_250, 200_500, 200_750, 201_000]);
  });

  it('the window is the last WINDOW_SAMPLES sample periods', () => {
    const h: MetricsSample[] = [];
    for (let i = 1; i <= 400; i++) recordSample(h, sample(i * SAMPLE_MS));
    const w = windowEndingAt(h, 300 * SAMPLE_MS);
    expect(w).toHaveLength(WINDOW_SAMPLES);
    expect(w.at(-1)!.t).toBe(300 * SAMPLE_MS);
  });
});
