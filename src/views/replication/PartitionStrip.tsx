/**
 * One partition's recent log as a strip of batches on an offset scale, each marked by its fate:
 * committed (below HW, solid), not yet committed (above HW, pale), written twice (✕2), written out of
 * order (↺); acknowledged batches that a truncation removed are drawn as dashed "LOST" ghosts.
 */
import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { PartitionView } from '../../engine';
import { boxesPath } from '../boxRuns';

interface Props {
  partition: PartitionView;
  labels: { lost: string; duplicate: string; reordered: string; title: string };
}

const W = 1000;
const H = 30;
const SHOWN = 60;

/** Memoised: with the read model's structural sharing it redraws only when its partition changed. */
export const PartitionStrip = memo(function PartitionStrip({ partition, labels }: Props) {
  const batches = partition.ledgerBatches.slice(-SHOWN);
  const start = batches[0]?.baseOffset ?? 0;
  const end = Math.max(partition.logEndOffset, start + 10);
  // Ghosts are drawn where they stood when they are in view; older losses are summed in words.
  const lostAll = partition.replication.ledger.lost.filter((l) => l.baseOffset >= 0);
  const lost = lostAll.filter((l) => l.baseOffset >= start && l.baseOffset < end);
  const older = lostAll.filter((l) => l.baseOffset < start || l.baseOffset >= end);
  const x = scaleLinear().domain([start, end]).range([0, W]);
  const width = (from: number, count: number) => Math.max(1.5, x(from + count) - x(from) - 1);
  const marked = batches.filter((b) => b.duplicate || b.reordered);
  const plain = marked.length === 0 ? batches : batches.filter((b) => !b.duplicate && !b.reordered);
  return (
    <svg
      viewBox={`0 0 ${W} ${H * 2 + 6}`}
      className="strip"
      role="img"
      aria-label={labels.title}
      data-testid={`strip-${partition.partition}`}
    >
      {/* Plain batches as one path per fate (views/boxRuns.ts); the rare marked ones stay separate. */}
      {(['committed', 'pending'] as const).map((fate) => {
        const runs = plain.filter((b) => b.baseOffset < partition.highWatermark === (fate === 'committed'));
        if (runs.length === 0) return null;
        const boxes = runs.map((b) => ({
          x0: x(b.baseOffset),
          x1: x(b.baseOffset) + width(b.baseOffset, b.count),
        }));
        const lastRun = runs[runs.length - 1]!;
        return (
          <path key={fate} className={`strip__batch strip__batch--${fate}`} d={boxesPath(boxes, 2, H)}>
            <title>{`offsets ${runs[0]!.baseOffset}–${lastRun.baseOffset + lastRun.count - 1}`}</title>
          </path>
        );
      })}
      {marked.map((b) => (
        <g key={b.baseOffset}>
          <rect
            className={`strip__batch ${b.duplicate ? 'strip__batch--dup' : 'strip__batch--reordered'}`}
            x={x(b.baseOffset)}
            y={2}
            width={width(b.baseOffset, b.count)}
            height={H}
          >
            <title>{`offsets ${b.baseOffset}–${b.baseOffset + b.count - 1} · seq ${b.baseSequence}–${b.baseSequence + b.count - 1}`}</title>
          </rect>
          <text className="strip__mark" x={x(b.baseOffset) + 2} y={H - 6}>
            {b.duplicate ? labels.duplicate : labels.reordered}
          </text>
        </g>
      ))}
      <line
        className="strip__hw"
        x1={x(partition.highWatermark)}
        x2={x(partition.highWatermark)}
        y1={0}
        y2={H + 4}
      />
      {lost.map((l) => (
        <g key={`${l.baseOffset}-${l.baseSequence}-${l.at}`}>
          <rect
            className="strip__lost"
            x={x(l.baseOffset)}
            y={H + 6}
            width={width(l.baseOffset, l.count)}
            height={H - 4}
          >
            <title>{`${labels.lost}: offsets ${l.baseOffset}–${l.baseOffset + l.count - 1} · seq ${l.baseSequence}–${l.baseSequence + l.count - 1}`}</title>
          </rect>
        </g>
      ))}
      {lost.length > 0 && (
        <text className="strip__lost-label" x={Math.min(W - 140, x(lost[0]!.baseOffset))} y={2 * H}>
          {labels.lost}
        </text>
      )}
      {older.length > 0 && (
        <text className="strip__lost-label" x={4} y={2 * H}>
          {`${labels.lost}: ${Math.min(...older.map((l) => l.baseOffset))}–${Math.max(...older.map((l) => l.baseOffset + l.count)) - 1}`}
        </text>
      )}
    </svg>
  );
});
