/** The figures A/B compare puts side by side, computed from each half's snapshot. */
import type { SimSnapshot } from '../../engine';
import type { MessageKey } from '../../i18n';

export interface CompareFigure {
  label: MessageKey;
  value: number | null;
  digits: number;
}

export function compareFigures(snap: SimSnapshot): CompareFigure[] {
  let acked = 0;
  let batches = 0;
  let inBatches = 0;
  let latency = 0;
  for (const p of snap.producers) {
    acked += p.stats.acked;
    batches += p.stats.batchesSent;
    inBatches += p.stats.recordsInSentBatches;
    latency += p.stats.latencySum;
  }
  return [
    { label: 'compare.acked', value: acked, digits: 0 },
    { label: 'compare.batches', value: batches, digits: 0 },
    { label: 'metrics.recordsPerBatch', value: batches ? inBatches / batches : null, digits: 1 },
    { label: 'compare.avgLatency', value: acked ? latency / acked : null, digits: 1 },
    { label: 'metrics.consumed', value: snap.groups.reduce((n, g) => n + g.stats.consumed, 0), digits: 0 },
    { label: 'metrics.lag', value: snap.groups.reduce((n, g) => n + g.stats.totalLag, 0), digits: 0 },
  ];
}

/** True when two figures differ by more than rounding noise (≥ 5 % relative, or ≥ 1 absolute for counts). */
export function differs(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a !== b;
  const scale = Math.max(Math.abs(a), Math.abs(b), 1);
  return Math.abs(a - b) / scale >= 0.05;
}
