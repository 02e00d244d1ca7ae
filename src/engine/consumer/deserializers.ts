/**
 * Kafka's standard deserializers (key.deserializer / value.deserializer), the mirror of
 * producer/serializers.ts. A mismatched pair fails like Kafka's: IntegerDeserializer rejects data
 * that is not 4 bytes ("Size of data received by IntegerDeserializer is not 4").
 */
import { SerializationError, type SerializerKind } from '../producer/serializers';

/** UTF-8 decoding without TextDecoder (the engine has no DOM types); invalid sequences become U+FFFD, as Java does. */
export function utf8Decode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0 || (b >= 0xf5 && need === 2) || i + need >= bytes.length + (need === 0 ? 1 : 0)) {
      if (need === 0) {
        out += String.fromCharCode(b);
        i++;
        continue;
      }
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = need === 0 ? b : b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    const overlong = (need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff));
    if (!ok || overlong || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** Deserializes like StringDeserializer / IntegerDeserializer / ByteArrayDeserializer / a JSON deserializer. */
export function deserialize(kind: SerializerKind, bytes: Uint8Array | null): unknown {
  if (bytes === null) return null;
  switch (kind) {
    case 'string':
      return utf8Decode(bytes);
    case 'integer': {
      if (bytes.length !== 4)
        throw new SerializationError('Size of data received by IntegerDeserializer is not 4');
      return (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!;
    }
    case 'bytearray':
      return bytes.slice();
    case 'json': {
      const text = utf8Decode(bytes);
      try {
        return JSON.parse(text) as unknown;
      } catch (e) {
        throw new SerializationError(`JSON deserializer failed: ${(e as Error).message}`);
      }
    }
  }
}
