/**
 * The workload's key generators: no key, a fixed list, a `user-N` sequence, a Zipf-skewed popularity, or
 * one hot key taking a set share of the records. Random choices use the simulation's seeded PRNG.
 */
import type { KeySpec } from '../model/scenario';
import type { ProducerState, SimState } from '../model/state';
import { nextFloat, nextInt } from '../random/prng';

// Cumulative Zipf weights per (count, exponent): derived data, rebuilt on demand, so not simulation state.
const zipfTables = new Map<string, Float64Array>();

function zipfTable(count: number, exponent: number): Float64Array {
  const id = `${count}:${exponent}`;
  let table = zipfTables.get(id);
  if (!table) {
    table = new Float64Array(count);
    let sum = 0;
    for (let rank = 0; rank < count; rank++) table[rank] = sum += 1 / Math.pow(rank + 1, exponent);
    for (let rank = 0; rank < count; rank++) table[rank]! /= sum;
    if (zipfTables.size > 16) zipfTables.clear();
    zipfTables.set(id, table);
  }
  return table;
}

/** A rank 0…count-1 where rank r is chosen with probability ∝ 1/(r+1)^exponent. */
export function zipfRank(u: number, count: number, exponent: number): number {
  const table = zipfTable(count, exponent);
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The key the workload gives its next record (null: no key). */
export function nextKey(sim: SimState, p: ProducerState): string | null {
  const keys: KeySpec = p.workload.keys;
  const i = p.keyCursor++;
  switch (keys.type) {
    case 'none':
      return null;
    case 'list':
      return keys.values[i % keys.values.length]!;
    case 'sequence':
      return `${keys.prefix}${i % keys.count}`;
    case 'zipf':
      return `${keys.prefix}${zipfRank(nextFloat(sim.rng), keys.count, keys.exponent)}`;
    case 'hot':
      if (nextFloat(sim.rng) * 100 < keys.sharePercent) return keys.hotKey;
      return `${keys.prefix}${nextInt(sim.rng, keys.count)}`;
  }
}
