/**
 * Geometry of the pipeline picture, in SVG user units: one row per partition, with columns for the
 * producer's accumulator, the produce wire, the partition log, the fetch wire and the consumer.
 */
import { scaleLinear } from 'd3-scale';

export const WIDTH = 1000;
export const HEADER = 46;
export const COLUMNS = {
  label: { x: 8, w: 40 },
  accumulator: { x: 50, w: 196 },
  produceWire: { x: 252, w: 84 },
  log: { x: 342, w: 366 },
  fetchWire: { x: 714, w: 56 },
  consumer: { x: 776, w: 216 },
} as const;

export function rowHeight(partitions: number): number {
  return Math.max(34, Math.min(64, Math.floor(520 / Math.max(1, partitions))));
}

export function svgHeight(partitions: number): number {
  return HEADER + partitions * rowHeight(partitions) + 8;
}

/** Where along a wire a message is: 0 at send, 1 on arrival (clamped). */
export function progress(now: number, sentAt: number, arriveAt: number): number {
  if (arriveAt <= sentAt) return 1;
  return Math.min(1, Math.max(0, (now - sentAt) / (arriveAt - sentAt)));
}

/**
 * The offsets a log row shows: its own newest `window` offsets, so every log grows at the right end
 * like a tape and older batches scroll off to the left. All rows share the window size.
 */
export function offsetScale(logEnd: number, window: number) {
  const end = Math.max(logEnd, window);
  return scaleLinear()
    .domain([end - window, end])
    .range([COLUMNS.log.x, COLUMNS.log.x + COLUMNS.log.w]);
}
