/**
 * Dense marks drawn cheaply: many boxes of one kind (a log's batches) as the `d` of ONE <path>, so a
 * frame that slides them rewrites one attribute instead of x and width of a hundred <rect>s (and React
 * reconciles one element, not a hundred). The picture is the same; hover text and clicks that need a
 * particular box find it by position (`boxAt`).
 */

export interface Box {
  x0: number;
  x1: number;
}

/** One closed rectangle per box, all at the same `y` and height; empty string when there are none. */
export function boxesPath(boxes: readonly Box[], y: number, height: number): string {
  let d = '';
  const r = (v: number) => Math.round(v * 10) / 10;
  for (const b of boxes) d += `M${r(b.x0)} ${r(y)}h${r(b.x1 - b.x0)}v${r(height)}h${r(b.x0 - b.x1)}z`;
  return d;
}

/** The box under `x` (drawing units), or the nearest within `slop` units, else undefined. */
export function boxAt<T extends Box>(boxes: readonly T[], x: number, slop = 2): T | undefined {
  let best: T | undefined;
  let bestGap = slop;
  for (const b of boxes) {
    const gap = x < b.x0 ? b.x0 - x : x > b.x1 ? x - b.x1 : 0;
    if (gap <= bestGap) {
      best = b;
      bestGap = gap;
      if (gap === 0) break;
    }
  }
  return best;
}

/** A pointer event's position in the drawing units of its <svg> (viewBox), for `boxAt`. */
export function svgX(event: {
  clientX: number;
  clientY: number;
  currentTarget: Element;
}): number | undefined {
  const target = event.currentTarget as SVGGraphicsElement;
  const svg = target.ownerSVGElement;
  const ctm = svg?.getScreenCTM?.();
  if (!svg || !ctm) return undefined;
  const point = svg.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  return point.matrixTransform(ctm.inverse()).x;
}
