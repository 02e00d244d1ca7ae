/**
 * flush(), close(), close(timeout) and a killed process, with Kafka's outcomes (kafka-behaviour.md §2.3,
 * S8): flush and close make every batch ready (linger.ms ignored) and wait for the acks; a close that
 * times out — close(0) at once — fails every unfinished batch with "Producer is closed forcefully.";
 * a kill loses the buffer silently. In-flight requests already on the wire still reach the broker.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { ProducerState, SimState } from '../model/state';
import { fail, rejectSend, restartWorkload } from './send';
import { runSender } from './sender';

const FORCED = 'Producer is closed forcefully.';

function bufferedRecords(p: ProducerState): number {
  let n = 0;
  for (const deque of p.deques) for (const b of deque) n += b.count;
  return n;
}

/** Records in produce requests or responses of this producer that are still on the wire. */
function inFlightRecords(sim: SimState, p: ProducerState): number {
  let n = 0;
  for (const m of sim.messages) {
    if (m.kind === 'produceRequest' && m.producer === p.index) for (const b of m.batches) n += b.count;
    if (m.kind === 'produceResponse' && m.producer === p.index) for (const r of m.results) n += r.batch.count;
  }
  return n;
}

function idle(p: ProducerState): boolean {
  return p.inFlight.every((n) => n === 0) && p.deques.every((d) => d.length === 0);
}

/** Whether a producer can still take produce responses (a closed or killed one ignores them). */
export function producerIsGone(p: ProducerState): boolean {
  return p.lifecycle === 'closed' || p.lifecycle === 'killed';
}

/** flush(): every buffered batch becomes ready; the application thread waits until all are acknowledged. */
export function flushProducer(step: Step, p: ProducerState): void {
  if (p.lifecycle !== 'running' || p.flushing) return;
  p.flushing = true;
  step.out.push({ type: 'FlushStarted', at: step.sim.now, producer: p.id, records: bufferedRecords(p) });
  runSender(step, p);
  producerProgressed(step, p);
}

/** close() (timeoutMs undefined: wait forever) or close(Duration.ofMillis(timeoutMs)). */
export function closeProducer(step: Step, p: ProducerState, timeoutMs: number | undefined): void {
  if (producerIsGone(p)) return;
  const { sim } = step;
  if (p.blocked) {
    // BufferPool.close wakes a send() that waits for memory, and it fails.
    p.blocked = null;
    rejectSend(step, p, 'KafkaException', 'Producer closed while allocating memory');
  }
  p.lifecycle = 'closing';
  step.out.push({ type: 'ProducerClosing', at: sim.now, producer: p.id, timeoutMs: timeoutMs ?? null });
  if (timeoutMs === 0) return forceClose(step, p);
  if (timeoutMs !== undefined) {
    p.closeDeadline = sim.now + timeoutMs;
    schedule(sim, p.closeDeadline, { kind: 'closeTimeout', producer: p.index });
  }
  runSender(step, p);
  producerProgressed(step, p);
}

/** The close timeout ran out: whatever is left is failed. */
export function closeTimeout(step: Step, p: ProducerState): void {
  if (p.lifecycle === 'closing' && p.closeDeadline !== null && step.sim.now >= p.closeDeadline)
    forceClose(step, p);
}

/** Sender.forceClose → abortIncompleteBatches: every unsent or unacknowledged batch fails. */
function forceClose(step: Step, p: ProducerState): void {
  const buffered = bufferedRecords(p);
  const inFlight = inFlightRecords(step.sim, p);
  // Buffered records never reach a broker; in-flight ones may have been written, and the client never learns.
  p.stats.lost += buffered;
  if (buffered + inFlight > 0) fail(step, p, 'KafkaException', FORCED, buffered + inFlight);
  dropEverything(p);
  p.lifecycle = 'closed';
  step.out.push({
    type: 'ProducerClosed',
    at: step.sim.now,
    producer: p.id,
    forced: true,
    failed: buffered + inFlight,
  });
}

/** kill -9: the process is gone with its buffer; no callback ever runs. */
export function killProducer(step: Step, p: ProducerState): void {
  if (producerIsGone(p)) return;
  const lost = bufferedRecords(p);
  p.stats.lost += lost;
  p.blocked = null;
  dropEverything(p);
  p.lifecycle = 'killed';
  step.out.push({ type: 'ProducerKilled', at: step.sim.now, producer: p.id, lost });
}

function dropEverything(p: ProducerState): void {
  for (const deque of p.deques) deque.length = 0;
  p.inFlight.fill(0);
  p.bufferUsed = 0;
  p.flushing = false;
  p.closeDeadline = null;
}

/** After acks or sends: a flush whose records are all done returns; a closing producer with nothing left closes. */
export function producerProgressed(step: Step, p: ProducerState): void {
  if (!idle(p)) return;
  const { sim } = step;
  if (p.flushing) {
    p.flushing = false;
    step.out.push({ type: 'FlushCompleted', at: sim.now, producer: p.id });
    if (p.lifecycle === 'running') restartWorkload(sim, p);
  }
  if (p.lifecycle === 'closing') {
    p.lifecycle = 'closed';
    p.closeDeadline = null;
    step.out.push({ type: 'ProducerClosed', at: sim.now, producer: p.id, forced: false, failed: 0 });
  }
}
