/** The invariant checks see what they promise to see (state tampered with by hand). */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation } from '../index';
import { replicatedScenario } from '../testing/replication';
import { createInvariantMonitor } from './monitor';
import { checkFinite } from './finite';

function running() {
  const sim = createSimulation(
    replicatedScenario({ partitions: 2, topicConfig: { 'min.insync.replicas': 2 }, recordsPerSec: 100 }),
  );
  const monitor = createInvariantMonitor(sim);
  const events = advance(sim, 8_000);
  expect(monitor.observe(events, true)).toEqual([]);
  return { sim, monitor };
}

describe('invariant monitor', () => {
  it('a high watermark above an ISR member’s log end', () => {
    const { sim, monitor } = running();
    const tp = sim.topics[0]!.partitions[0]!;
    tp.highWatermark = tp.replicaStates[1]!.logEndOffset + 1;
    expect(monitor.observe([]).map((v) => v.invariant)).toContain('highWatermarkAboveIsrEnd');
  });

  it('an acknowledged record lost under acks=all, min.insync.replicas=2, RF 3', () => {
    const { sim, monitor } = running();
    sim.topics[0]!.partitions[1]!.ledger.lostAfterAck = 3;
    expect(monitor.observe([]).map((v) => v.invariant)).toEqual(['acknowledgedRecordLost']);
  });

  it('a duplicate batch of an idempotent producer', () => {
    const { sim, monitor } = running();
    sim.topics[0]!.partitions[0]!.batches.at(-1)!.duplicate = true;
    expect(monitor.observe([]).map((v) => v.invariant)).toEqual(['idempotentDuplicate']);
  });

  it('a partition owned twice in one generation, and a committed offset going back', () => {
    const { sim, monitor } = running();
    const g = sim.groups[0]!;
    const m = g.members[0]!;
    g.members.push({ ...m, clientId: 'twin', assigned: [...m.assigned] });
    g.committed['orders']![0] = 0;
    const found = monitor.observe([]).map((v) => v.invariant);
    expect(found).toContain('partitionOwnedTwice');
    expect(found).toContain('committedOffsetWentBack');
  });

  it('NaN or Infinity anywhere in a read model', () => {
    expect(checkFinite('x', { a: [1, { b: NaN }], c: Infinity }, 0).map((v) => v.detail)).toEqual([
      'x.a[1].b = NaN',
      'x.c = Infinity',
    ]);
  });
});
