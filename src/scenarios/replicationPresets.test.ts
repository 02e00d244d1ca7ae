/** The replication presets load and show what their names promise (kafka-behaviour.md §8). */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, snapshot } from '../engine';
import { findExample, parseScenarioObject } from './index';

const run = (id: string, ms: number) => {
  const sim = createSimulation(findExample(id)!.scenario);
  advance(sim, ms);
  return snapshot(sim);
};

describe('replication presets', () => {
  it('S1: NotEnoughReplicasException once the followers are fenced', () => {
    const s = run('acks-all-too-few-replicas', 20000);
    expect(s.partitions[0]!.replication.isr).toEqual([0]);
    expect(s.partitions[0]!.logEndOffset).toBeLessThan(20);
  });
  it('S2: acks=1 loses acknowledged records', () =>
    expect(run('acks-1-loses-acked-data', 30000).records.lostAfterAck).toBeGreaterThan(0));
  it('S3: acks=all loses nothing', () => {
    const s = run('acks-all-survives', 30000);
    expect(s.records.lostAfterAck).toBe(0);
    expect(s.records.duplicated).toBe(0);
  });
  it('S4: acks=0 loses records silently', () => {
    const s = run('acks-0-fire-and-forget', 30000);
    expect(s.records.lostAfterAck).toBeGreaterThan(0);
    expect(s.producers[0]!.stats.failed).toBe(0);
  });
  it('S5: duplicates and reordering', () => {
    const s = run('retries-duplicate-and-reorder', 20000);
    expect(s.records.duplicated).toBeGreaterThan(0);
    expect(s.records.reordered).toBeGreaterThan(0);
  });
  it('S6: exactly once and in order', () => {
    const s = run('idempotence-exactly-once', 20000);
    expect(s.records.duplicated).toBe(0);
    expect(s.records.reordered).toBe(0);
    expect(s.producers[0]!.stats.errors['OutOfOrderSequenceException'] ?? 0).toBe(0);
  });
  it('S15b: unclean election loses acknowledged records', () =>
    expect(run('unclean-election-loses-data', 40000).records.lostAfterAck).toBeGreaterThan(0));
});

describe('producer ConfigException rules as scenario validation errors', () => {
  const base = findExample('idempotence-exactly-once')!.scenario;
  const withConfig = (config: Record<string, unknown>) =>
    parseScenarioObject({ ...base, producers: [{ ...base.producers[0], config }] }, 's6.json');

  it('max.in.flight=6 with enable.idempotence=true set explicitly is refused', () => {
    const r = withConfig({ 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 6 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toBe(
        's6.json: producers[0].config: ConfigException: Must set max.in.flight.requests.per.connection to at most 5 to use the idempotent producer.',
      );
  });
  it('max.in.flight=6 without enable.idempotence is accepted (idempotence silently off)', () => {
    expect(withConfig({ 'max.in.flight.requests.per.connection': 6 }).ok).toBe(true);
  });
  it('delivery.timeout.ms set below linger.ms + request.timeout.ms is refused; left at default it is raised', () => {
    const r = withConfig({ 'delivery.timeout.ms': 30000, 'linger.ms': 5 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatch(
        /delivery\.timeout\.ms should be equal to or larger than linger\.ms \+ request\.timeout\.ms$/,
      );
    expect(withConfig({ 'request.timeout.ms': 200000 }).ok).toBe(true);
  });
});
