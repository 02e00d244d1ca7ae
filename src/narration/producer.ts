/** Producer-side narration: batches leaving (rate-limited), failures, flush/close/kill, live changes. */
import type { SimEvent } from '../engine';
import type { MessageKey } from '../i18n';
import { Narration, tp } from './types';

type Ev<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;

/** Reasons that describe a partition's steady rhythm (a change between them is worth a sentence). */
const RHYTHM = new Set(['full', 'linger', 'memory']);

function batchSent(n: Narration, e: Ev<'BatchSent'>): void {
  const params = () => ({
    producer: e.producer,
    lingerMs: n.producerConfig(e.producer, 'linger.ms'),
    batchSize: n.producerConfig(e.producer, 'batch.size'),
  });
  const where = `${e.producer}|${tp(e.topic, e.partition)}`;
  const before = n.mem.reasons[where];
  if (RHYTHM.has(e.reason)) {
    n.mem.reasons[where] = e.reason;
    if (before !== undefined && before !== e.reason) {
      // A partition whose rhythm flips back and forth gets at most one such sentence per second.
      n.counted(`reasonChanged|${where}`, e.at, 1, () => ({
        kind: 'batchReasonChanged',
        key: `narr.batch.changed.${e.reason}` as MessageKey,
        params: { ...params(), partition: tp(e.topic, e.partition), before: reasonWord(before) },
        importance: 'key',
      }));
      return;
    }
  }
  n.counted(`batch|${e.producer}|${e.reason}`, e.at, 1, () => ({
    kind: 'batchSent',
    key: `narr.batch.${e.reason}` as MessageKey,
    params: params(),
    importance: e.reason === 'memory' ? 'key' : 'detail',
  }));
}

/** The short name of a send reason, as the batch view shows it (config keys are not translated). */
function reasonWord(reason: string): string {
  return reason === 'linger' ? 'linger.ms' : reason === 'full' ? 'batch.size' : 'buffer.memory';
}

export function narrateProducer(n: Narration, e: SimEvent): boolean {
  switch (e.type) {
    case 'BatchSent':
      batchSent(n, e);
      return true;
    case 'SendFailed':
      n.counted(`sendFailed|${e.producer}|${e.error}`, e.at, e.records, () => ({
        kind: 'sendFailed',
        key: 'narr.sendFailed',
        params: { producer: e.producer, error: e.error },
        importance: 'key',
      }));
      return true;
    case 'ProduceFailed':
      n.counted(`produceFailed|${e.producer}|${e.error}|${e.retrying}`, e.at, e.records, () => ({
        kind: e.retrying ? 'produceRetry' : 'produceFailed',
        key: e.retrying ? 'narr.produceRetry' : 'narr.produceFailed',
        params: {
          producer: e.producer,
          partition: tp(e.topic, e.partition),
          error: e.error,
          attempt: e.attempt,
        },
        importance: 'key',
      }));
      return true;
    case 'FlushStarted':
      n.add(e.at, 'flushStarted', 'narr.flushStarted', { producer: e.producer, count: e.records });
      return true;
    case 'FlushCompleted':
      n.add(e.at, 'flushCompleted', 'narr.flushCompleted', { producer: e.producer });
      return true;
    case 'ProducerClosing':
      if (e.timeoutMs === null) n.add(e.at, 'producerClosing', 'narr.closing', { producer: e.producer });
      else n.add(e.at, 'producerClosing', 'narr.closingTimeout', { producer: e.producer, ms: e.timeoutMs });
      return true;
    case 'ProducerClosed':
      if (e.forced)
        n.add(e.at, 'producerClosed', 'narr.closedForced', { producer: e.producer, count: e.failed });
      else n.add(e.at, 'producerClosed', 'narr.closed', { producer: e.producer });
      return true;
    case 'ProducerKilled':
      n.add(e.at, 'producerKilled', 'narr.killed', { producer: e.producer, count: e.lost });
      return true;
    case 'SendBlocked':
      n.counted(`blocked|${e.producer}`, e.at, 1, () => ({
        kind: 'sendBlocked',
        key: 'narr.sendBlocked',
        params: { producer: e.producer, used: e.bufferUsed },
        importance: 'key',
      }));
      return true;
    case 'ConfigChanged':
      n.add(e.at, 'configChanged', 'narr.configChanged', {
        target: e.target.slice(e.target.indexOf(':') + 1),
        key: e.key,
        value: String(e.value),
      });
      return true;
    case 'WorkloadChanged':
      n.add(e.at, 'workloadChanged', 'narr.workloadChanged', {
        producer: e.producer,
        rate: e.recordsPerSec,
        bytes: e.valueBytes,
      });
      return true;
    case 'PartitionsAdded':
      n.add(e.at, 'partitionsAdded', 'narr.partitionsAdded', { topic: e.topic, partitions: e.partitions });
      return true;
    default:
      return false;
  }
}
