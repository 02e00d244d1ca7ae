/**
 * Which member owns the partition; its lag as kafka-consumer-groups --describe reports it (against the
 * committed offset) as number and bar, and the consumer's own records-lag (against its position).
 */
import { COLUMNS } from './pipelineLayout';

interface Props {
  y: number;
  h: number;
  owner: string | null;
  lag: number | null;
  recordsLag: number | null;
  maxLag: number;
  labels: { owner: string; lag: string; recordsLag: string };
}

export function ConsumerCell({ y, h, owner, lag, recordsLag, maxLag, labels }: Props) {
  const { x, w } = COLUMNS.consumer;
  const mid = y + h / 2;
  // Lag can be negative after an unclean election cut the log below the committed offset.
  const barW = maxLag > 0 && lag !== null ? (Math.max(0, Math.min(lag, maxLag)) / maxLag) * (w - 8) : 0;
  return (
    <g className="cons">
      <text className={`cons__owner${owner ? '' : ' is-none'}`} x={x} y={mid - 6} dominantBaseline="central">
        {labels.owner}
      </text>
      <rect className="cons__lag-track" x={x} y={mid + 4} width={w - 8} height={5} rx={2} />
      <rect className="cons__lag" x={x} y={mid + 4} width={barW} height={5} rx={2} />
      <text className="cons__lag-text" x={x + w - 8} y={mid + 18} textAnchor="end" dominantBaseline="central">
        {labels.lag}
      </text>
      {recordsLag !== null && (
        <text className="cons__records-lag" x={x} y={mid + 18} dominantBaseline="central">
          {labels.recordsLag}
        </text>
      )}
    </g>
  );
}
