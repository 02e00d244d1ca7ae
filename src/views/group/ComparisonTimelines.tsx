/**
 * The three-protocol comparison as pictures: one ownership timeline per protocol, side by side and on one
 * time axis — a row per partition, a bar in the owner's colour (with its name) while someone consumes it,
 * a hatched red gap while nobody does, and a line at each membership change. The gaps are exactly what
 * the table's "paused" figures add up (ProtocolRunFigures.ownership).
 */
import { useId } from 'react';
import { scaleLinear } from 'd3-scale';
import type { ProtocolRunFigures } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { memberColor, shortName } from './memberColors';

const WIDTH = 320;
const ROW = 16;
const LEFT = 28;
const TOP = 16;
const CHANGE_GLYPH: Record<string, string> = {
  addConsumer: '+',
  crashConsumer: '✕',
  stopConsumer: '−',
  slowConsumer: '~',
};

function OwnershipChart({ run, from, to }: { run: ProtocolRunFigures; from: number; to: number }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const x = scaleLinear()
    .domain([from, Math.max(from + 1, to)])
    .range([LEFT, WIDTH - 4])
    .clamp(true);
  const height = TOP + run.ownership.length * ROW + 4;
  const name = t(`kip848.compare.${run.protocol}`);
  return (
    <figure className="compare-chart" data-testid="comparison-timeline" data-protocol={run.protocol}>
      <figcaption>{name}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={t('kip848v.compare.timelineLabel', {
          protocol: name,
          n: run.pausedPartitions.length,
          s: formatNumber(lang, run.pauseMs / 1000, 2),
        })}
      >
        <defs>
          <pattern
            id={hatch}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#fecaca" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#b91c1c" strokeWidth="2" />
          </pattern>
        </defs>
        {run.ownership.map((row, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={row.partition} data-partition={row.partition}>
              <text x={2} y={y + ROW / 2} dominantBaseline="central" className="timeline__label">
                P{row.partition.slice(row.partition.lastIndexOf('-') + 1)}
              </text>
              <rect
                x={x(run.countedFromMs)}
                y={y + 3}
                width={Math.max(0, x(to) - x(run.countedFromMs))}
                height={ROW - 6}
                fill={`url(#${hatch})`}
              />
              {row.owners.map((o) => {
                const x0 = x(o.from);
                const w = Math.max(0.5, x(o.to) - x0);
                return (
                  <g key={`${o.from}-${o.clientId}`}>
                    <rect x={x0} y={y + 2} width={w} height={ROW - 4} fill={memberColor(o.clientId)} rx={1} />
                    {w > 24 && (
                      <text x={x0 + 3} y={y + ROW / 2} dominantBaseline="central" className="timeline__who">
                        {shortName(o.clientId)}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {run.changes.map((c, i) => (
          <g key={i} className="compare-chart__change">
            <line x1={x(c.atMs)} x2={x(c.atMs)} y1={TOP - 4} y2={height} />
            <text x={x(c.atMs)} y={TOP - 5} textAnchor="middle">
              {CHANGE_GLYPH[c.action] ?? '•'}
              <title>
                {t(`kip848.compare.change.${c.action as 'addConsumer'}`, {
                  s: formatNumber(lang, c.atMs / 1000),
                })}
              </title>
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function ComparisonTimelines({ runs }: { runs: ProtocolRunFigures[] }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  if (runs.length === 0) return null;
  const from = Math.min(...runs.map((r) => r.countedFromMs));
  const to = Math.max(...runs.map((r) => r.endMs));
  const caption = t('kip848v.compare.timelines', {
    from: formatNumber(lang, from / 1000, 2),
    to: formatNumber(lang, to / 1000),
  });
  return (
    <section className="compare-charts" aria-label={caption}>
      <p className="compare-charts__caption">{caption}</p>
      <div className="compare-charts__grid" data-testid="comparison-timelines">
        {runs.map((r) => (
          <OwnershipChart key={r.protocol} run={r} from={from} to={to} />
        ))}
      </div>
      <p className="timeline__legend">
        <span className="compare-charts__swatch" aria-hidden="true" /> {t('kip848v.compare.gap')} ·{' '}
        {t('kip848v.compare.changeMark')}: {t('kip848v.compare.glyphs')}
      </p>
    </section>
  );
}
