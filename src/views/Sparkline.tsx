/** A small line chart over simulated time: d3 computes the path, React renders the SVG. */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

interface Props {
  values: (number | null)[];
  label: string;
  width?: number;
  height?: number;
}

export function Sparkline({ values, label, width = 160, height = 36 }: Props) {
  const present = values.filter((v): v is number => v !== null);
  const max = Math.max(1, ...present);
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([1, width - 1]);
  const y = scaleLinear()
    .domain([0, max * 1.1])
    .range([height - 2, 2]);
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(i))
    .y((v) => y(v ?? 0))(values);
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="none"
    >
      <line className="sparkline__base" x1={0} x2={width} y1={height - 1} y2={height - 1} />
      {path && <path className="sparkline__line" d={path} />}
    </svg>
  );
}
