/**
 * KIP-848 reconciliation drawn over the rebalance timeline: on each moved partition's row, ▽ where its
 * owner was asked to revoke it, ✓ where the owner acknowledged (✕ where it left or was fenced), ▶ where the
 * new owner started consuming it; dashed lines where the group epoch moved; "eN" on a member's row where
 * its member epoch reached N. Shapes and letters carry the meaning, colour only says whose it is.
 * Marks closer than a few pixels are spread apart in their order (the table beside gives exact times).
 */
import type { GroupView, PartitionMove } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import type { TimelineGeometry } from './RebalanceTimeline';
import { memberColor, shortName } from './memberColors';

type Protocol = NonNullable<GroupView['consumerProtocol']>;

const GAP = 8;
const short = (k: string) => `P${k.slice(k.lastIndexOf('-') + 1)}`;
const inWindow = (at: number | null, g: TimelineGeometry): at is number =>
  at !== null && at >= g.from && at <= g.now;

export function ReconciliationMarks({
  cp,
  moves,
  geo,
}: {
  cp: Protocol;
  moves: PartitionMove[];
  geo: TimelineGeometry;
}) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const secs = (ms: number) => formatNumber(lang, ms / 1000, 2);
  const { x, row } = geo;
  const groupSteps = cp.timeline.events.filter(
    (e) => (e.kind === 'joined' || e.kind === 'left' || e.kind === 'fenced') && inWindow(e.at, geo),
  );
  // Label a group-epoch line only when it is clear of the previous label.
  const labelled: boolean[] = [];
  for (let i = 0, last = -Infinity; i < groupSteps.length; i++) {
    const gx = x(groupSteps[i]!.at);
    labelled.push(gx - last > 48);
    if (labelled[i]) last = gx;
  }
  return (
    <g className="recon" data-testid="reconciliation-marks">
      {groupSteps.map((e, i) => {
        const gx = x(e.at);
        const label = labelled[i];
        return (
          <g key={`g${e.at}-${i}`} className="recon__group-epoch">
            <line x1={gx} x2={gx} y1={4} y2={geo.height} />
            {label && (
              <text x={gx + 3} y={12}>
                {t('kip848v.groupEpochMark', { n: e.groupEpoch })}
              </text>
            )}
          </g>
        );
      })}
      {moves.map((m, i) => {
        const y = geo.partitionY(m.partition);
        if (y === undefined) return null;
        let prev = -Infinity;
        // Keep the three marks in their order and apart, even when they are milliseconds apart.
        const spread = (at: number) => (prev = Math.max(x(at), prev + GAP));
        const mid = y + row / 2;
        return (
          <g key={`${m.partition}-${i}`} data-move={m.partition}>
            {inWindow(m.askedAt, geo) &&
              ((ax) => (
                <path
                  className="recon__asked"
                  d={`M${ax - 4},${y} L${ax + 4},${y} L${ax},${y + 7} Z`}
                  stroke={memberColor(m.from)}
                >
                  <title>
                    {t('kip848v.title.asked', {
                      at: secs(m.askedAt!),
                      member: m.from,
                      p: short(m.partition),
                    })}
                  </title>
                </path>
              ))(spread(m.askedAt))}
            {inWindow(m.releasedAt, geo) &&
              ((rx) => (
                <text
                  className="recon__released"
                  x={rx}
                  y={mid}
                  dominantBaseline="central"
                  textAnchor="middle"
                >
                  {m.release === 'revoked' ? '✓' : '✕'}
                  <title>
                    {m.release === 'revoked'
                      ? t('kip848v.title.released', {
                          at: secs(m.releasedAt!),
                          member: m.from,
                          p: short(m.partition),
                          n: m.releaseEpoch ?? '',
                        })
                      : t('kip848v.title.dropped', {
                          at: secs(m.releasedAt!),
                          member: m.from,
                          p: short(m.partition),
                          how: t(`kip848v.how.${m.release === 'left' ? 'left' : 'fenced'}`),
                        })}
                  </title>
                </text>
              ))(spread(m.releasedAt))}
            {m.to !== null &&
              inWindow(m.receivedAt, geo) &&
              ((rx) => (
                <path
                  className="recon__received"
                  d={`M${rx - 3},${y + 2} L${rx + 5},${mid} L${rx - 3},${y + row - 2} Z`}
                  fill={memberColor(m.to!)}
                >
                  <title>
                    {t('kip848v.title.received', {
                      at: secs(m.receivedAt!),
                      member: m.to!,
                      p: short(m.partition),
                      n: m.assignEpoch ?? '',
                    })}
                  </title>
                </path>
              ))(spread(m.receivedAt))}
          </g>
        );
      })}
      {cp.timeline.epochs
        .filter((e) => inWindow(e.at, geo))
        .map((e, i) => {
          const y = geo.memberY(e.member);
          if (y === undefined) return null;
          return (
            <text
              key={`e${e.at}-${i}`}
              className="recon__member-epoch"
              x={x(e.at) + 2}
              y={y + row / 2}
              dominantBaseline="central"
            >
              {t('kip848v.memberEpochMark', { n: e.memberEpoch })}
              <title>
                {t('kip848v.title.memberEpoch', {
                  at: secs(e.at),
                  member: shortName(e.member),
                  n: e.memberEpoch,
                })}
              </title>
            </text>
          );
        })}
    </g>
  );
}

export function ReconciliationLegend() {
  const t = useT();
  return (
    <p className="timeline__legend recon__legend">
      {(['asked', 'released', 'dropped', 'received', 'groupEpoch', 'memberEpoch'] as const).map((k) => (
        <span key={k} className={`recon-key recon-key--${k}`}>
          {t(`kip848v.legend.${k}`)}
        </span>
      ))}
    </p>
  );
}
