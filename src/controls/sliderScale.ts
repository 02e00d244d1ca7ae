/**
 * Sliders move over a list of "nice" stops rather than a linear range, so one slider spans 0 ms to
 * 10 s (or 1 to 50,000 records/s) and still lands on values people type into configs.
 */

/** Index of the stop nearest to `value` (values between stops snap to the closest). */
export function nearestStop(stops: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++)
    if (Math.abs(stops[i]! - value) < Math.abs(stops[best]! - value)) best = i;
  return best;
}

/** Stops that always include the given value (e.g. a scenario's or Kafka's default). */
export function withValues(stops: readonly number[], ...values: number[]): number[] {
  return [...new Set([...stops, ...values])].sort((a, b) => a - b);
}

export const LINGER_STOPS = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
export const BATCH_SIZE_STOPS = [
  0, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 1048576,
];
export const RATE_STOPS = [1, 2, 5, 10, 20, 50, 100, 200, 300, 500, 1000, 2000, 5000, 10000, 20000, 50000];
export const VALUE_BYTES_STOPS = [0, 10, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 100000];
export const PARTITION_STOPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
export const MAX_POLL_RECORDS_STOPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
export const SPEED_STOPS = [0.1, 0.25, 0.5, 1, 2, 5, 10];
