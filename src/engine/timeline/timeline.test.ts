import { describe, expect, it } from 'vitest';
import { createSimulation, snapshot, type Action, type SimEvent, type SimState } from '../index';
import { testScenario } from '../testing/scenarios';
import {
  advanceRecorded,
  createTimeline,
  intervene,
  recordedScenario,
  restoreNear,
  seek,
  setCheckpointInterval,
  textBytes,
  type Timeline,
} from './timeline';
import { advance } from '../simulation';

const scenario = testScenario({
  partitions: 3,
  producer: { workload: { recordsPerSec: 400, valueBytes: 50 } },
});
const lingerUp: Action = { action: 'setProducerConfig', producer: 'p1', key: 'linger.ms', value: 40 };
const faster: Action = { action: 'setWorkload', producer: 'p1', recordsPerSec: 900 };

/** Plays like the UI does: frames of uneven length, with clicks at chosen moments. */
function rehearse(clicks: Record<number, Action>, untilMs: number) {
  const sim = createSimulation(scenario);
  const tl = createTimeline(sim);
  const log: SimEvent[] = [];
  const logLengthAt = new Map<number, number>([[0, 0]]);
  const frames = [17, 16, 33, 250, 3, 16];
  for (let i = 0; sim.now < untilMs; i++) {
    const nextClick = Math.min(
      ...Object.keys(clicks)
        .map(Number)
        .filter((t) => t > sim.now),
      untilMs,
    );
    log.push(...advanceRecorded(tl, sim, Math.min(frames[i % frames.length]!, nextClick - sim.now)));
    const click = clicks[sim.now];
    if (click) log.push(...intervene(tl, sim, click).events);
    logLengthAt.set(sim.now, log.length);
  }
  return { sim, tl, log, logLengthAt };
}

const json = (sim: SimState) => JSON.stringify(sim);

describe('timeline: seek', () => {
  it('seeking back then forward reproduces the identical state and event log', () => {
    const live = rehearse({ 1201: lingerUp, 2417: faster }, 5000);
    // Seek back to a moment between the two clicks, then play forward to the end again.
    const back = 1700;
    expect(live.logLengthAt.has(back)).toBe(false); // a moment no frame ended on
    const { sim } = seek(live.tl, back);
    expect(sim.now).toBe(back);
    const replayed: SimEvent[] = [];
    while (sim.now < 5000) replayed.push(...advanceRecorded(live.tl, sim, Math.min(77, 5000 - sim.now)));
    expect(json(sim)).toBe(json(live.sim));
    // The re-simulated events equal the original log from the seek point on.
    const firstAfter = live.log.findIndex((e) => e.at > back);
    expect(replayed.filter((e) => e.at > back)).toEqual(live.log.slice(firstAfter));
  });

  it('a seek lands on the same state as having played straight there', () => {
    const live = rehearse({ 1201: lingerUp }, 3000);
    const straight = rehearse({ 1201: lingerUp }, 2222);
    expect(json(seek(live.tl, 2222).sim)).toBe(json(straight.sim));
    // Including the moment of a click itself: the state holds the click.
    const atClick = seek(live.tl, 1201).sim;
    expect(snapshot(atClick).producers[0]!.config['linger.ms']).toBe(40);
  });
});

describe('timeline: fork', () => {
  it('an intervention after rewinding discards the recorded future and says how much', () => {
    const live = rehearse({ 1000: lingerUp, 3000: faster }, 4000);
    const { sim } = seek(live.tl, 2000);
    const fork = intervene(live.tl, sim, { action: 'setWorkload', producer: 'p1', recordsPerSec: 10 });
    expect(fork.discarded).toEqual({ fromMs: 2000, toMs: 4000, interventions: 1 });
    expect(live.tl.recorded.map((r) => r.atMs)).toEqual([1000, 2000]);
    expect(live.tl.horizon).toBe(2000);
    expect(live.tl.checkpoints.list.every((c) => c.at <= 2000)).toBe(true);
    // The new future: the discarded 900 records/s never happens.
    advanceRecorded(live.tl, sim, 2000);
    expect(snapshot(sim).producers[0]!.workload.recordsPerSec).toBe(10);
    // And it is itself reproducible.
    const again = seek(live.tl, 4000).sim;
    expect(json(again)).toBe(json(sim));
  });

  it('an intervention at the live edge does not fork', () => {
    const live = rehearse({}, 1500);
    expect(intervene(live.tl, live.sim, lingerUp).discarded).toBeNull();
  });
});

