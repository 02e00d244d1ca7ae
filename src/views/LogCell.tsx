/**
 * One partition's log on the broker: recent batches as boxes on a shared offset scale, the log end
 * offset, and the consumer group's position (▼) and committed offset (◆) — shapes, not only colours.
 */
import type { GroupPartitionView, PartitionView } from '../engine';
import { COLUMNS } from './pipelineLayout';

interface Props {
  y: number;
  h: number;
  partition: PartitionView;
  consumer: GroupPartitionView | undefined;
  x: (offset: number) => number;
  labels: { leo: string; position: string; committed: string };
  /** Opens the record inspector on a stored batch. */
  onInspect?: (batch: PartitionView['recentBatches'][number]) => void;
}

export function LogCell({ y, h, partition, consumer, x, labels, onInspect }: Props) {
  const { x: left, w } = COLUMNS.log;
  const boxH = Math.min(24, h * 0.46);
  const top = y + (h - boxH) / 2 - 2;
  const clampX = (v: number) => Math.min(left + w, Math.max(left, v));
  return (
    <g className="log">
      <rect className="log__lane" x={left} y={top} width={w} height={boxH} rx={3} />
      {partition.recentBatches.map((b) => {
        const x0 = clampX(x(b.baseOffset));
        const x1 = clampX(x(b.baseOffset + b.count));
        if (x1 - x0 < 0.5) return null;
        return (
          <rect
            key={b.baseOffset}
            className="log__batch"
            x={x0}
            y={top}
            width={Math.max(1, x1 - x0 - 1)}
            height={boxH}
            onClick={onInspect ? () => onInspect(b) : undefined}
            style={onInspect ? { cursor: 'pointer' } : undefined}
          >
            <title>{`offsets ${b.baseOffset}–${b.baseOffset + b.count - 1} · ${b.count} records · ${b.bytes} B`}</title>
          </rect>
        );
      })}
      <text className="log__leo" x={left + w - 4} y={top - 4} textAnchor="end">
        {labels.leo}
      </text>
      {consumer && consumer.committed >= 0 && (
        <Marker
          className="marker--committed"
          cx={clampX(x(consumer.committed))}
          y={top + boxH + 7}
          shape="diamond"
          label={labels.committed}
        />
      )}
      {consumer && consumer.position >= 0 && (
        <Marker
          className="marker--position"
          cx={clampX(x(consumer.position))}
          y={top - 6}
          shape="triangle"
          label={labels.position}
        />
      )}
    </g>
  );
}

function Marker({
  cx,
  y,
  shape,
  className,
  label,
}: {
  cx: number;
  y: number;
  shape: 'triangle' | 'diamond';
  className: string;
  label: string;
}) {
  const d =
    shape === 'triangle'
      ? `M${cx - 5},${y - 5} L${cx + 5},${y - 5} L${cx},${y + 2} Z`
      : `M${cx},${y - 5} L${cx + 5},${y} L${cx},${y + 5} L${cx - 5},${y} Z`;
  return (
    <path className={`marker ${className}`} d={d}>
      <title>{label}</title>
    </path>
  );
}
