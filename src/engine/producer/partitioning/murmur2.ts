/**
 * Kafka's key hash: 32-bit MurmurHash2 exactly as `org.apache.kafka.common.utils.Utils.murmur2`, so a key
 * lands on the same partition in the simulator as in a real cluster (and in kafka-python, which ports it).
 */
import { toHex, utf8Encode } from '../serializers';

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/** Kafka's murmur2 of the serialized key bytes, as Java's signed 32-bit int. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  // All arithmetic must wrap at 32 bits like Java's int: Math.imul multiplies, `>>>` is Java's `>>>`.
  let h = SEED ^ length;
  const whole = length - (length % 4);
  for (let i = 0; i < whole; i += 4) {
    // Words are read little-endian; `& 0xff` in Java is implicit here because Uint8Array holds 0..255.
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }
  // Up to three trailing bytes, highest first, as Java's fall-through switch does.
  const tail = length % 4;
  if (tail >= 3) h ^= data[whole + 2]! << 16;
  if (tail >= 2) h ^= data[whole + 1]! << 8;
  if (tail >= 1) {
    h ^= data[whole]!;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's `Utils.toPositive`: clears the sign bit (not Math.abs: -1 becomes 2147483647). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** Partition of a keyed record: `toPositive(murmur2(key)) % numPartitions`, over all partitions. */
export function partitionForKey(keyBytes: Uint8Array, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions < 1) {
    throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
  }
  return toPositive(murmur2(keyBytes)) % numPartitions;
}

/** Every step of placing a string key, for the UI's "why this partition?" explainer. */
export interface KeyPartitionExplanation {
  key: string;
  /** UTF-8 bytes (what StringSerializer sends), as space-separated hex pairs, e.g. `75 73 65 72`. */
  bytesHex: string;
  /** murmur2 of those bytes, signed 32-bit as Java prints it. */
  murmur2: number;
  /** murmur2 with the sign bit cleared. */
  positive: number;
  /** positive % numPartitions. */
  partition: number;
}

/** Explains where a string key goes with Java's default partitioner (same answer in kafka-python). */
export function explainKeyPartition(key: string, numPartitions: number): KeyPartitionExplanation {
  // Same bytes as serialize('string', key): Java's StringSerializer.
  const bytes = utf8Encode(key, 'question-mark');
  const hash = murmur2(bytes);
  const positive = toPositive(hash);
  return {
    key,
    bytesHex: toHex(bytes, ' '),
    murmur2: hash,
    positive,
    partition: partitionForKey(bytes, numPartitions),
  };
}