describe('timeline: bounded checkpoints', () => {
  it('keeps count and size within the limits over a long run, dense near now', () => {
    const sim = createSimulation(
      testScenario({ partitions: 3, producer: { workload: { recordsPerSec: 50, valueBytes: 50 } } }),
    );
    // The size bound allows ~12 states of this scenario, so the count bound is the one that thins here.
    const warm = createSimulation(sim.scenario);
    advance(warm, 60_000);
    const limits = { intervalMs: 500, maxCount: 10, maxBytes: 12 * JSON.stringify(warm).length };
    const tl: Timeline = createTimeline(sim, limits);
    let peakBytes = 0;
    for (let t = 0; t < 10 * 60_000; t += 1000) {
      advanceRecorded(tl, sim, 1000);
      const { list, bytes } = tl.checkpoints;
      expect(list.length).toBeLessThanOrEqual(10);
      expect(bytes).toBe(list.reduce((n, c) => n + c.bytes, 0));
      peakBytes = Math.max(peakBytes, bytes);
    }
    expect(peakBytes).toBeLessThanOrEqual(limits.maxBytes);
    const times = tl.checkpoints.list.map((c) => c.at);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBe(sim.now);
    // Older gaps are wider than the newest one.
    expect(times[2]! - times[1]!).toBeGreaterThan(times.at(-1)! - times.at(-2)!);
    // Even the oldest part of the run can still be reached.
    expect(seek(tl, 123_456).sim.now).toBe(123_456);
  }, 30_000);
});

describe('timeline: checkpoint memory', () => {
  it('counts a text with any character beyond Latin-1 at two bytes per character', () => {
    expect(textBytes('{"name":"orders"}')).toBe(17);
    expect(textBytes('{"name":"café"}')).toBe(15);
    expect(textBytes('{"name":"교실"}')).toBe(26);
  });

  it('keeps a Korean scenario out of the checkpoint text (one-byte), and restores the state exactly', () => {
    const korean = {
      ...scenario,
      title: { en: 'Classroom', ko: '교실 규모' },
      description: { en: 'A demo.', ko: '수업 데모.' },
    };
    const sim = createSimulation(korean);
    const tl = createTimeline(sim);
    advanceRecorded(tl, sim, 5000);
    const saved = tl.checkpoints.list.at(-1)!;
    expect(saved.at).toBe(5000);
    expect(saved.bytes).toBe(saved.state.length);
    const restored = restoreNear(tl, 5000);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(sim));
    expect(restored.scenario.description?.ko).toBe('수업 데모.');
    // Each restore gets its own copy of the scenario.
    expect(restoreNear(tl, 5000).scenario).not.toBe(restored.scenario);
  });
});

describe('timeline: checkpoint interval', () => {
  it('a wider interval saves later checkpoints further apart; the earlier ones stay', () => {
    const sim = createSimulation(scenario);
    const tl = createTimeline(sim);
    advanceRecorded(tl, sim, 10_000);
    setCheckpointInterval(tl, 15_000);
    advanceRecorded(tl, sim, 40_000);
    expect(tl.checkpoints.list.map((c) => c.at)).toEqual([0, 5000, 10_000, 15_000, 30_000, 45_000]);
    const fresh = createSimulation(scenario);
    advance(fresh, 37_000);
    expect(JSON.stringify(seek(tl, 37_000).sim)).toBe(JSON.stringify(fresh));
  });

  it('refuses an interval that is not a multiple of the default', () => {
    const tl = createTimeline(createSimulation(scenario));
    expect(() => setCheckpointInterval(tl, 7000)).toThrow(/multiple of 5000/);
    expect(() => setCheckpointInterval(tl, 0)).toThrow(RangeError);
  });
});

describe('timeline: export', () => {
  it('the recorded scenario replays the rehearsal exactly in a fresh simulation', () => {
    const live = rehearse({ 1201: lingerUp, 2417: faster }, 5000);
    const exported = recordedScenario(scenario, live.tl);
    expect(exported.timeline.map((e) => e.atMs)).toEqual([1201, 2417]);
    const fresh = createSimulation(exported);
    advance(fresh, 5000);
    const { now: _a, ...a } = snapshot(fresh);
    const { now: _b, ...b } = snapshot(live.sim);
    expect(a).toEqual(b);
  });
});
