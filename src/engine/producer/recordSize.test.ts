import { describe, expect, it } from 'vitest';
import { RECORD_BATCH_OVERHEAD, batchSizeUpperBound, recordSizeInBatch, sizeOfVarint } from './recordSize';

describe('record sizes (record batch v2)', () => {
  it('sizes zig-zag varints as Kafka ByteUtils does', () => {
    // zig-zag: 0→0, -1→1, 63→126 (1 byte), 64→128 (2 bytes), -65→129 (2 bytes)
    expect(sizeOfVarint(0)).toBe(1);
    expect(sizeOfVarint(-1)).toBe(1);
    expect(sizeOfVarint(63)).toBe(1);
    expect(sizeOfVarint(64)).toBe(2);
    expect(sizeOfVarint(-64)).toBe(1);
    expect(sizeOfVarint(-65)).toBe(2);
    expect(sizeOfVarint(8191)).toBe(2);
    expect(sizeOfVarint(8192)).toBe(3);
  });

  it('sizes varints like the byte-by-byte encoder for every width up to 2^52', () => {
    // Reference: the encoder's loop (ByteUtils.sizeOfVarlong), one byte per 7 bits of the zig-zag value.
    const reference = (value: number) => {
      let zigzag = value >= 0 ? value * 2 : -value * 2 - 1;
      let bytes = 1;
      while (zigzag >= 128) {
        zigzag = Math.floor(zigzag / 128);
        bytes++;
      }
      return bytes;
    };
    for (let bits = 0; bits <= 51; bits++) {
      for (const v of [2 ** bits - 1, 2 ** bits, 2 ** bits + 1]) {
        expect(sizeOfVarint(v)).toBe(reference(v));
        expect(sizeOfVarint(-v)).toBe(reference(-v));
      }
    }
  });

  it('gives an unkeyed 100-byte record 109 bytes, so ~150 fit a 16 KiB batch (kafka-behaviour.md S7)', () => {
    // body = attributes 1 + offsetDelta 1 + timestampDelta 1 + null key 1 + value (2 + 100) + headers 1 = 107
    expect(recordSizeInBatch(0, 0, null, 100)).toBe(109);
    const fit = Math.floor((16384 - RECORD_BATCH_OVERHEAD) / 109);
    expect(fit).toBeGreaterThanOrEqual(145);
    expect(fit).toBeLessThanOrEqual(155);
  });

  it('bounds a single record batch by header + 21 bytes of framing + key/value', () => {
    expect(batchSizeUpperBound(null, 100)).toBe(61 + 21 + 1 + 102 + 1);
    expect(batchSizeUpperBound(3, 10)).toBe(61 + 21 + 4 + 11 + 1);
  });
});

describe('record sizes with the cached key/value size', () => {
  it('give the same size whatever the order of key and value lengths', () => {
    // recordSizeInBatch caches the last key/value lengths' size: alternating lengths must not leak.
    const lengths: [number | null, number | null][] = [
      [null, 100],
      [5, 100],
      [null, 100],
      [null, 200],
      [5, null],
      [null, null],
      [200, 100],
    ];
    const first = lengths.map(([k, v]) => recordSizeInBatch(3, 2, k, v));
    const again = [...lengths].reverse().map(([k, v]) => recordSizeInBatch(3, 2, k, v));
    expect(again.reverse()).toEqual(first);
    // By hand (DefaultRecord.sizeInBytes): body = 1 attributes + 1 offset delta + 1 timestamp delta + 1 null
    // key + (2 + 100) value (zig-zag 200 takes two varint bytes) + 1 header count = 107, plus 2 for its length.
    expect(recordSizeInBatch(3, 2, null, 100)).toBe(109);
    // A 5-byte key instead of a null one: 1 + 5 bytes instead of 1.
    expect(recordSizeInBatch(3, 2, 5, 100)).toBe(114);
  });
});
