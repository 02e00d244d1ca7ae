/**
 * The one engine test harness: build a cluster from a scenario (or the small test-scenario options),
 * drive it fluently and assert on what happened.
 *
 *   TestCluster.replicated({ partitions: 1 }).advanceTo(1000).crashBroker(0).advance(15_000).expectLeader('orders-0', 1)
 *
 * Every step goes through the public engine API (`advance`, `apply`, `snapshot`), so tests assert
 * behaviour, not internals. Events are collected across steps (record-level RecordAppended and
 * BatchCreated only with `keepRecordEvents`, to keep long runs light); `last` holds the latest step's.
 */
import { expect } from 'vitest';
import { advance, apply, createSimulation, snapshot } from '../index';
import type { Action } from '../actions/types';
import type { SimEvent } from '../events/types';
import type { Scenario } from '../model/scenario';
import type { PartitionState, SimState } from '../model/state';
import { replicatedScenario, type ReplicatedOptions } from './replication';
import { testScenario, type TestScenarioOptions } from './scenarios';

export type EventOf<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;

export function ofType<T extends SimEvent['type']>(events: readonly SimEvent[], type: T): EventOf<T>[] {
  return events.filter((e): e is EventOf<T> => e.type === type);
}

/** Client ids as the reference names them: C0 = consumer-g1-1, C1 = consumer-g1-2 … */
export const C = (i: number, group = 'g1') => `consumer-${group}-${i + 1}`;

export interface ClusterOptions {
  /** Keep RecordAppended and BatchCreated in `events` (producer tests read them). */
  keepRecordEvents?: boolean;
}

const RECORD_LEVEL = new Set<SimEvent['type']>(['RecordAppended', 'BatchCreated']);

export class TestCluster {
  readonly sim: SimState;
  /** Every event since the start (or the last `clearEvents`). */
  readonly events: SimEvent[] = [];
  /** The events of the latest step (advance or apply), unfiltered. */
  last: SimEvent[] = [];
  private readonly keepRecordEvents: boolean;

  private constructor(sim: SimState, options: ClusterOptions) {
    this.sim = sim;
    this.keepRecordEvents = options.keepRecordEvents ?? false;
  }

  /** Wraps a simulation a test already holds (to use the readers and expectations on it). */
  static of(sim: SimState, options: ClusterOptions = {}): TestCluster {
    return new TestCluster(sim, options);
  }

  /** From a full scenario, or from test-scenario options (topic `orders`, producer `p1`, group `g1`). */
  static from(scenario: Scenario | TestScenarioOptions, options: ClusterOptions = {}): TestCluster {
    const full = 'version' in scenario ? (scenario as Scenario) : testScenario(scenario);
    return new TestCluster(createSimulation(full), options);
  }

  /** Like `from`, keeping record-level events (RecordAppended, BatchCreated): for producer tests. */
  static recording(scenario: Scenario | TestScenarioOptions): TestCluster {
    return TestCluster.from(scenario, { keepRecordEvents: true });
  }

  /** Topic `orders` replicated on brokers 0–2 (testing/replication.ts). */
  static replicated(o: ReplicatedOptions = {}, options: ClusterOptions = {}): TestCluster {
    return new TestCluster(createSimulation(replicatedScenario(o)), options);
  }

  private keep(out: SimEvent[]): this {
    this.last = out;
    for (const e of out) if (this.keepRecordEvents || !RECORD_LEVEL.has(e.type)) this.events.push(e);
    return this;
  }

  advance(ms: number): this {
    return this.keep(advance(this.sim, ms));
  }

  /** Advances the clock to the absolute simulated time `at` (no-op if already past it). */
  advanceTo(at: number): this {
    return this.advance(Math.max(0, at - this.sim.now));
  }

  apply(action: Action): this {
    return this.keep(apply(this.sim, action));
  }

  crashBroker(broker: number): this {
    return this.apply({ action: 'crashBroker', broker });
  }

  restartBroker(broker: number): this {
    return this.apply({ action: 'restartBroker', broker });
  }

  crashConsumer(member: string, group = 'g1'): this {
    return this.apply({ action: 'crashConsumer', group, member });
  }

  stopConsumer(member: string, group = 'g1'): this {
    return this.apply({ action: 'stopConsumer', group, member });
  }

  clearEvents(): this {
    this.events.length = 0;
    return this;
  }

  eventsOf<T extends SimEvent['type']>(type: T): EventOf<T>[] {
    return ofType(this.events, type);
  }

  snapshot() {
    return snapshot(this.sim);
  }

  /** A partition by its Kafka name, `orders-0`. */
  partition(tp: string): PartitionState {
    const cut = tp.lastIndexOf('-');
    const topic = this.sim.topics.find((t) => t.name === tp.slice(0, cut));
    const partition = topic?.partitions[Number(tp.slice(cut + 1))];
    if (!partition) throw new Error(`no partition ${tp}`);
    return partition;
  }

  /** The producer sequences a partition's log holds, in offset order (one entry per record). */
  logSequences(tp = 'orders-0'): number[] {
    const out: number[] = [];
    for (const b of this.partition(tp).batches)
      for (let i = 0; i < b.count; i++) out.push(b.baseSequence + i);
    return out;
  }

  /** The coordinator's current assignment: client id → partition numbers. */
  assignment(group = 'g1'): Record<string, number[]> {
    const g = this.snapshot().groups.find((x) => x.id === group)!;
    return Object.fromEntries(
      g.classic.coordinatorMembers.map((m) => [
        m.clientId,
        m.assignment.map((k) => Number(k.slice(k.lastIndexOf('-') + 1))).sort((a, b) => a - b),
      ]),
    );
  }

  expectIsr(tp: string, isr: number[]): this {
    expect(
      [...this.partition(tp).isr].sort((a, b) => a - b),
      `ISR of ${tp}`,
    ).toEqual(isr);
    return this;
  }

  expectLeader(tp: string, leader: number): this {
    expect(this.partition(tp).leader, `leader of ${tp}`).toBe(leader);
    return this;
  }

  expectAssignment(expected: Record<string, number[]>, group = 'g1'): this {
    expect(this.assignment(group)).toEqual(expected);
    return this;
  }
}
