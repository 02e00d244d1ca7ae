/**
 * buffer.memory, max.block.ms and max.request.size (kafka-behaviour.md §2.1, §2.2, S7, S10). Messages are
 * those of Kafka's KafkaProducer.ensureValidRecordSize and BufferPool.allocate (3.x/4.0).
 */
import { describe, expect, it } from 'vitest';
import { ofType, TestCluster } from '../../testing/TestCluster';

describe('buffer.memory full ⇒ send() blocks, then BufferExhaustedException after max.block.ms (S10)', () => {
  // A broker that takes 60 s to answer stands in for unreachable brokers: batches cannot complete.
  const options = {
    partitions: 1,
    networkDelayMs: 60000,
    producer: {
      config: {
        'buffer.memory': 65536,
        'max.block.ms': 2000,
        'max.in.flight.requests.per.connection': 1,
        'linger.ms': 0,
      },
      workload: { recordsPerSec: 1000, valueBytes: 100 },
    },
    group: null,
  };

  it('blocks once 64 KiB are in use and fails exactly max.block.ms later', () => {
    const { events, sim } = TestCluster.recording(options).advance(10000);
    const blocked = ofType(events, 'SendBlocked');
    const failed = ofType(events, 'SendFailed');
    expect(blocked.length).toBeGreaterThan(0);
    const first = failed[0]!;
    expect(first.error).toBe('BufferExhaustedException');
    expect(first.at - blocked[0]!.at).toBe(2000);
    expect(first.message).toMatch(
      /^Failed to allocate 16384 bytes within the configured max blocking time 2000 ms\. Total memory: 65536 bytes\./,
    );
    expect(sim.producers[0]!.stats.errors['BufferExhaustedException']).toBeGreaterThanOrEqual(3);
  });

  it('the application thread is stuck inside send() while blocked: no record is appended', () => {
    const { events } = TestCluster.recording(options).advance(10000);
    const blockedAt = ofType(events, 'SendBlocked')[0]!.at;
    const appendedWhileBlocked = ofType(events, 'RecordAppended').filter(
      (e) => e.at > blockedAt && e.at < blockedAt + 2000,
    );
    expect(appendedWhileBlocked).toEqual([]);
  });
});

describe('RecordTooLargeException (checked in send(), never retried)', () => {
  it('a record bigger than max.request.size fails with Kafka’s message', () => {
    const { events, sim } = TestCluster.recording({
      producer: { workload: { recordsPerSec: 10, valueBytes: 2 * 1024 * 1024 } },
      group: null,
    }).advance(1000);
    const failed = ofType(events, 'SendFailed');
    expect(failed.length).toBe(10);
    expect(failed[0]!.error).toBe('RecordTooLargeException');
    // 2 MiB value + 61 header + 21 max framing + 1 (null key) + 4 (value length varint) + 1 (headers).
    expect(failed[0]!.message).toBe(
      `The message is ${2 * 1024 * 1024 + 88} bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.`,
    );
    expect(sim.producers[0]!.stats.sent).toBe(0);
  });

  it('a record bigger than buffer.memory fails with the buffer.memory message', () => {
    const { events } = TestCluster.recording({
      producer: {
        config: { 'buffer.memory': 4096, 'max.request.size': 1048576 },
        workload: { recordsPerSec: 10, valueBytes: 8000 },
      },
      group: null,
    }).advance(300);
    expect(ofType(events, 'SendFailed')[0]!.message).toMatch(
      /larger than the total memory buffer you have configured with the buffer.memory configuration\.$/,
    );
  });

  it('S7: a 20 KB record exceeds batch.size and travels alone in its own batch (within linger.ms)', () => {
    const { events } = TestCluster.recording({
      producer: { workload: { recordsPerSec: 1, valueBytes: 20000 } },
      group: null,
    }).advance(1500);
    const sent = ofType(events, 'BatchSent');
    expect(sent[0]!.records).toBe(1);
    expect(sent[0]!.bytes).toBeGreaterThan(20000);
    // Kafka 4.0 default linger.ms = 5.
    expect(sent[0]!.at - ofType(events, 'RecordAppended')[0]!.at).toBeLessThanOrEqual(5);
  });
});
