/**
 * A replica's log as a bar: filled up to its log end offset (LEO, ▮ marker), the high watermark as a
 * dashed line labelled HW, records only this replica holds from an older leader hatched and labelled.
 * d3 computes the scale, JSX renders.
 */
import { scaleLinear } from 'd3-scale';
import type { ReplicaView } from '../../engine';
import { Term } from '../Term';

interface Props {
  replica: ReplicaView;
  /** The end of the offset scale every replica bar shares (replicationSelection.ts, logScaleEnd). */
  maxEnd: number;
  leo: string;
  hw: string;
  stale: string;
  /** "leader knows N", shown for a follower whose own log is ahead of what its leader has learned. */
  leaderKnows?: string;
}

const W = 220;
const H = 16;

export function ReplicaLog({ replica, maxEnd, leo, hw, stale, leaderKnows }: Props) {
  const x = scaleLinear()
    .domain([0, Math.max(10, maxEnd)])
    .range([0, W]);
  const end = x(replica.logEndOffset);
  const hwX = x(replica.highWatermark);
  const diverged = replica.divergedAt >= 0 ? x(replica.divergedAt) : null;
  return (
    <div className="replica-log">
      <svg viewBox={`0 0 ${W} ${H + 4}`} className="replica-log__svg" role="img" aria-label={`${leo}, ${hw}`}>
        <rect className="replica-log__lane" x={0} y={2} width={W} height={H} rx={3} />
        <rect
          className="replica-log__fill"
          x={0}
          y={2}
          width={Math.max(0, diverged ?? end)}
          height={H}
          rx={3}
        />
        {diverged !== null && end > diverged && (
          <rect className="replica-log__stale" x={diverged} y={2} width={end - diverged} height={H}>
            <title>{stale}</title>
          </rect>
        )}
        <line className="replica-log__hw" x1={hwX} x2={hwX} y1={0} y2={H + 4} />
        <rect className="replica-log__leo" x={Math.max(0, end - 2)} y={0} width={3} height={H + 4} />
      </svg>
      <div className="replica-log__labels">
        <Term id="leo" className="replica-log__leo-label">
          {leo}
        </Term>
        {leaderKnows && (
          <Term id="leaderKnownEnd" className="replica-log__known-label">
            {leaderKnows}
          </Term>
        )}
        <Term id="hw" className="replica-log__hw-label">
          {hw}
        </Term>
        {diverged !== null && end > diverged && <span className="replica-log__stale-label">{stale}</span>}
      </div>
    </div>
  );
}
