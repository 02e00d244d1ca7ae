/**
 * Where send() puts a record (kafka-behaviour.md §2.4): keyed records by murmur2 of the serialized key;
 * unkeyed records stick to one partition until batch.size bytes went there, then move on (a simplified
 * KIP-794 built-in partitioner; the producer issue replaces it with the exact, adaptive one).
 */
import type { SimState, ProducerState } from '../model/state';
import { configNumber } from '../core/step';
import { nextInt } from '../random/prng';
import type { AppendOutcome } from './accumulator';
import { partitionForKey } from './partitioning/murmur2';
import { serialize } from './serializers';

// Keys repeat (a workload cycles through a few), so their bytes are computed once. A pure cache.
const keyBytesCache = new Map<string, Uint8Array>();

function keyBytes(key: string): Uint8Array {
  let bytes = keyBytesCache.get(key);
  if (!bytes) {
    // StringSerializer: Java's UTF-8 encoder (a lone surrogate becomes '?', as in Java).
    bytes = serialize('string', key)!;
    if (keyBytesCache.size > 10000) keyBytesCache.clear();
    keyBytesCache.set(key, bytes);
  }
  return bytes;
}

/** Serialized key length (StringSerializer: UTF-8), or null for a null key. */
export function keyByteLength(key: string | null): number | null {
  return key === null ? null : keyBytes(key).length;
}

/** The partition for a record about to be appended. */
export function choosePartition(sim: SimState, p: ProducerState, key: string | null): number {
  const partitions = p.deques.length;
  if (key !== null) return partitionForKey(keyBytes(key), partitions);
  return p.sticky.partition;
}

/** Bookkeeping after an append: the sticky partition moves on once batch.size bytes went to it. */
export function recordAppendedTo(
  sim: SimState,
  p: ProducerState,
  key: string | null,
  partition: number,
  outcome: AppendOutcome,
): void {
  if (key !== null || partition !== p.sticky.partition) return;
  p.sticky.bytes += outcome.size;
  if (p.sticky.bytes >= Math.max(1, configNumber(p.config, 'batch.size'))) {
    p.sticky = { partition: nextInt(sim.rng, p.deques.length), bytes: 0 };
  }
}
