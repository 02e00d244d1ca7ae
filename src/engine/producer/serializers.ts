/**
 * Kafka's standard serializers, producing the exact bytes the real clients send. The bytes matter:
 * keyed partitioning hashes them (murmur2), and batch sizes count them.
 *
 * Written without TextEncoder on purpose: the engine compiles against ES2022 only (no DOM types).
 */

/** How to encode a UTF-16 surrogate half that is not part of a valid pair. */
export type LoneSurrogatePolicy =
  /** U+FFFD (bytes ef bf bd), as the WHATWG `TextEncoder` does. */
  | 'replacement-character'
  /** `?` (byte 3f), as Java's `String.getBytes(UTF_8)` — and so Kafka's `StringSerializer` — does. */
  | 'question-mark';

/** Kafka serializer kinds the simulator offers (`key.serializer` / `value.serializer`). */
export type SerializerKind = 'string' | 'integer' | 'bytearray' | 'json';

/** Thrown when a value cannot be serialized, like Kafka's `SerializationException` thrown from `send()`. */
export class SerializationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SerializationError';
  }
}

/** UTF-8 bytes of a JS string; valid surrogate pairs become 4-byte sequences, lone halves follow `policy`. */
export function utf8Encode(s: string, policy: LoneSurrogatePolicy = 'replacement-character'): Uint8Array {
  // A UTF-16 code unit never needs more than 3 bytes (a pair of units needs 4 in total).
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else if (policy === 'question-mark') {
        out[n++] = 0x3f;
        continue;
      } else {
        cp = 0xfffd;
      }
    }
    if (cp < 0x80) {
      out[n++] = cp;
    } else if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else {
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return out.slice(0, n);
}

/** Lower-case hex of the bytes, e.g. `ffffffff`; pass `' '` as separator for `ff ff ff ff`. */
export function toHex(bytes: Uint8Array, separator = ''): string {
  const parts: string[] = [];
  for (const b of bytes) parts.push(b.toString(16).padStart(2, '0'));
  return parts.join(separator);
}

/** Parses hex such as `ff00`, `0xff00` or `ff 00` (whitespace ignored); throws SerializationError otherwise. */
export function fromHex(hex: string): Uint8Array {
  let digits = hex.replace(/\s+/g, '');
  if (/^0x/i.test(digits)) digits = digits.slice(2);
  if (digits.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(digits)) {
    throw new SerializationError(`not a hex byte string: "${hex}"`);
  }
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * Serializes like Kafka's StringSerializer / IntegerSerializer / ByteArraySerializer / a JSON serializer.
 * `null` stays `null` (a null key is "no key"; a null value is a tombstone). Throws SerializationError
 * for values the real serializer would reject (Java: ClassCastException wrapped in SerializationException).
 */
export function serialize(kind: SerializerKind, value: unknown): Uint8Array | null {
  if (value === null) return null;
  switch (kind) {
    case 'string':
      if (typeof value !== 'string')
        throw new SerializationError(`StringSerializer needs a string, got ${describe(value)}`);
      // Java's String.getBytes(UTF_8) writes '?' for a lone surrogate (checked on OpenJDK 17).
      return utf8Encode(value, 'question-mark');
    case 'integer':
      return serializeInteger(value);
    case 'bytearray':
      return serializeByteArray(value);
    case 'json': {
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch (e) {
        // Cycles and BigInt make JSON.stringify throw.
        throw new SerializationError(`JSON serializer failed: ${(e as Error).message}`);
      }
      if (text === undefined)
        throw new SerializationError(`JSON serializer cannot encode ${describe(value)}`);
      // JSON.stringify escapes lone surrogates (\udXXX), so the policy never applies here.
      return utf8Encode(text);
    }
  }
}

function serializeInteger(value: unknown): Uint8Array {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -2147483648 || value > 2147483647) {
    throw new SerializationError(`IntegerSerializer needs a 32-bit integer, got ${describe(value)}`);
  }
  // Java's IntegerSerializer writes the int big-endian, most significant byte first.
  return new Uint8Array([(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

function serializeByteArray(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value.slice();
  if (typeof value === 'string') return fromHex(value);
  if (Array.isArray(value)) {
    const ok = value.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= 0 && b <= 255);
    if (ok) return Uint8Array.from(value as number[]);
    throw new SerializationError('ByteArraySerializer needs byte values 0..255');
  }
  throw new SerializationError(
    `ByteArraySerializer needs bytes (hex string or number[]), got ${describe(value)}`,
  );
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `string "${value}"`;
  if (typeof value === 'number') return `number ${value}`;
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
