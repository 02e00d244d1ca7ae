/**
 * One partition's log on the broker: recent batches as boxes on a shared offset scale, the log end
 * offset, and the consumer group's position (▼) and committed offset (◆) — shapes, not only colours.
 */
import type { GroupPartitionView, PartitionView } from '../engine';
import { boxAt, boxesPath, svgX, type Box } from './boxRuns';
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
  const boxes: (Box & { batch: PartitionView['recentBatches'][number] })[] = [];
  for (const b of partition.recentBatches) {
    const x0 = clampX(x(b.baseOffset));
    const x1 = clampX(x(b.baseOffset + b.count));
    if (x1 - x0 >= 0.5) boxes.push({ x0, x1: x0 + Math.max(1, x1 - x0 - 1), batch: b });
  }
  const first = boxes[0]?.batch;
  const last = boxes.at(-1)?.batch;
  return (
    <g className="log">
      <rect className="log__lane" x={left} y={top} width={w} height={boxH} rx={3} />
      {boxes.length > 0 && (
        // All batch boxes as one path (views/boxRuns.ts); a click finds the batch under the pointer.
        <path
          className="log__batch"
          d={boxesPath(boxes, top, boxH)}
          onClick={
            onInspect
              ? (e) => {
                  const at = svgX(e);
                  const box = at === undefined ? undefined : boxAt(boxes, at);
                  if (box) onInspect(box.batch);
                }
              : undefined
          }
          style={onInspect ? { cursor: 'pointer' } : undefined}
        >
          <title>{`offsets ${first!.baseOffset}–${last!.baseOffset + last!.count - 1} · ${boxes.length} batches`}</title>
        </path>
      )}
      <text
        className="log__leo"
        x={leoLabelEnd(
          left + w - 4,
          labels.leo,
          consumer && consumer.position >= 0 ? clampX(x(consumer.position)) : null,
        )}
        y={top - 4}
        textAnchor="end"
      >
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

/**
 * Where the "LEO n" label ends: at the log's end, unless the position marker (▼, drawn on the same line)
 * would sit inside the text — a caught-up consumer's usual place — then just left of the marker.
 */
function leoLabelEnd(logEnd: number, text: string, markerX: number | null): number {
  const approxWidth = text.length * 6.5; // ~11 px system font; an estimate is enough to clear a 10 px marker
  if (markerX === null || markerX < logEnd - approxWidth - 6) return logEnd;
  return Math.min(logEnd, markerX - 8);
}
