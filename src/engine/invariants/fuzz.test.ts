/**
 * The engine fuzzer in the unit suite (issue #14): generated scenarios — 1–5 brokers, 1–12 partitions,
 * RF 1–3, acks 0/1/all, idempotence on/off, several producers and groups, every assignor and commit mode —
 * with random timelines of every action, checked after every step against src/engine/invariants, and
 * re-run in other time slices for a byte-identical report. Pinned seeds; `npm run fuzz` runs more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzProperty, fuzzCaseArb } from '../testing/fuzz/fuzzProperty';
import { FAST } from '../testing/fuzz/scenarioArb';
import { RAW_ACTION_KINDS } from '../testing/fuzz/timeline';
import type { ActionName } from '../actions/types';

/** 1,000 here and 1,000 more in fuzzSecondSeed.test.ts (two files run on two workers). */
const RUNS_PER_FILE = 1000;

describe('engine fuzzer', () => {
  it('draws every action in the action table', () => {
    const every: Record<ActionName, true> = {
      setProducerConfig: true,
      setConsumerConfig: true,
      setWorkload: true,
      setTopicConfig: true,
      setBrokerConfig: true,
      addPartitions: true,
      crashBroker: true,
      restartBroker: true,
      slowFollower: true,
      isolateBroker: true,
      dropProduceResponse: true,
      isrDip: true,
      flushProducer: true,
      closeProducer: true,
      killProducer: true,
      addConsumer: true,
      stopConsumer: true,
      crashConsumer: true,
      slowConsumer: true,
      setGroupInstanceId: true,
      setCommitMode: true,
      changeSubscription: true,
      fastForward: true,
    };
    expect([...RAW_ACTION_KINDS].sort()).toEqual(Object.keys(every).sort());
    const drawn = new Set(
      fc
        .sample(fuzzCaseArb(FAST), { numRuns: 300, seed: 1 })
        .flatMap((c) => c.scenario.timeline.map((e) => e.action)),
    );
    expect([...drawn].sort()).toEqual(Object.keys(every).sort());
  });

  it(`${RUNS_PER_FILE} generated sequences (seed 20261129) keep every invariant`, () => {
    fc.assert(fuzzProperty(FAST), { numRuns: RUNS_PER_FILE, seed: 20261129 });
  }, 600_000);
});
