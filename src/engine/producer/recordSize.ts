/**
 * Byte sizes of records and batches in Kafka's record batch format v2 (magic 2), as the Java producer
 * computes them (DefaultRecord.sizeInBytes, DefaultRecordBatch.RECORD_BATCH_OVERHEAD). No headers.
 *
 * A record inside a batch is: length (varint) · attributes (1 byte) · timestampDelta (varlong) ·
 * offsetDelta (varint) · keyLength (varint, -1 for null) · key · valueLength (varint) · value ·
 * header count (varint). Varints are zig-zag encoded, 7 bits per byte.
 */

/** The fixed header of every record batch (base offset, length, epoch, magic, CRC, attributes, …). */
export const RECORD_BATCH_OVERHEAD = 61;
/** Worst-case framing of one record: 5 (length) + 1 (attributes) + 10 (timestamp) + 5 (offset). */
export const MAX_RECORD_OVERHEAD = 21;

/** Bytes of a zig-zag varint holding `value` (valid for |value| < 2^52, plenty for sizes and deltas). */
export function sizeOfVarint(value: number): number {
  const zigzag = value >= 0 ? value * 2 : -value * 2 - 1;
  // Compared against 2^7, 2^14, … instead of divided down: this runs a few times per simulated record.
  if (zigzag < 0x80) return 1;
  if (zigzag < 0x4000) return 2;
  if (zigzag < 0x200000) return 3;
  if (zigzag < 0x10000000) return 4;
  let rest = Math.floor(zigzag / 0x10000000);
  let bytes = 4;
  while (rest >= 1) {
    rest = Math.floor(rest / 128);
    bytes++;
  }
  return bytes;
}

// The last key/value lengths sized and their size: a workload repeats the same lengths record after
// record, so recordSizeInBatch usually skips three varint sizes. A pure cache, not simulation state.
let lastKeyBytes: number | null = null;
let lastValueBytes: number | null = null;
let lastKeyValueSize = 1 + 1 + sizeOfVarint(0);

/** Size of key, value and header count; a null key or value costs one byte (the varint -1). */
function sizeOfKeyValue(keyBytes: number | null, valueBytes: number | null): number {
  if (keyBytes === lastKeyBytes && valueBytes === lastValueBytes) return lastKeyValueSize;
  lastKeyBytes = keyBytes;
  lastValueBytes = valueBytes;
  lastKeyValueSize = sizeOfKeyValueUncached(keyBytes, valueBytes);
  return lastKeyValueSize;
}

function sizeOfKeyValueUncached(keyBytes: number | null, valueBytes: number | null): number {
  const key = keyBytes === null ? 1 : sizeOfVarint(keyBytes) + keyBytes;
  const value = valueBytes === null ? 1 : sizeOfVarint(valueBytes) + valueBytes;
  return key + value + sizeOfVarint(0);
}

/** Exact encoded size of one record at a given position in its batch. */
export function recordSizeInBatch(
  offsetDelta: number,
  timestampDelta: number,
  keyBytes: number | null,
  valueBytes: number | null,
): number {
  const body =
    1 + sizeOfVarint(offsetDelta) + sizeOfVarint(timestampDelta) + sizeOfKeyValue(keyBytes, valueBytes);
  return body + sizeOfVarint(body);
}

/**
 * Upper bound of a batch holding just this record (DefaultRecordBatch.estimateBatchSizeUpperBound):
 * what the accumulator uses to size a new batch and what the max.request.size check compares.
 */
export function batchSizeUpperBound(keyBytes: number | null, valueBytes: number | null): number {
  return RECORD_BATCH_OVERHEAD + MAX_RECORD_OVERHEAD + sizeOfKeyValue(keyBytes, valueBytes);
}
