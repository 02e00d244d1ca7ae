import { describe, expect, it } from 'vitest';
import { advance, apply, createSimulation, type Scenario, type SimEvent, type SimState } from '../engine';
import { translate } from '../i18n';
import { en } from '../i18n/en';
import { narrationEn } from '../i18n/narrationEn';
import { narrationKo } from '../i18n/narrationKo';
import { findExample } from '../scenarios';
import { parseScenarioObject } from '../scenarios/parse';
import survives from '../scenarios/examples/acks-all-survives.json';
import { createMemory, describeRaw, narrate, type NarrationEntry } from './narrate';

/** Runs a simulation in 250 ms slices (as the store does), narrating each slice with one memory. */
function narrated(sim: SimState, untilMs: number, at?: [number, () => SimEvent[]]) {
  const memory = createMemory();
  const entries: NarrationEntry[] = [];
  const events: SimEvent[] = [];
  while (sim.now < untilMs) {
    const slice = advance(sim, 250);
    if (at && sim.now === at[0]) slice.push(...at[1]());
    events.push(...slice);
    entries.push(...narrate(slice, memory, sim));
  }
  return { entries, events };
}

const example = (id: string) => createSimulation(findExample(id)!.scenario);
const of = (entries: NarrationEntry[], kind: string) => entries.filter((e) => e.kind === kind);

