/**
 * The bytes a record really carries, by `key.serializer` / `value.serializer` (kafka-behaviour.md §2.1).
 * Key bytes decide the partition (murmur2 hashes them), so they are exact. Values are synthetic but
 * deterministic: regenerated from the record's number whenever the inspector shows one, never stored.
 */
import { configValue, type ProducerConfig } from '../config/typedConfig';
import { SerializationError, serialize, utf8Encode } from './serializers';

/** The serializer names offered for key.serializer / value.serializer (Java class simple names). */
export type SerializerName =
  'StringSerializer' | 'IntegerSerializer' | 'ByteArraySerializer' | 'JsonSerializer';

export function keySerializerOf(config: ProducerConfig): SerializerName {
  return configValue(config, 'key.serializer') ?? 'StringSerializer';
}

export function valueSerializerOf(config: ProducerConfig): SerializerName {
  return configValue(config, 'value.serializer') ?? 'StringSerializer';
}

// Workload keys repeat, so their bytes are computed once per serializer. A pure cache (not simulation state).
const keyCache = new Map<string, Uint8Array | string>();

/**
 * Serialized key bytes, or the SerializationException message when the serializer cannot take the key
 * (IntegerSerializer given "user-1" fails in Java with a ClassCastException wrapped by send()).
 */
export function serializeKey(serializer: SerializerName, key: string): Uint8Array | string {
  const cacheKey = `${serializer}\u0000${key}`;
  let bytes = keyCache.get(cacheKey);
  if (bytes === undefined) {
    bytes = serializeKeyUncached(serializer, key);
    if (keyCache.size > 20000) keyCache.clear();
    keyCache.set(cacheKey, bytes);
  }
  return bytes;
}

function serializeKeyUncached(serializer: SerializerName, key: string): Uint8Array | string {
  switch (serializer) {
    case 'StringSerializer':
      // Java's String.getBytes(UTF_8): a lone surrogate becomes '?'.
      return serialize('string', key)!;
    case 'ByteArraySerializer':
      // The application hands over key.getBytes(UTF_8); the serializer passes bytes through unchanged.
      return utf8Encode(key, 'question-mark');
    case 'JsonSerializer':
      // A JSON string keeps its quotes: "user-1" hashes differently from user-1.
      return serialize('json', key)!;
    case 'IntegerSerializer':
      if (!/^-?\d{1,10}$/.test(key)) {
        return `Can't convert key of class java.lang.String to class org.apache.kafka.common.serialization.IntegerSerializer specified in key.serializer`;
      }
      try {
        return serialize('integer', Number(key))!;
      } catch (e) {
        if (e instanceof SerializationError) return e.message;
        throw e;
      }
  }
}

/** Serialized value length: IntegerSerializer always writes 4 bytes, the others the workload's size. */
export function valueLength(serializer: SerializerName, valueBytes: number): number {
  return serializer === 'IntegerSerializer' ? 4 : valueBytes;
}

/**
 * How much of the value a codec can squeeze, 0…1 (illustrative, see docs/compression.md): text and JSON
 * repeat a lot, a 4-byte counter a little, random bytes not at all.
 */
export function compressibility(serializer: SerializerName): number {
  return COMPRESSIBILITY[serializer];
}

// A constant table, not a literal per call: this is read once per sent batch.
const COMPRESSIBILITY: Record<SerializerName, number> = {
  StringSerializer: 0.9,
  JsonSerializer: 1,
  IntegerSerializer: 0.3,
  ByteArraySerializer: 0,
};

const WORDS = ['order', 'shipped', 'user', 'item', 'price', 'status', 'kafka', 'batch', 'click', 'page'];

/** The value bytes of record number `recordNo` (deterministic), for the record inspector. */
export function valueBytesOf(serializer: SerializerName, recordNo: number, valueBytes: number): Uint8Array {
  switch (serializer) {
    case 'IntegerSerializer':
      return serialize('integer', recordNo | 0)!;
    case 'ByteArraySerializer': {
      const out = new Uint8Array(valueBytes);
      let h = (recordNo ^ 0x9e3779b9) >>> 0;
      for (let i = 0; i < valueBytes; i++) {
        h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
        h = (h + 0x6d2b79f5) >>> 0;
        out[i] = h & 0xff;
      }
      return out;
    }
    case 'JsonSerializer':
      return padTo(`{"id":${recordNo},"status":"shipped","note":"`, '"}', valueBytes);
    case 'StringSerializer':
      return padTo(`order ${recordNo} `, '', valueBytes);
  }
}

/** `head` + repeated words + `tail`, cut or padded to exactly `size` bytes (ASCII only). */
function padTo(head: string, tail: string, size: number): Uint8Array {
  let body = head;
  for (let i = 0; body.length < size - tail.length; i++) body += `${WORDS[i % WORDS.length]} `;
  const text = (body.slice(0, Math.max(0, size - tail.length)) + tail).slice(0, size);
  return utf8Encode(text);
}
