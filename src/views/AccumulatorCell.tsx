/** One partition's deque in the producer's accumulator: batches filling towards batch.size, linger countdown. */
import type { AccumulatorBatchView, SendReason } from '../engine';
import { COLUMNS } from './pipelineLayout';

interface Props {
  y: number;
  h: number;
  now: number;
  linger: number;
  batches: AccumulatorBatchView[];
  lastSent: { reason: SendReason; records: number; at: number } | undefined;
  labels: {
    full: string;
    lingerLeft: (ms: number) => string;
    batch: (b: AccumulatorBatchView) => string;
    sentBecause: (reason: SendReason) => string;
  };
  /** Opens the record inspector on a batch. */
  onInspect?: (batchId: number) => void;
}

export function AccumulatorCell({ y, h, now, linger, batches, lastSent, labels, onInspect }: Props) {
  const { x, w } = COLUMNS.accumulator;
  const barH = Math.min(22, h * 0.42);
  const top = y + (h - barH) / 2 - 4;
  // The front batch is the one that leaves next; further ones (already closed) are drawn as small tabs.
  const front = batches[0];
  return (
    <g className="acc">
      <rect className="acc__slot" x={x} y={top} width={w} height={barH} rx={4} />
      {front && (
        <>
          <rect
            className={`acc__fill${front.full || batches.length > 1 ? ' is-full' : ''}`}
            x={x}
            y={top}
            width={Math.max(2, Math.min(1, front.bytes / front.writeLimit) * w)}
            height={barH}
            rx={4}
            onClick={onInspect ? () => onInspect(front.id) : undefined}
            style={onInspect ? { cursor: 'pointer' } : undefined}
            data-testid="acc-batch"
          >
            <title>{labels.batch(front)}</title>
          </rect>
          {front.estimatedWireBytes < front.bytes && (
            // Compression: what this batch will weigh on the wire, drawn inside the raw size.
            <rect
              className="acc__compressed"
              x={x}
              y={top + barH * 0.62}
              width={Math.max(2, Math.min(1, front.estimatedWireBytes / front.writeLimit) * w)}
              height={barH * 0.38}
              rx={2}
              pointerEvents="none"
            />
          )}
          <text className="acc__count" x={x + 6} y={top + barH / 2} dominantBaseline="central">
            {front.count}
            {front.full || batches.length > 1 ? ` · ${labels.full}` : ''}
          </text>
          {linger > 0 && !(front.full || batches.length > 1) && (
            <LingerBar
              x={x}
              y={top + barH + 3}
              w={w}
              left={Math.max(0, front.lingerDeadline - now)}
              linger={linger}
              label={labels.lingerLeft}
            />
          )}
        </>
      )}
      {lastSent && (
        <text className={`acc__sent acc__sent--${lastSent.reason}`} x={x} y={top - 4}>
          {`${labels.sentBecause(lastSent.reason)} (${lastSent.records})`}
        </text>
      )}
      {batches.slice(1, 4).map((b, i) => (
        <rect
          key={b.id}
          className="acc__queued"
          x={x + w - 10 - i * 8}
          y={top - 6}
          width={6}
          height={5}
          rx={1}
        >
          <title>{labels.batch(b)}</title>
        </rect>
      ))}
    </g>
  );
}

function LingerBar({
  x,
  y,
  w,
  left,
  linger,
  label,
}: {
  x: number;
  y: number;
  w: number;
  left: number;
  linger: number;
  label: (ms: number) => string;
}) {
  const fraction = Math.min(1, left / linger);
  return (
    <g className="linger">
      <rect className="linger__track" x={x} y={y} width={w} height={4} rx={2} />
      <rect className="linger__left" x={x} y={y} width={fraction * w} height={4} rx={2} />
      <text className="linger__text" x={x + w} y={y + 12} textAnchor="end">
        {label(Math.ceil(left))}
      </text>
    </g>
  );
}
