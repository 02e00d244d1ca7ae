/** The producer presets run headless and show what their descriptions promise. */
import { describe, expect, it } from 'vitest';
import { advance, buildReport, createSimulation, snapshot } from '../engine';
import { findExample } from './index';

function runExample(id: string, ms: number) {
  const sim = createSimulation(findExample(id)!.scenario);
  const events = advance(sim, ms);
  return { sim, events, report: buildReport(sim) };
}

describe('producer presets', () => {
  it('hot key skew: partition 2 (user-1) holds most records', () => {
    const { report } = runExample('hot-key-skew', 10000);
    const ends = report.partitions.map((p) => p.logEndOffset);
    const total = ends.reduce((a, b) => a + b, 0);
    expect(ends[2]! / total).toBeGreaterThan(0.75);
  });

  it('sticky vs round robin: records per batch drop sharply after the switch at 15 s', () => {
    const { sim } = runExample('sticky-vs-round-robin', 14000);
    const before = snapshot(sim).producers[0]!.stats;
    const stickyAvg = before.recordsInSentBatches / before.batchesSent;
    advance(sim, 10000);
    const after = snapshot(sim).producers[0]!.stats;
    const rrAvg =
      (after.recordsInSentBatches - before.recordsInSentBatches) / (after.batchesSent - before.batchesSent);
    expect(stickyAvg).toBeGreaterThan(3 * rrAvg);
  });

  it('compression codecs: wire bytes fall once a codec is on', () => {
    const { report } = runExample('compression-codecs', 30000);
    const p = report.producers['producer-1']!;
    expect(p.bytesAfterCompression).toBeLessThan(0.7 * p.bytesBeforeCompression);
    expect(p.compressionCpuMs).toBeGreaterThan(0);
  });

  it('close without flush: every buffered record is sent, none lost', () => {
    const { report } = runExample('close-without-flush', 8000);
    expect(report.records.lost).toBe(0);
    // 20 records/s for 4 s: the record due at exactly 4 s is sent before close(), because a timeline
    // action runs after everything else due in its millisecond (as a click would).
    expect(report.records.produced).toBe(80);
    expect(report.records.acked).toBe(80);
    expect(report.partitions.reduce((n, p) => n + p.logEndOffset, 0)).toBe(80);
  });
});
