/** The figures A/B compare puts side by side, computed from each half's snapshot. */
import type { SimSnapshot } from '../../engine';
import type { MessageKey } from '../../i18n';
import { countersOf } from '../../store/metrics';

export interface CompareFigure {
  label: MessageKey;
  value: number | null;
  digits: number;
}

export function compareFigures(snap: SimSnapshot): CompareFigure[] {
  // The same cumulative counters the live metrics difference into rates.
  const c = countersOf(snap);
  return [
    { label: 'compare.acked', value: c.acked, digits: 0 },
    { label: 'compare.batches', value: c.batches, digits: 0 },
    { label: 'metrics.recordsPerBatch', value: c.batches ? c.recordsInBatches / c.batches : null, digits: 1 },
    { label: 'compare.avgLatency', value: c.acked ? c.latencySum / c.acked : null, digits: 1 },
    { label: 'metrics.consumed', value: c.consumed, digits: 0 },
    { label: 'metrics.lag', value: snap.groups.reduce((n, g) => n + g.stats.totalLag, 0), digits: 0 },
  ];
}

/** True when two figures differ by more than rounding noise (≥ 5 % relative, or ≥ 1 absolute for counts). */
export function differs(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a !== b;
  const scale = Math.max(Math.abs(a), Math.abs(b), 1);
  return Math.abs(a - b) / scale >= 0.05;
}
