/**
 * Lag over time for one group: one line per partition over the last samples (the store's metrics
 * window, which follows the playhead on seek). Each line ends in a text label "P3 · 118" and lines use
 * different dash patterns, so neither colour nor hover is needed to tell them apart.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { GroupView } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { lagKey } from '../../store/metrics';
import { useKafka } from '../../store/StoreContext';

const WIDTH = 900;
const HEIGHT = 170;
const LEFT = 48;
const RIGHT = 92;
const TOP = 10;
const BOTTOM = 22;
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

export function LagChart({ group }: { group: GroupView }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const series = useKafka((s) => s.series);
  const keys = group.partitions.map((p) => ({
    key: lagKey(group.id, p.topic, p.partition),
    name: `P${p.partition}`,
  }));
  if (series.length < 2) return null;
  const values = keys.map((k) => series.map((s) => s.lag?.[k.key] ?? null));
  const max = Math.max(1, ...values.flat().filter((v): v is number => v !== null));
  const x = scaleLinear()
    .domain([series[0]!.t, series[series.length - 1]!.t])
    .range([LEFT, WIDTH - RIGHT]);
  const y = scaleLinear()
    .domain([0, max * 1.1])
    .range([HEIGHT - BOTTOM, TOP])
    .nice();
  const ticks = y.ticks(4);
  const last = values.map((v) => [...v].reverse().find((n) => n !== null) ?? null);
  // End labels are nudged apart so they do not overlap.
  const labelY = last.map((v) => (v === null ? null : y(v)));
  const order = labelY.map((v, i) => [v, i] as const).filter(([v]) => v !== null);
  order.sort((a, b) => a[0]! - b[0]!);
  const placed: number[] = [];
  for (const [v] of order) {
    const prev = placed.length ? placed[placed.length - 1]! : -Infinity;
    const at = Math.max(v!, prev + 13);
    placed.push(at);
  }
  // Then pull the stack back up if it ran past the bottom of the chart.
  for (let j = placed.length - 1; j >= 0; j--) {
    const limit = j === placed.length - 1 ? HEIGHT - 6 : placed[j + 1]! - 13;
    placed[j] = Math.min(placed[j]!, limit);
  }
  order.forEach(([, i], j) => (labelY[i] = placed[j]!));
  const summary = keys
    .map((k, i) => `${k.name} ${last[i] === null ? '-' : formatNumber(lang, last[i]!)}`)
    .join(', ');
  return (
    <figure className="lagchart" data-testid={`lag-chart-${group.id}`}>
      <figcaption>
        {t('group.lagChart', { s: Math.round((series[series.length - 1]!.t - series[0]!.t) / 1000) })}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('group.lagChart.now', { list: summary })}
      >
        {ticks.map((v) => (
          <g key={v} className="lagchart__tick">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} />
            <text x={LEFT - 6} y={y(v)} textAnchor="end" dominantBaseline="central">
              {formatNumber(lang, v)}
            </text>
          </g>
        ))}
        <text x={LEFT} y={HEIGHT - 4} className="lagchart__axis">
          t = {formatNumber(lang, series[0]!.t / 1000, 1)} s
        </text>
        <text x={WIDTH - RIGHT} y={HEIGHT - 4} textAnchor="end" className="lagchart__axis">
          t = {formatNumber(lang, series[series.length - 1]!.t / 1000, 1)} s
        </text>
        {keys.map((k, i) => {
          const d = line<number | null>()
            .defined((v) => v !== null)
            .x((_, j) => x(series[j]!.t))
            .y((v) => y(v ?? 0))(values[i]!);
          const colour = COLOURS[i % COLOURS.length];
          return (
            <g key={k.key} data-partition={k.name}>
              {d && (
                <path
                  d={d}
                  fill="none"
                  stroke={colour}
                  strokeWidth={2}
                  strokeDasharray={DASHES[i % DASHES.length]}
                />
              )}
              {labelY[i] !== null && (
                <text x={WIDTH - RIGHT + 6} y={labelY[i]!} dominantBaseline="central" fill={colour}>
                  {k.name} · {formatNumber(lang, last[i]!)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
