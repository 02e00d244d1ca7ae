/**
 * The producer's application thread between send() calls: the workload's tick schedule, and a blocked
 * send() resuming once buffer memory is freed (BufferPool wakes the waiting thread). Kept apart from
 * send.ts so that the sender and the retry path, which free memory, can resume a blocked send()
 * without importing send() (which wakes the sender): one direction, no import cycle.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { ProducerState } from '../model/state';
import { appendRecord } from './accumulator';
import { countAppended } from './partitionChoice';
import { keySerializerOf, serializeKey, valueLength, valueSerializerOf } from './recordContent';

export function emitAppended(step: Step, p: ProducerState, appended: Map<number, [number, number]>): void {
  for (const [partition, [count, bytes]] of appended) {
    step.out.push({
      type: 'RecordAppended',
      at: step.sim.now,
      producer: p.id,
      topic: p.topic,
      partition,
      count,
      bytes,
    });
  }
}

/** Schedules the tick at which the next record is due (never the same millisecond twice in a row). */
export function scheduleNextTick(sim: Step['sim'], p: ProducerState): void {
  const rate = p.workload.recordsPerSec;
  if (!(rate > 0)) return;
  const nextAt = p.rateSince + Math.ceil(((p.rateProduced + 1) * 1000) / rate);
  schedule(sim, Math.max(nextAt, sim.now + 1), {
    kind: 'workloadTick',
    producer: p.index,
    token: p.tickToken,
  });
}

/** Restarts rate accounting from now (after a rate change or a block), dropping any stale tick. */
export function restartWorkload(sim: Step['sim'], p: ProducerState): void {
  p.rateSince = sim.now;
  p.rateProduced = 0;
  p.tickToken++;
  scheduleNextTick(sim, p);
}

/** Memory was freed: retry the send() that was blocked, and let the application thread go on. */
export function resumeBlockedSend(step: Step, p: ProducerState): void {
  const blocked = p.blocked!;
  const appended = new Map<number, [number, number]>();
  const keyBytes = blocked.key === null ? null : serializeKey(keySerializerOf(p.config), blocked.key);
  const keyLength = keyBytes === null || typeof keyBytes === 'string' ? null : keyBytes.length;
  const valueBytes = valueLength(valueSerializerOf(p.config), p.workload.valueBytes);
  const sample = { key: blocked.key, recordNo: blocked.recordNo ?? 0 };
  const outcome = appendRecord(step, p, blocked.partition, keyLength, valueBytes, sample);
  if (outcome === 'blocked') return;
  p.blocked = null;
  p.stats.sent++;
  appended.set(blocked.partition, [1, outcome.size]);
  countAppended(step.sim, p, blocked.partition, blocked.viaSticky === true, outcome);
  emitAppended(step, p, appended);
  restartWorkload(step.sim, p);
}
