/**
 * The catalogue of Kafka config keys the simulator knows: defaults per Kafka version, valid ranges,
 * and validation with "did you mean" suggestions for misspelt keys.
 */
import { BROKER_KEYS } from './brokerKeys';
import { CONSUMER_KEYS } from './consumerKeys';
import { PRODUCER_KEYS } from './producerKeys';
import { TOPIC_KEYS } from './topicKeys';
import type { ConfigKeySpec, ConfigScope, ConfigValue, KafkaVersion } from './types';

const BY_SCOPE: Record<ConfigScope, readonly ConfigKeySpec[]> = {
  producer: PRODUCER_KEYS,
  consumer: CONSUMER_KEYS,
  topic: TOPIC_KEYS,
  broker: BROKER_KEYS,
};

/** All keys of one scope, in display order. */
export function keysOf(scope: ConfigScope): readonly ConfigKeySpec[] {
  return BY_SCOPE[scope];
}

/** The spec of a key, or undefined when Kafka has no such key in that scope (as far as we model). */
export function findKey(scope: ConfigScope, key: string): ConfigKeySpec | undefined {
  return BY_SCOPE[scope].find((s) => s.key === key);
}

/** Kafka's defaults for a scope and version, as a plain object keyed by config key. */
export function defaultsFor(scope: ConfigScope, version: KafkaVersion): Record<string, ConfigValue> {
  const out: Record<string, ConfigValue> = {};
  for (const spec of BY_SCOPE[scope]) out[spec.key] = defaultOf(spec, version);
  return out;
}

const OLDER_TO_NEWER: Record<KafkaVersion, KafkaVersion | null> = {
  '2.3': '2.8',
  '2.8': '3.2',
  '3.2': '3.6',
  '3.6': '3.x',
  '3.x': null,
  '4.0': null,
};

/** A key's default in a version profile (versions without an entry of their own use the next newer one). */
export function defaultOf(spec: ConfigKeySpec, version: KafkaVersion): ConfigValue {
  for (let v: KafkaVersion | null = version; v !== null; v = OLDER_TO_NEWER[v]) {
    const value = spec.defaults[v];
    if (value !== undefined) return value;
  }
  return spec.defaults['3.x'];
}

/** Checks a value against its key's spec; returns a human-readable problem or null when valid. */
export function checkValue(spec: ConfigKeySpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'int': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return `expected ${describeRange(spec)}, got ${JSON.stringify(value)}`;
      }
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
        return `expected ${describeRange(spec)}, got ${value}`;
      }
      return null;
    }
    case 'bool':
      return typeof value === 'boolean' ? null : `expected true or false, got ${JSON.stringify(value)}`;
    case 'enum': {
      const text = typeof value === 'number' ? String(value) : value;
      return typeof text === 'string' && spec.values!.includes(text)
        ? null
        : `expected one of ${spec.values!.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`;
    }
  }
}

/** Normalises a valid value to its canonical form (acks=-1 is acks=all; numeric acks become strings). */
export function normaliseValue(spec: ConfigKeySpec, value: ConfigValue): ConfigValue {
  if (spec.key === 'acks') return String(value) === '-1' ? 'all' : String(value);
  return value;
}

function describeRange(spec: ConfigKeySpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return `an integer from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `an integer ≥ ${spec.min}`;
  return 'an integer';
}

/** The known key closest to a misspelt one (edit distance), if any is reasonably close. */
export function suggestKey(scope: ConfigScope, key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const spec of BY_SCOPE[scope]) {
    const d = editDistance(key.toLowerCase().replace(/_/g, '.'), spec.key);
    if (d < bestDistance) {
      bestDistance = d;
      best = spec.key;
    }
  }
  return bestDistance <= Math.max(3, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}
