import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SerializationError, serialize } from '../producer/serializers';
import { deserialize, utf8Decode } from './deserializers';

describe('deserializers mirror the serializers', () => {
  it('round-trips strings, 32-bit integers, bytes and JSON (property, pinned seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(deserialize('string', serialize('string', s))).toBe(s);
      }),
      { seed: 5, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -2147483648, max: 2147483647 }), (n) => {
        expect(deserialize('integer', serialize('integer', n))).toBe(n);
      }),
      { seed: 6, numRuns: 300 },
    );
    expect(deserialize('bytearray', serialize('bytearray', [0, 255, 16]))).toEqual(
      new Uint8Array([0, 255, 16]),
    );
    expect(deserialize('json', serialize('json', { a: [1, 'x'] }))).toEqual({ a: [1, 'x'] });
    expect(deserialize('string', null)).toBeNull();
  });

  it('IntegerDeserializer rejects data that is not 4 bytes, as Kafka does', () => {
    expect(() => deserialize('integer', serialize('string', 'hello'))).toThrow(SerializationError);
    expect(() => deserialize('integer', new Uint8Array(3))).toThrow(
      'Size of data received by IntegerDeserializer is not 4',
    );
  });

  it('decodes UTF-8 (including 4-byte sequences) and replaces invalid bytes with U+FFFD', () => {
    expect(utf8Decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]))).toBe('😀');
    expect(utf8Decode(new Uint8Array([0xed, 0x95, 0x9c]))).toBe('한');
    expect(utf8Decode(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
  });
});
