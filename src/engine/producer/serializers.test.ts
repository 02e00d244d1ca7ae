import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHex, SerializationError, serialize, toHex, utf8Encode } from './serializers';

// Expected bytes below come from outside this code: Python's str.encode('utf-8'), Node's TextEncoder, and
// running Java 17's String.getBytes(StandardCharsets.UTF_8) (for the lone-surrogate '?' cases).
const hex = (bytes: Uint8Array | null): string | null =>
  bytes === null ? null : Buffer.from(bytes).toString('hex');

describe('utf8Encode', () => {
  it.each([
    ['', ''],
    ['abc', '616263'],
    ['é', 'c3a9'],
    ['주문-1', 'eca3bcebacb82d31'],
    ['사용자', 'ec82acec9aa9ec9e90'],
    ['🚀', 'f09f9a80'],
    ['👩‍💻', 'f09f91a9e2808df09f92bb'],
    ['\u0000', '00'],
    ['\u07ff\u0800\uffff', 'dfbfe0a080efbfbf'],
    ['\u{10ffff}', 'f48fbfbf'],
  ])('encodes %j as %s', (input, expected) => {
    expect(hex(utf8Encode(input))).toBe(expected);
  });

  it('replaces lone surrogates with U+FFFD by default, like TextEncoder', () => {
    expect(hex(utf8Encode('\ud800'))).toBe('efbfbd');
    expect(hex(utf8Encode('a\udc00b'))).toBe('61efbfbd62');
    expect(hex(utf8Encode('\ude80\ud83d'))).toBe('efbfbdefbfbd'); // a pair in the wrong order
    expect(hex(utf8Encode('x\ud83d'))).toBe('78efbfbd'); // high half at the very end
  });

  it("replaces lone surrogates with '?' under the Java policy", () => {
    expect(hex(utf8Encode('\ud800', 'question-mark'))).toBe('3f');
    expect(hex(utf8Encode('a\udc00b', 'question-mark'))).toBe('613f62');
    expect(hex(utf8Encode('\ud83d\ude80', 'question-mark'))).toBe('f09f9a80'); // valid pairs are unaffected
  });

  it('matches TextEncoder on arbitrary UTF-16, lone surrogates included', () => {
    const encoder = new TextEncoder();
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(anyCodeUnit, anyCodePoint), maxLength: 40 }), (s) => {
        expect(hex(utf8Encode(s))).toBe(hex(encoder.encode(s)));
      }),
      { seed: 20240611, numRuns: 500 },
    );
  });
});

describe('serialize', () => {
  it('keeps null as null for every serializer (no key / tombstone)', () => {
    for (const kind of ['string', 'integer', 'bytearray', 'json'] as const)
      expect(serialize(kind, null)).toBeNull();
  });

  it('StringSerializer sends UTF-8, with Java’s "?" for a lone surrogate', () => {
    expect(hex(serialize('string', '주문-1'))).toBe('eca3bcebacb82d31');
    expect(hex(serialize('string', '🚀'))).toBe('f09f9a80');
    expect(hex(serialize('string', ''))).toBe('');
    expect(hex(serialize('string', 'a\udc00b'))).toBe('613f62');
    expect(() => serialize('string', 42)).toThrow(SerializationError);
  });

  it.each([
    [-1, 'ffffffff'],
    [0, '00000000'],
    [1, '00000001'],
    [42, '0000002a'],
    [256, '00000100'],
    [2147483647, '7fffffff'],
    [-2147483648, '80000000'],
  ])('IntegerSerializer writes %d big-endian as %s', (value, expected) => {
    expect(hex(serialize('integer', value))).toBe(expected);
  });

  it('IntegerSerializer rejects what is not a 32-bit int', () => {
    for (const bad of [2147483648, -2147483649, 1.5, Number.NaN, '42', true]) {
      expect(() => serialize('integer', bad)).toThrow(SerializationError);
    }
  });

  it('ByteArraySerializer passes bytes through from hex, number[] or Uint8Array', () => {
    expect(hex(serialize('bytearray', 'deadBEEF'))).toBe('deadbeef');
    expect(hex(serialize('bytearray', '0x00ff'))).toBe('00ff');
    expect(hex(serialize('bytearray', 'de ad'))).toBe('dead');
    expect(hex(serialize('bytearray', ''))).toBe('');
    expect(hex(serialize('bytearray', [0, 127, 128, 255]))).toBe('007f80ff');
    const original = new Uint8Array([1, 2]);
    const copy = serialize('bytearray', original)!;
    expect(hex(copy)).toBe('0102');
    expect(copy).not.toBe(original);
    for (const bad of ['abc', 'zz', [256], [-1], [1.5], 12]) {
      expect(() => serialize('bytearray', bad)).toThrow(SerializationError);
    }
  });

  it('JSON serializer sends the UTF-8 of JSON.stringify', () => {
    expect(hex(serialize('json', { a: 1 }))).toBe('7b2261223a317d');
    expect(hex(serialize('json', '주'))).toBe('22eca3bc22');
    expect(hex(serialize('json', [1, 'x']))).toBe(Buffer.from('[1,"x"]').toString('hex'));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [undefined, cyclic, 10n, () => 1]) {
      expect(() => serialize('json', bad)).toThrow(SerializationError);
    }
  });
});

describe('serialized bytes decode back (platform decoders stand in for the consumer side)', () => {
  // The engine's records carry no bytes on the consumer side, so there is no deserializer module;
  // Node's TextDecoder and DataView check that what the serializers write is what a consumer would read.
  it('round-trips strings, 32-bit integers and JSON (property, pinned seeds)', () => {
    const decode = (b: Uint8Array | null) => new TextDecoder().decode(b!);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(decode(serialize('string', s))).toBe(s);
      }),
      { seed: 5, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -2147483648, max: 2147483647 }), (n) => {
        const b = serialize('integer', n)!;
        expect(new DataView(b.buffer, b.byteOffset, b.byteLength).getInt32(0)).toBe(n);
      }),
      { seed: 6, numRuns: 300 },
    );
    expect(JSON.parse(decode(serialize('json', { a: [1, 'x'] })))).toEqual({ a: [1, 'x'] });
  });
});

describe('hex helpers', () => {
  it('formats and parses hex', () => {
    expect(toHex(new Uint8Array([0xff, 0, 0x0a]))).toBe('ff000a');
    expect(toHex(new Uint8Array([0xff, 0xff, 0xff, 0xff]), ' ')).toBe('ff ff ff ff');
    expect(toHex(new Uint8Array([]))).toBe('');
    expect(Array.from(fromHex('FF000a'))).toEqual([255, 0, 10]);
  });
});