describe('narrate', () => {
  it('a broker crash: the crash, then the ISR shrinks of every partition it replicated', () => {
    // Three partitions, RF 3 on 3 brokers, no scripted failures: broker 1 crashes at 2 s.
    const data = { ...survives, topics: [{ ...survives.topics[0]!, partitions: 3 }], timeline: [] };
    const parsed = parseScenarioObject(data, 'crash.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const sim = createSimulation(parsed.scenario as Scenario);
    const { entries } = narrated(sim, 15_000, [2000, () => apply(sim, { action: 'crashBroker', broker: 1 })]);
    expect(of(entries, 'brokerCrashed')).toEqual([
      {
        at: 2000,
        kind: 'brokerCrashed',
        key: 'narr.brokerCrashed',
        params: { broker: 1 },
        importance: 'key',
      },
    ]);
    const shrinks = of(entries, 'isrShrunk');
    expect(shrinks.map((e) => e.params.partition).sort()).toEqual(['orders-0', 'orders-1', 'orders-2']);
    for (const e of shrinks) {
      expect(e.params.broker).toBe(1);
      expect(String(e.params.isr).split(', ')).not.toContain('1');
      expect(e.at).toBeGreaterThan(2000);
    }
    expect(translate('en', shrinks[0]!.key, shrinks[0]!.params)).toMatch(
      /^ISR of orders-\d shrank: broker 1 was fenced; ISR is now \[\d, \d\]$/,
    );
  });

  it('acks=1: the records lost after their ack, summed per partition into one sentence', () => {
    const { entries, events } = narrated(example('acks-1-loses-acked-data'), 16_000);
    const lost = of(entries, 'recordsLostAfterAck');
    const total = events
      .filter((e) => e.type === 'RecordsLostAfterAck')
      .reduce((n, e) => n + (e as { records: number }).records, 0);
    expect(total).toBeGreaterThan(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.params).toMatchObject({ producer: 'producer-1', partition: 'orders-0', count: total });
    expect(translate('en', lost[0]!.key, lost[0]!.params)).toBe(
      `${total} records of producer-1 in orders-0 were lost after their ack`,
    );
    expect(of(entries, 'leaderElected')[0]!.params).toMatchObject({ leader: 1, epoch: 1 });
    expect(of(entries, 'logTruncated')[0]!.params).toMatchObject({ broker: 0, partition: 'orders-0' });
  });

  it('an eager rebalance: started (who joined) and finished (which partitions moved)', () => {
    const { entries } = narrated(example('s11-eager-join'), 14_000);
    const started = of(entries, 'rebalanceStarted');
    expect(started.map((e) => e.params.member)).toEqual(['consumer-orders-app-1', 'consumer-orders-app-4']);
    expect(started[1]!.at).toBe(12_030);
    const finished = of(entries, 'rebalanceCompleted');
    expect(finished).toHaveLength(2);
    expect(finished[0]!.key).toBe('narr.rebalance.formed');
    expect(finished[1]!.key).toBe('narr.rebalance.done.moved.one');
    expect(finished[1]!.params).toMatchObject({
      generation: 2,
      protocol: 'EAGER',
      moved: 'orders-5 (consumer-orders-app-3 → consumer-orders-app-4)',
    });
    expect(of(entries, 'partitionsRevoked').map((e) => e.params.member)).toHaveLength(3);
  });

  it('rate-limits batches: at most one sentence per producer and reason per simulated second', () => {
    const { entries, events } = narrated(example('steady-stream'), 10_000);
    const sent = events.filter((e) => e.type === 'BatchSent');
    const batches = of(entries, 'batchSent');
    expect(sent.length).toBeGreaterThan(500);
    expect(batches.length).toBeLessThanOrEqual(11);
    const byReason = new Map<string, number[]>();
    for (const e of batches) byReason.set(e.key, [...(byReason.get(e.key) ?? []), e.at]);
    for (const times of byReason.values())
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
    // Every batch is counted once (those after the last sentence wait for the next one).
    const counted = batches.reduce((n, e) => n + Number(e.params.count), 0);
    expect(counted).toBeLessThanOrEqual(sent.length);
    expect(counted).toBeGreaterThan(sent.length * 0.85);
    expect(batches.every((e) => e.importance === 'detail')).toBe(true);
    const linger = batches.find((e) => e.key === 'narr.batch.linger')!;
    expect(translate('en', linger.key, linger.params)).toMatch(
      /^producer-1: \d+ batches left because linger\.ms \(5 ms\) expired$/,
    );
  });

  it('a burst in one millisecond is one sentence with its count (close())', () => {
    const { entries } = narrated(example('close-without-flush'), 5000);
    const closing = entries.filter((e) => e.key.startsWith('narr.batch.close'));
    expect(closing).toHaveLength(1);
    expect(closing[0]!.params.count).toBe(3);
    expect(of(entries, 'producerClosing')).toHaveLength(1);
  });

  it('commits are detail, at most one per group per second', () => {
    const { entries } = narrated(example('s11-eager-join'), 30_000);
    const commits = of(entries, 'offsetsCommitted');
    expect(commits.length).toBeGreaterThan(0);
    expect(commits.every((e) => e.importance === 'detail')).toBe(true);
    for (let i = 1; i < commits.length; i++)
      expect(commits[i]!.at - commits[i - 1]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('describes raw events when nothing is narratable', () => {
    const raw = describeRaw([{ type: 'ReplicaFetched', at: 5, broker: 1, leader: 0, records: 3 }]);
    expect(translate('en', raw[0]!.key, raw[0]!.params)).toBe('A follower on broker 1 fetched from leader 0');
  });
});

describe('narration catalogues', () => {
  // `{name}` and `{name, plural, …}` alike (i18n/plural.ts).
  const placeholders = (s: string) =>
    [...new Set([...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]!))].sort();

  it('Korean has every key with the same placeholders', () => {
    for (const [key, text] of Object.entries(narrationEn)) {
      const ko = narrationKo[key as keyof typeof narrationEn];
      expect(ko, key).toBeTruthy();
      expect(placeholders(ko).join(), key).toBe(placeholders(text).join());
    }
  });

  it('every event type has a raw description and every key narrate uses exists', () => {
    // A new SimEvent type without a `narr.raw.*` sentence is a type error here.
    type MissingRaw = Exclude<`narr.raw.${SimEvent['type']}`, keyof typeof narrationEn>;
    const noneMissing: [MissingRaw] extends [never] ? true : false = true;
    expect(noneMissing).toBe(true);
    const { entries } = narrated(example('unclean-election-loses-data'), 40_000);
    expect(of(entries, 'leaderElected')[0]!.key).toBe('narr.leaderElected.unclean');
    for (const e of entries) expect(e.key in en, e.key).toBe(true);
    expect(of(entries, 'offsetReset')).toHaveLength(1);
    expect(of(entries, 'recordsRedelivered').length).toBeGreaterThan(0);
  });
});
