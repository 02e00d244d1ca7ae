/**
 * kafka-behaviour.md §8 scenarios S1–S6 and S15(b), each asserting the reference's "Outcome":
 * 3 brokers (ids 0–2), topic `orders` RF 3, partition 0 led by broker 0 (its preferred replica).
 */
import { describe, expect, it } from 'vitest';
import { replicatedScenario } from '../testing/replication';
import { ofType as of, TestCluster } from '../testing/TestCluster';

/** One send() at t = 10.5 s: rate 2/s from 10 s, stopped at 10.6 s. */
const oneSendAt10s = [
  { atMs: 10000, action: 'setWorkload' as const, producer: 'p1', recordsPerSec: 2 },
  { atMs: 10600, action: 'setWorkload' as const, producer: 'p1', recordsPerSec: 0 },
];

describe('S1: acks=all with too few in-sync replicas', () => {
  const s1 = (extra: Parameters<typeof replicatedScenario>[0] = {}) =>
    TestCluster.replicated({
      recordsPerSec: 0,
      topicConfig: { 'min.insync.replicas': 2 },
      ...extra,
      timeline: [
        { atMs: 0, action: 'crashBroker', broker: 1 },
        { atMs: 0, action: 'crashBroker', broker: 2 },
        ...oneSendAt10s,
        ...(extra.timeline ?? []),
      ],
    });

  it('the controller fences the stopped followers within 9 s and the ISR becomes {leader}', () => {
    const cluster = s1();
    cluster.advance(9000);
    expect(cluster.partition('orders-0').isr).toEqual([0]);
  });

  it('rejects every attempt with NotEnoughReplicasException, backs off 100, 200, 400, 800, 1000 … ms, and fails at 120 s with TimeoutException', () => {
    const cluster = s1();
    const events = cluster.advance(135000).last;
    const attempts = of(events, 'ProduceFailed');
    expect(attempts.length).toBeGreaterThan(10);
    expect(attempts.every((e) => e.error === 'NotEnoughReplicasException')).toBe(true);
    expect(cluster.snapshot().partitions[0]!.logEndOffset).toBe(0); // nothing appended
    const rtt = 2 * 2;
    const gaps = attempts.slice(1, 8).map((e, i) => e.at - attempts[i]!.at - rtt);
    [100, 200, 400, 800, 1000, 1000, 1000].forEach((backoff, i) => {
      expect(gaps[i]).toBeGreaterThanOrEqual(Math.floor(backoff * 0.8));
      expect(gaps[i]).toBeLessThanOrEqual(Math.ceil(backoff * 1.2) + 1);
    });
    const failed = of(events, 'SendFailed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toBe('TimeoutException');
    expect(failed[0]!.message).toMatch(
      /^Expiring 1 record\(s\) for orders-0:120\d{3} ms has passed since batch creation$/,
    );
    expect(failed[0]!.at - 10500).toBeGreaterThanOrEqual(120000);
    expect(failed[0]!.at - 10500).toBeLessThan(121300);
  });

  it('restarting a follower within the 120 s lets it catch up, rejoin the ISR, and the retry succeed without a duplicate', () => {
    const cluster = s1({ timeline: [{ atMs: 30000, action: 'restartBroker', broker: 1 }] });
    const events = cluster.advance(60000).last;
    expect(of(events, 'IsrExpanded').map((e) => e.isr)).toContainEqual([0, 1]);
    const s = cluster.snapshot();
    expect(s.producers[0]!.stats.acked).toBe(1);
    expect(s.producers[0]!.stats.failed).toBe(0);
    expect(s.partitions[0]!.logEndOffset).toBe(1);
    expect(s.records.duplicated).toBe(0);
  });

  it('with acks=1 the send succeeds at once, but (3.7+) the high watermark stays put: a consumer sees nothing until a follower is back', () => {
    const cluster = s1({
      producerConfig: { acks: '1' },
      timeline: [{ atMs: 30000, action: 'restartBroker', broker: 1 }],
    });
    cluster.advance(20000);
    let s = cluster.snapshot();
    expect(s.producers[0]!.stats.acked).toBe(1);
    expect(s.partitions[0]!.logEndOffset).toBe(1);
    expect(s.partitions[0]!.highWatermark).toBe(0);
    expect(s.groups[0]!.stats.consumed).toBe(0);
    cluster.advance(15000);
    s = cluster.snapshot();
    expect(s.partitions[0]!.highWatermark).toBe(1);
    expect(s.groups[0]!.stats.consumed).toBe(1);
  });
});

/** S2/S3 setup: followers fetch with a delay, so the newest records are only on the leader when it dies. */
function leaderCrash(acks: '1' | 'all', minIsr: number) {
  const cluster = TestCluster.replicated({
    recordsPerSec: 100,
    producerConfig: acks === '1' ? { acks: '1', 'enable.idempotence': false } : {},
    topicConfig: { 'min.insync.replicas': minIsr },
    timeline: [
      { atMs: 0, action: 'slowFollower', broker: 1, fetchDelayMs: 300 },
      { atMs: 0, action: 'slowFollower', broker: 2, fetchDelayMs: 300 },
      { atMs: 2000, action: 'crashBroker', broker: 0 },
      { atMs: 20000, action: 'restartBroker', broker: 0 },
      { atMs: 25000, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 },
    ],
  });
  cluster.advance(1999);
  const tp = cluster.partition('orders-0');
  const before = {
    leo: tp.logEndOffset,
    hw: tp.highWatermark,
    followerLeo: tp.replicaStates[1]!.logEndOffset,
    acked: cluster.sim.producers[0]!.stats.acked,
  };
  const events = cluster.advance(40000).last;
  return { cluster, before, events };
}

describe('S2: acks=1, the leader dies before the followers fetch', () => {
  const { cluster, before, events } = leaderCrash('1', 1);

  it('the leader had acknowledged records above the high watermark that no follower had', () => {
    expect(before.leo).toBeGreaterThan(before.hw);
    expect(before.followerLeo).toBeLessThan(before.leo);
    expect(before.acked).toBeGreaterThan(before.followerLeo);
  });

  it('after the session expires (≤ 9 s) broker 1, the first live ISR member, leads with the shorter log', () => {
    const elected = of(events, 'LeaderElected')[0]!;
    expect(elected.leader).toBe(1);
    expect(elected.unclean).toBe(false);
    expect(elected.at - 2000).toBeLessThanOrEqual(9000);
  });

  it('the returning old leader truncates; the acknowledged records exist nowhere; new records take their offsets', () => {
    const truncated = of(events, 'LogTruncated').find((e) => e.broker === 0)!;
    expect(truncated.toOffset).toBe(before.followerLeo);
    expect(truncated.records).toBe(before.leo - before.followerLeo);
    const s = cluster.snapshot();
    expect(s.records.lostAfterAck).toBe(before.leo - before.followerLeo);
    expect(s.producers[0]!.stats.failed).toBe(0); // every callback said success
    const seqs = cluster.logSequences();
    // Offsets from the truncation point on now hold later records (the lost sequences are missing).
    expect(seqs[before.followerLeo]).toBeGreaterThanOrEqual(before.leo);
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('consumers never saw the lost records (they were above the high watermark)', () => {
    expect(cluster.snapshot().groups[0]!.stats.consumed).toBe(cluster.partition('orders-0').highWatermark);
    expect(cluster.partition('orders-0').ledger.lost.every((l) => l.baseOffset >= before.hw)).toBe(true);
  });
});

describe('S3: acks=all with min.insync.replicas=2 survives the same crash', () => {
  const { cluster, before, events } = leaderCrash('all', 2);

  it('the leader acknowledged only what the followers held (the high watermark)', () => {
    expect(before.acked).toBeLessThanOrEqual(before.hw);
  });

  it('no acknowledged record is lost, no duplicate, every record once and in order', () => {
    expect(of(events, 'LeaderElected')[0]!.leader).toBe(1);
    const s = cluster.snapshot();
    expect(s.records.lostAfterAck).toBe(0);
    expect(s.records.duplicated).toBe(0);
    expect(s.producers[0]!.stats.acked).toBe(s.producers[0]!.stats.sent);
    expect(cluster.logSequences()).toEqual(Array.from({ length: s.producers[0]!.stats.sent }, (_, i) => i));
  });
});

describe('S4: acks=0', () => {
  const cluster = TestCluster.replicated({
    recordsPerSec: 100,
    producerConfig: { acks: '0' },
    timeline: [
      { atMs: 3000, action: 'crashBroker', broker: 0 },
      { atMs: 10005, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 },
    ],
  });
  const events = cluster.advance(30000).last;

  it('every callback reports success with offset -1 and the producer never sees an error', () => {
    const s = cluster.snapshot();
    expect(s.producers[0]!.stats.sent).toBe(1000);
    expect(s.producers[0]!.stats.acked).toBe(1000);
    expect(of(events, 'ProduceAcked').every((e) => e.baseOffset === -1)).toBe(true);
    expect(of(events, 'ProduceFailed')).toHaveLength(0);
  });

  it('fewer than 1000 records are on the topic; the ledger knows which were lost after "success"', () => {
    const s = cluster.snapshot();
    expect(s.partitions[0]!.logEndOffset).toBeLessThan(1000);
    expect(s.records.lostAfterAck).toBe(1000 - s.partitions[0]!.logEndOffset);
  });
});

/** S5/S6 injections: batch 1's ISR dips (NotEnoughReplicas), later a produce response is lost. */
function retriesScenario(producerConfig: Record<string, number | string | boolean>) {
  const cluster = TestCluster.replicated({
    recordsPerSec: 200,
    networkDelayMs: 20,
    consumer: false,
    producerConfig: { 'linger.ms': 0, 'request.timeout.ms': 3000, ...producerConfig },
    topicConfig: { 'min.insync.replicas': 2 },
    timeline: [
      { atMs: 3000, action: 'isrDip', broker: 0 },
      { atMs: 8000, action: 'dropProduceResponse', broker: 0 },
      { atMs: 15000, action: 'setWorkload', producer: 'p1', recordsPerSec: 0 },
    ],
  });
  const events = cluster.advance(30000).last;
  const inversions = (seqs: number[]) => seqs.filter((s, i) => i > 0 && s < seqs[i - 1]!).length;
  return { cluster, events, seqs: cluster.logSequences(), inversions };
}

describe('S5: retries without idempotence reorder and duplicate', () => {
  it('max.in.flight=5: batch 1 lands after batch 2, and the batch whose response was lost is written twice', () => {
    const { cluster, events, seqs, inversions } = retriesScenario({
      'enable.idempotence': false,
      'max.in.flight.requests.per.connection': 5,
    });
    expect(of(events, 'ProduceFailed').some((e) => e.error === 'NotEnoughReplicasException')).toBe(true);
    const s = cluster.snapshot();
    expect(s.records.reordered).toBeGreaterThan(0);
    expect(s.records.duplicated).toBeGreaterThan(0);
    expect(inversions(seqs)).toBeGreaterThan(0);
    expect(seqs.length).toBeGreaterThan(new Set(seqs).size);
    expect(s.producers[0]!.stats.acked).toBe(s.producers[0]!.stats.sent);
  });

  it('max.in.flight=1: the reordering disappears but the duplicate does not', () => {
    const { cluster, seqs } = retriesScenario({
      'enable.idempotence': false,
      'max.in.flight.requests.per.connection': 1,
    });
    const s = cluster.snapshot();
    expect(s.records.reordered).toBe(0);
    expect(s.records.duplicated).toBeGreaterThan(0);
    expect(seqs.length).toBeGreaterThan(new Set(seqs).size);
  });
});

describe('S6: the same faults with idempotence on (default)', () => {
  it('batch 2 is rejected as out of order, batches are re-sent in sequence order, the duplicate is recognised: exactly once, in order', () => {
    const { cluster, events, seqs } = retriesScenario({});
    expect(cluster.snapshot().producers[0]!.idempotent).toBe(true);
    expect(of(events, 'ProduceFailed').some((e) => e.error === 'OutOfOrderSequenceException')).toBe(true);
    const s = cluster.snapshot();
    expect(s.records.duplicated).toBe(0);
    expect(s.records.reordered).toBe(0);
    expect(seqs).toEqual(Array.from({ length: s.producers[0]!.stats.sent }, (_, i) => i));
  });

  it('max.in.flight=6 without setting enable.idempotence silently turns idempotence off (S5 again)', () => {
    const { cluster } = retriesScenario({ 'max.in.flight.requests.per.connection': 6 });
    expect(cluster.snapshot().producers[0]!.idempotent).toBe(false);
    expect(cluster.snapshot().records.duplicated).toBeGreaterThan(0);
  });
});

describe('S15(b): only the leader is in sync and it crashes', () => {
  const run = (unclean: boolean) => {
    const cluster = TestCluster.replicated({
      recordsPerSec: 50,
      topicConfig: { 'min.insync.replicas': 1, 'unclean.leader.election.enable': unclean },
      timeline: [
        { atMs: 1000, action: 'slowFollower', broker: 1, fetchDelayMs: 60000 },
        { atMs: 1000, action: 'slowFollower', broker: 2, fetchDelayMs: 60000 },
        { atMs: 50000, action: 'crashBroker', broker: 0 },
        { atMs: 90000, action: 'restartBroker', broker: 0 },
      ],
    });
    cluster.advance(49999);
    const before = {
      isr: [...cluster.partition('orders-0').isr],
      leo: cluster.partition('orders-0').logEndOffset,
      acked: cluster.sim.producers[0]!.stats.acked,
      hw: cluster.partition('orders-0').highWatermark,
    };
    const events = cluster.advance(60001).last;
    return { cluster, before, events };
  };

  it('the followers fell behind and left the ISR; acks=all writes were acknowledged by the leader alone', () => {
    const { before } = run(false);
    expect(before.isr).toEqual([0]);
    expect(before.hw).toBe(before.leo);
    expect(before.acked).toBeGreaterThan(100);
  });

  it('unclean.leader.election.enable=false: the partition stays offline until broker 0 returns; nothing is lost', () => {
    const { cluster, events } = run(false);
    const offline = of(events, 'PartitionOffline')[0]!;
    expect(offline.at).toBeLessThanOrEqual(59000);
    const back = of(events, 'LeaderElected')[0]!;
    expect(back.leader).toBe(0);
    expect(back.at).toBe(90000);
    expect(cluster.snapshot().records.lostAfterAck).toBe(0);
  });

  it('unclean.leader.election.enable=true: broker 1 leads with its older log; acknowledged records are gone and offsets are reused', () => {
    const { cluster, before, events } = run(true);
    const elected = of(events, 'LeaderElected')[0]!;
    expect(elected.leader).toBe(1);
    expect(elected.unclean).toBe(true);
    const s = cluster.snapshot();
    expect(s.records.lostAfterAck).toBeGreaterThan(0);
    const newLeaderStart = of(events, 'LogTruncated').find((e) => e.broker === 0)!.toOffset;
    expect(newLeaderStart).toBeLessThan(before.leo);
    expect(cluster.logSequences()[newLeaderStart]).toBeGreaterThanOrEqual(before.leo);
  });
});
