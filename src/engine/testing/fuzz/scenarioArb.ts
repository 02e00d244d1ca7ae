/**
 * fast-check arbitraries for whole scenarios: 1–5 brokers, 1–2 topics of 1–12 partitions, RF 1–3, several
 * producers (acks 0/1/all, idempotence on/off) and groups (every assignor and commit mode), and a timeline
 * drawn from every action in the action table. Actions are drawn as small raw numbers and made concrete
 * against the scenario (`timeline.ts`), so they are mostly valid and shrink well.
 */
import fc from 'fast-check';
import type { ConsumerGroupSpec, ProducerSpec, Scenario, TopicSpec } from '../../model/scenario';
import { materialiseTimeline, RAW_ACTION_KINDS, type RawAction } from './timeline';

export const ASSIGNORS = ['range,cooperative-sticky', 'range', 'roundrobin', 'sticky', 'cooperative-sticky'];

/** How long and how busy the generated runs are: `fast` for the unit suite, `long` for `npm run fuzz --long`. */
export interface FuzzSize {
  /** Every scenario on Kafka 4.0 with at least one `group.protocol=consumer` group (the KIP-848 fuzz). */
  consumerProtocol?: boolean;
  maxDurationMs: number;
  maxRecordsPerSec: number;
  maxActions: number;
  maxFastForwardMs: number;
}

export const FAST: FuzzSize = {
  maxDurationMs: 2_500,
  maxRecordsPerSec: 25,
  maxActions: 8,
  maxFastForwardMs: 3_000,
};
/**
 * KIP-848 groups need simulated tens of seconds (heartbeats every 5 s, session 45 s) to join, reconcile and
 * settle; few records keep such a run cheap.
 */
export const CONSUMER_PROTOCOL: FuzzSize = {
  consumerProtocol: true,
  maxDurationMs: 40_000,
  maxRecordsPerSec: 10,
  maxActions: 10,
  maxFastForwardMs: 20_000,
};
export const LONG: FuzzSize = {
  maxDurationMs: 90_000,
  maxRecordsPerSec: 150,
  maxActions: 16,
  maxFastForwardMs: 60_000,
};

const topicArb = (brokers: number, index: number) =>
  fc
    .record({
      partitions: fc.integer({ min: 1, max: 12 }),
      rf: fc.integer({ min: 1, max: Math.min(3, brokers) }),
      minIsr: fc.integer({ min: 1, max: 3 }),
      unclean: fc.boolean(),
    })
    .map((t): TopicSpec => ({
      name: index === 0 ? 'orders' : 'payments',
      partitions: t.partitions,
      replicationFactor: t.rf,
      config: {
        'min.insync.replicas': Math.min(t.minIsr, t.rf),
        'unclean.leader.election.enable': t.unclean,
      },
    }));

const producerArb = (topics: number, size: FuzzSize, index: number) =>
  fc
    .record({
      topic: fc.integer({ min: 0, max: topics - 1 }),
      idempotent: fc.boolean(),
      acks: fc.constantFrom('0', '1', 'all'),
      linger: fc.integer({ min: 0, max: 50 }),
      inFlight: fc.integer({ min: 1, max: 5 }),
      rate: fc.integer({ min: 0, max: size.maxRecordsPerSec }),
      keyed: fc.boolean(),
    })
    .map((p): ProducerSpec => ({
      id: `p${index + 1}`,
      topic: p.topic === 0 ? 'orders' : 'payments',
      // Idempotence needs acks=all (a producer refuses to start otherwise), so acks varies only without it.
      config: p.idempotent
        ? { 'linger.ms': p.linger, 'max.in.flight.requests.per.connection': p.inFlight }
        : { 'enable.idempotence': false, acks: p.acks, 'linger.ms': p.linger },
      workload: {
        recordsPerSec: p.rate,
        valueBytes: 100,
        keys: p.keyed ? { type: 'sequence', prefix: 'k', count: 20 } : { type: 'none' },
      },
    }));

/** `group.protocol=consumer` settings (Kafka 4.0 only); `max.poll.interval.ms` is its rebalance timeout. */
const consumerProtocolArb = (allowed: boolean, forced: boolean) =>
  allowed
    ? fc.record({
        on: forced ? fc.constant(true) : fc.boolean(),
        remoteAssignor: fc.constantFrom('uniform' as const, 'range' as const),
        maxPollIntervalMs: fc.constantFrom(300_000, 300_000, 2_000, 8_000),
      })
    : fc.constant({ on: false, remoteAssignor: 'uniform' as const, maxPollIntervalMs: 300_000 });

