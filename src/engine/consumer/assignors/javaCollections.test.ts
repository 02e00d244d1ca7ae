/**
 * Java String/HashMap behaviour the assignors rely on. Expected values are well-known Java facts or
 * hand-derived from HashMap's documented hashing (`h ^ (h >>> 16)`, 16 buckets, resize at 75 %).
 */
import { describe, expect, it } from 'vitest';
import { compareJavaStrings, javaHashMapOrder, javaStringHash, topicPartitionHash } from './javaCollections';

describe('Java string helpers', () => {
  it('String.hashCode matches known values', () => {
    // Source: well-known Java values ("hello" → 99162322, "Aa"/"BB" collide at 2112, "polygenelubricants" → MIN_VALUE).
    expect(javaStringHash('')).toBe(0);
    expect(javaStringHash('hello')).toBe(99162322);
    expect(javaStringHash('Aa')).toBe(2112);
    expect(javaStringHash('BB')).toBe(2112);
    expect(javaStringHash('polygenelubricants')).toBe(-2147483648);
  });

  it('TopicPartition.hashCode = 31 * (31 + partition) + topic.hashCode()', () => {
    // Source: TopicPartition.hashCode; "topic".hashCode() = 110546223 (hand-computed).
    expect(topicPartitionHash('topic', 0)).toBe(961 + 110546223);
    expect(topicPartitionHash('topic', 2)).toBe(961 + 62 + 110546223);
  });

  it('String.compareTo order is by UTF-16 code unit', () => {
    // Source: String.compareTo Javadoc (lexicographic by char value).
    const ids = ['consumer-2', 'consumer-10', 'Consumer-3', 'consumer-1'];
    expect([...ids].sort(compareJavaStrings)).toEqual([
      'Consumer-3',
      'consumer-1',
      'consumer-10',
      'consumer-2',
    ]);
  });
});

describe('HashMap iteration order', () => {
  it('colliding keys keep insertion order; a resize separates them', () => {
    // Source: hand-derived. "a" = 97 and "q" = 113 share bucket 1 of 16; in 32 buckets they are 1 and 17.
    expect(javaHashMapOrder(['q', 'a'])).toEqual(['q', 'a']);
    expect(javaHashMapOrder(['a', 'q'])).toEqual(['a', 'q']);
    const thirteen = ['q', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
    const order = javaHashMapOrder(thirteen);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('q'));
  });

  it('C0..C3 iterate as C3, C0, C1, C2 (hashes 2125..2128 → buckets 13, 14, 15, 0)', () => {
    // Source: hand-derived from String.hashCode ("C0" = 67 * 31 + 48 = 2125).
    expect(javaHashMapOrder(['C0', 'C1', 'C2', 'C3'])).toEqual(['C3', 'C0', 'C1', 'C2']);
  });
});
