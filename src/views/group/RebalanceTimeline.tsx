/**
 * Ownership over time, one row per partition: a coloured bar while a member consumes it, a red gap
 * while nobody does. Rebalances appear as shaded spans ending in a generation marker, so eager
 * (every row breaks) and cooperative (only the moved row breaks) look different at a glance.
 */
import type { ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { GroupView } from '../../engine';
import { useT } from '../../store/useT';
import { memberColor, shortName } from './memberColors';
import { MemberPhaseRows, PHASE_MARK } from './MemberPhaseRows';

const WINDOW_MS = 60_000;
const WIDTH = 900;
const ROW = 16;
const LEFT = 74;
const TOP = 18;

/** Where things are drawn, for marks laid over the timeline (the KIP-848 reconciliation marks). */
export interface TimelineGeometry {
  x: ScaleLinear<number, number>;
  from: number;
  now: number;
  /** Top of a partition's row, by key (`topic-partition`); undefined when it has no row. */
  partitionY: (key: string) => number | undefined;
  /** Top of a member's phase row, by client id. */
  memberY: (clientId: string) => number | undefined;
  row: number;
  height: number;
}

interface Props {
  group: GroupView;
  now: number;
  /** Show this time window instead of the last 60 s (used to zoom on the last rebalance). */
  window?: { from: number; to: number; caption: string };
  /** Extra marks drawn over the rows (inside the SVG). */
  overlay?: (geometry: TimelineGeometry) => ReactNode;
}

export function RebalanceTimeline({ group, now: current, window, overlay }: Props) {
  const t = useT();
  const c = group.classic;
  const keys = group.partitions.map((p) => `${p.topic}-${p.partition}`);
  const now = window ? Math.min(current, window.to) : current;
  const from = window ? window.from : Math.max(0, now - WINDOW_MS);
  const x = scaleLinear()
    .domain([from, Math.max(from + 1, now)])
    .range([LEFT, WIDTH - 8])
    .clamp(true);
  const members = group.members;
  const phasesTop = TOP + keys.length * ROW + 18;
  const height = phasesTop + members.length * ROW + 6;
  // Before the group's first assignment nothing is "paused" yet: the red track starts there.
  const trackFrom = c.segments.length > 0 ? Math.min(...c.segments.map((s) => s.from)) : null;
  const visible = c.segments.filter((s) => (s.to < 0 || s.to >= from) && s.from <= now);
  const spans = c.history.filter((h) => (h.stableAt < 0 ? now : h.stableAt) >= from);
  return (
    <figure className="timeline">
      <figcaption>
        {window ? window.caption : t('group.timeline', { s: WINDOW_MS / 1000 })} —{' '}
        <span className="timeline__help">{t('group.timeline.help')}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={t('group.timeline', { s: WINDOW_MS / 1000 })}
      >
        {spans.map((h) => {
          const x0 = x(h.startedAt);
          const x1 = x(h.stableAt < 0 ? now : h.stableAt);
          return (
            <g key={h.generation} className="timeline__rebalance">
              <rect x={x0} y={TOP - 4} width={Math.max(1, x1 - x0)} height={height - TOP} />
              {h.stableAt >= 0 && (
                <>
                  <line x1={x1} x2={x1} y1={4} y2={height} />
                  <text x={x1 + 3} y={12}>
                    {t('group.timeline.gen', { n: h.generation })}
                  </text>
                </>
              )}
            </g>
          );
        })}
        {keys.map((k, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={k} data-partition={k}>
              <text x={4} y={y + ROW / 2} dominantBaseline="central" className="timeline__label">
                {k}
              </text>
              {trackFrom !== null && (
                <rect
                  className="timeline__track"
                  x={x(trackFrom)}
                  y={y + 3}
                  width={Math.max(0, x(now) - x(trackFrom))}
                  height={ROW - 6}
                />
              )}
              {visible
                .filter((s) => s.partition === k)
                .map((s) => {
                  const x0 = x(s.from);
                  const x1 = x(s.to < 0 ? now : Math.min(s.to, now));
                  return (
                    <g key={`${s.from}-${s.clientId}`}>
                      <rect
                        x={x0}
                        y={y + 3}
                        width={Math.max(1, x1 - x0)}
                        height={ROW - 6}
                        fill={memberColor(s.clientId)}
                        rx={2}
                      />
                      {x1 - x0 > 28 && (
                        <text x={x0 + 4} y={y + ROW / 2} dominantBaseline="central" className="timeline__who">
                          {shortName(s.clientId)}
                        </text>
                      )}
                    </g>
                  );
                })}
            </g>
          );
        })}
        <text x={4} y={phasesTop - 6} className="timeline__section">
          {t('group.phase.title')}
        </text>
        <MemberPhaseRows members={members} x={x} from={from} now={now} top={phasesTop} row={ROW} />
        {overlay?.({
          x,
          from,
          now,
          partitionY: (k) => (keys.includes(k) ? TOP + keys.indexOf(k) * ROW : undefined),
          memberY: (id) => {
            const i = members.findIndex((m) => m.clientId === id);
            return i < 0 ? undefined : phasesTop + i * ROW;
          },
          row: ROW,
          height,
        })}
      </svg>
      <p className="timeline__legend">
        <span className="timeline__swatch" aria-hidden="true" /> {t('group.timeline.paused')} ·{' '}
        {(['stable', 'joining', 'syncing', 'unjoined', 'crashed'] as const)
          // A KIP-848 member joins with a ConsumerGroupHeartbeat (epoch 0) and never syncs.
          .filter((s) => !(group.consumerProtocol && s === 'syncing'))
          .map((s) => (
            <span key={s} className={`phase-key phase--${s}`}>
              <b aria-hidden="true">{PHASE_MARK[s]}</b>{' '}
              {t(
                group.consumerProtocol && s === 'joining' ? 'kip848v.phase.joining' : `group.phase.${s}`,
              )}{' '}
            </span>
          ))}
      </p>
    </figure>
  );
}