const groupArb = (topics: number, index: number, kip848: boolean, forced: boolean) =>
  fc
    .record({
      kip848: consumerProtocolArb(kip848, forced),
      topics: fc.constantFrom(
        ...(topics === 1 ? [['orders']] : [['orders'], ['payments'], ['orders', 'payments']]),
      ),
      members: fc.integer({ min: 0, max: 3 }),
      assignor: fc.constantFrom(...ASSIGNORS),
      autoCommit: fc.boolean(),
      commitMode: fc.constantFrom('none' as const, 'commitSync' as const, 'commitAsync' as const),
      reset: fc.constantFrom('earliest', 'latest'),
      processingMs: fc.constantFrom(0, 0, 1, 5),
      static: fc.boolean(),
    })
    .map((g): ConsumerGroupSpec => ({
      id: `g${index + 1}`,
      topics: g.topics,
      members: g.members,
      config: {
        'partition.assignment.strategy': g.assignor,
        'enable.auto.commit': g.autoCommit,
        'auto.offset.reset': g.reset,
        ...(g.kip848.on ? { 'max.poll.interval.ms': g.kip848.maxPollIntervalMs } : {}),
      },
      ...(g.kip848.on ? { protocol: 'consumer' as const, remoteAssignor: g.kip848.remoteAssignor } : {}),
      workload: { processingMsPerRecord: g.processingMs, pollTimeoutMs: 100, commitMode: g.commitMode },
      ...(g.static && g.members > 0
        ? { groupInstanceIds: Array.from({ length: g.members }, (_, i) => `g${index + 1}-static-${i}`) }
        : {}),
    }));

const rawActionArb = (size: FuzzSize) =>
  fc.record({
    atMs: fc.integer({ min: 0, max: size.maxDurationMs }),
    kind: fc.constantFrom(...RAW_ACTION_KINDS),
    a: fc.nat({ max: 1000 }),
    b: fc.nat({ max: 1000 }),
  });

/** A whole scenario with a random timeline (seed and version included). */
export function scenarioArb(size: FuzzSize): fc.Arbitrary<Scenario> {
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      brokers: fc.integer({ min: 1, max: 5 }),
      topics: fc.integer({ min: 1, max: 2 }),
      durationMs: fc.integer({ min: 500, max: size.maxDurationMs }),
      version: size.consumerProtocol
        ? fc.constant('4.0' as const)
        : fc.constantFrom('4.0' as const, '4.0' as const, '3.x' as const, '3.6' as const),
      networkDelayMs: fc.integer({ min: 1, max: 20 }),
    })
    .chain((base) =>
      fc
        .record({
          topics: fc.tuple(...Array.from({ length: base.topics }, (_, i) => topicArb(base.brokers, i))),
          producers: fc
            .integer({ min: 1, max: 3 })
            .chain((n) =>
              fc.tuple(...Array.from({ length: n }, (_, i) => producerArb(base.topics, size, i))),
            ),
          groups: fc
            .integer({ min: size.consumerProtocol ? 1 : 0, max: 2 })
            .chain((n) =>
              fc.tuple(
                ...Array.from({ length: n }, (_, i) =>
                  groupArb(base.topics, i, base.version === '4.0', !!size.consumerProtocol && i === 0),
                ),
              ),
            ),
          raw: fc.array(rawActionArb(size), { maxLength: size.maxActions }),
        })
        .map((parts): Scenario => {
          const scenario: Scenario = {
            version: 1,
            name: 'fuzz',
            seed: base.seed,
            durationMs: base.durationMs,
            kafkaVersion: base.version,
            cluster: { brokers: base.brokers, networkDelayMs: base.networkDelayMs, config: {} },
            topics: parts.topics,
            producers: parts.producers,
            consumerGroups: parts.groups,
            timeline: [],
          };
          const raw: RawAction[] = parts.raw.filter((r) => r.atMs < base.durationMs);
          scenario.timeline = materialiseTimeline(scenario, raw, size);
          return scenario;
        }),
    );
}
