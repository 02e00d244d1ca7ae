/**
 * Requests in flight on the producer's connections (NetworkClient's in-flight requests): each waits for
 * its response until request.timeout.ms; a timeout closes the connection, failing every request on it
 * (retriable), as does a broker that goes away. Responses to cancelled requests are ignored.
 */
import type { Step } from '../core/step';
import { configValue } from '../config/typedConfig';
import type { PendingRequest, ProducerState, WireBatch } from '../model/state';
import {
  armTimer,
  deliveryDeadline,
  expireInFlightBatches,
  expireQueuedBatches,
  handleBatchError,
} from './retries';

export function trackRequest(
  step: Step,
  p: ProducerState,
  id: number,
  broker: number,
  batches: WireBatch[],
): void {
  p.delivery.pending.push({ id, broker, sentAt: step.sim.now, batches: batches.map((b) => ({ ...b })) });
  p.inFlight[broker]!++;
  armTimer(step, p, step.sim.now + configValue(p.config, 'request.timeout.ms'));
}

/** Removes an answered request; undefined when it was already cancelled (timeout, disconnect). */
export function takePending(p: ProducerState, id: number): PendingRequest | undefined {
  const i = p.delivery.pending.findIndex((r) => r.id === id);
  if (i < 0) return undefined;
  const [req] = p.delivery.pending.splice(i, 1);
  p.inFlight[req!.broker]!--;
  return req;
}

function cancel(step: Step, p: ProducerState, req: PendingRequest, error: string, message: string): void {
  takePending(p, req.id);
  // The client closes the connection; the next request opens a fresh one.
  const rep = step.sim.brokers[req.broker]!.replication;
  rep.stalledProducers = rep.stalledProducers.filter((x) => x !== p.index);
  for (const b of req.batches) handleBatchError(step, p, b, error, message);
}

/** The connection to `broker` broke: requests sent on it (up to message id `upTo`) fail with NetworkException. */
export function connectionLost(step: Step, p: ProducerState, broker: number, upTo: number): void {
  for (const req of p.delivery.pending.filter((r) => r.broker === broker && r.id <= upTo)) {
    cancel(step, p, req, 'NetworkException', `Disconnected from node ${broker}.`);
  }
}

/** The producer's timer: request timeouts (closing the connection), then delivery-timeout expiry; re-arms itself. */
export function producerTimer(step: Step, p: ProducerState): void {
  const { sim } = step;
  if (p.delivery.timerAt > sim.now) return;
  p.delivery.timerAt = -1;
  const requestTimeout = configValue(p.config, 'request.timeout.ms');
  const timedOut = p.delivery.pending.filter((r) => sim.now >= r.sentAt + requestTimeout);
  for (const broker of new Set(timedOut.map((r) => r.broker))) {
    for (const req of p.delivery.pending.filter((r) => r.broker === broker)) {
      const late = timedOut.includes(req);
      cancel(
        step,
        p,
        req,
        late ? 'TimeoutException' : 'NetworkException',
        late
          ? `Disconnected from node ${broker} due to timeout (request.timeout.ms ${requestTimeout} ms).`
          : `Disconnected from node ${broker}.`,
      );
    }
  }
  expireInFlightBatches(step, p);
  expireQueuedBatches(step, p);
  rearm(step, p);
}

/** Arms the timer for the earliest request timeout or delivery deadline still ahead. */
export function rearm(step: Step, p: ProducerState): void {
  const requestTimeout = configValue(p.config, 'request.timeout.ms');
  let next = Infinity;
  for (const r of p.delivery.pending) {
    next = Math.min(next, r.sentAt + requestTimeout);
    for (const b of r.batches) next = Math.min(next, deliveryDeadline(p, b));
  }
  for (const deque of p.deques) if (deque[0]) next = Math.min(next, deliveryDeadline(p, deque[0]));
  if (next < Infinity) armTimer(step, p, next);
}
