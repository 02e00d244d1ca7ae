/** Issue 14, defect 3: a small hostile link is refused without inflating it (decompression stops at the limit). */
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it, vi } from 'vitest';
import { decompressBounded } from './boundedDecompress';
import { decodeShareHash } from './shareLink';

// The library's own decompressor inflates everything before any check: it must never be called.
vi.mock('lz-string', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown> & { default?: Record<string, unknown> }>();
  const lib = { ...(actual.default ?? actual) };
  lib.decompressFromEncodedURIComponent = vi.fn(() => {
    throw new Error('the unbounded decompressor was called');
  });
  return { ...lib, default: lib };
});

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A hand-made lz-string stream (built directly, so the test need not compress megabytes): the
 * character "x", then `phrases` codes that each name the phrase being defined (previous + its first
 * character), so phrase k is k + 2 characters long (10 phrases: 1 + 2 + … + 11 = 66).
 */
function selfRepeatingStream(phrases: number): string {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  let numBits = 3;
  let enlargeIn = 4;
  let size = 4; // 0, 1, 2 reserved; 3 = "x"
  const grow = () => {
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  };
  write(0, 2);
  write('x'.charCodeAt(0), 8);
  for (let k = 0; k < phrases; k++) {
    write(size, numBits);
    size++;
    grow();
  }
  write(2, numBits);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = v * 2 + (bits[i + j] ?? 0);
    out += ALPHABET[v];
  }
  return out;
}

describe('bounded decompression of share links', () => {
  it('gives what lz-string compressed, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(decompressBounded(compressToEncodedURIComponent(text), 10_000)).toEqual({ ok: true, text });
      }),
      { numRuns: 100 },
    );
  });

  it('stops once the output passes the limit', () => {
    const encoded = compressToEncodedURIComponent('{"v":1,"pad":"' + 'x'.repeat(20_000) + '"}');
    expect(encoded.length).toBeLessThan(1_000); // a few hundred characters inflate to 20,000 and more
    expect(decompressBounded(encoded, 5_000)).toEqual({ ok: false, reason: 'tooLong' });
    expect(decompressBounded(encoded, 30_000).ok).toBe(true);
  });

  it('refuses a small link that would inflate past the JSON limit, with the too-long reason', () => {
    const encoded = selfRepeatingStream(3_000); // each phrase is the previous one plus one: 3,000²/2 chars
    expect(encoded.length).toBeLessThan(6_000); // 5.3 kB inflating to 4.5 million characters
    expect(decodeShareHash(`#s=${encoded}`)).toEqual({ kind: 'error', problem: 'url.hash.tooLong' });
    expect(decompressFromEncodedURIComponent).not.toHaveBeenCalled();
    expect(decompressBounded(selfRepeatingStream(10), 1_000)).toEqual({ ok: true, text: 'x'.repeat(66) });
  });

  it('refuses damaged input as damaged', () => {
    expect(decodeShareHash('#s=')).toEqual({ kind: 'error', problem: 'url.hash.damaged' });
    expect(decodeShareHash('#s=%%%%')).toMatchObject({ kind: 'error', problem: 'url.hash.damaged' });
    expect(decodeShareHash('#s=AAAA')).toMatchObject({ kind: 'error' });
  });
});
