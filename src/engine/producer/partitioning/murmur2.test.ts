import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from './fixtures/murmur2-vectors.json';
import { explainKeyPartition, murmur2, partitionForKey, toPositive } from './murmur2';
import { utf8Encode } from '../serializers';

// Every expected value here comes from outside this code: Kafka's UtilsTest, the behaviour reference (§2.4)
// and kafka-python 2.0.2 (see fixtures/README.md). Buffer decodes the hex so our own hex code is not involved.
interface Vector {
  source: string;
  key?: string;
  bytesHex: string;
  murmur2: number;
  positive?: number;
  partitions?: Record<string, number>;
  note?: string;
}

const vectors = fixture.vectors as Vector[];
const bytesOf = (v: Vector): Uint8Array => new Uint8Array(Buffer.from(v.bytesHex, 'hex'));
const label = (v: Vector): string =>
  `${v.source}: ${v.key !== undefined ? JSON.stringify(v.key.length > 24 ? `${v.key.slice(0, 20)}…(${v.key.length})` : v.key) : v.note}`;

describe('murmur2 fixture', () => {
  it('has the groups the README promises', () => {
    const count = (source: string) => vectors.filter((v) => v.source === source).length;
    expect(count('kafka-utils-test')).toBe(6);
    expect(count('kafka-behaviour-doc')).toBe(12);
    expect(count('kafka-python')).toBeGreaterThanOrEqual(30);
    const keys = new Set(vectors.map((v) => v.key));
    for (const k of ['', '주문-1', '사용자', '🚀', '👩‍💻', 'a', 'ab', 'abc', 'a'.repeat(1000)])
      expect(keys).toContain(k);
  });
});

describe.each(vectors.map((v) => [label(v), v] as const))('%s', (_name, v) => {
  it('hashes to the recorded murmur2', () => {
    expect(murmur2(bytesOf(v))).toBe(v.murmur2);
  });

  if (v.key !== undefined) {
    const key = v.key;
    it('encodes the string key to the recorded bytes', () => {
      expect(Buffer.from(utf8Encode(key)).toString('hex')).toBe(v.bytesHex);
    });
  }

  if (v.positive !== undefined) {
    it('has the recorded positive value', () => {
      expect(toPositive(murmur2(bytesOf(v)))).toBe(v.positive);
    });
  }

  const partitions = v.partitions;
  if (partitions !== undefined) {
    it('lands on the recorded partition for each partition count', () => {
      for (const [n, expected] of Object.entries(partitions)) {
        expect(partitionForKey(bytesOf(v), Number(n))).toBe(expected);
        if (v.key !== undefined) expect(explainKeyPartition(v.key, Number(n)).partition).toBe(expected);
      }
    });
  }
});

describe('toPositive', () => {
  it('clears the sign bit rather than negating', () => {
    expect(toPositive(-1)).toBe(2147483647);
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(5)).toBe(5);
    expect(toPositive(-973932308)).toBe(1173551340); // the '21' row of the §2.4 table
  });
});

describe('explainKeyPartition', () => {
  it('shows each step for user-1 on 3 partitions (§2.4 table)', () => {
    expect(explainKeyPartition('user-1', 3)).toEqual({
      key: 'user-1',
      bytesHex: '75 73 65 72 2d 31',
      murmur2: 1404122828,
      positive: 1404122828,
      partition: 2,
    });
  });

  it('shows a negative hash and its positive form (key3 on 4 partitions, §2.4 table)', () => {
    expect(explainKeyPartition('key3', 4)).toMatchObject({
      murmur2: -1745673403,
      positive: 401810245,
      partition: 1,
    });
  });

  it('rejects a partition count below 1', () => {
    expect(() => partitionForKey(new Uint8Array([1]), 0)).toThrow(RangeError);
  });
});

describe('murmur2 properties', () => {
  const settings = { seed: 7_000_001, numRuns: 300 };

  it('is a deterministic signed 32-bit int', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const h = murmur2(bytes);
        expect(h).toBe(murmur2(Uint8Array.from(bytes)));
        expect(h | 0).toBe(h);
      }),
      settings,
    );
  });

  it('toPositive is in [0, 2^31) and partitionForKey in [0, n)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 1, max: 10_000 }), (bytes, n) => {
        const positive = toPositive(murmur2(bytes));
        expect(positive).toBeGreaterThanOrEqual(0);
        expect(positive).toBeLessThan(2 ** 31);
        const p = partitionForKey(bytes, n);
        expect(Number.isInteger(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(n);
      }),
      settings,
    );
  });
});
