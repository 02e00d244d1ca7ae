/**
 * lz-string's URI-safe decompression (`decompressFromEncodedURIComponent`), written to stop as soon as
 * the output passes a limit. The library inflates everything first: a 157 kB hostile link grew to
 * 2 × 10⁹ characters before any size check could run. The format: 6 bits per input character, a
 * growing dictionary of phrases, codes 0/1 = a new 8/16-bit character, 2 = end of stream.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...ALPHABET].map((c, i) => [c, i]));

export type Inflated = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'tooLong' };

/** Decompresses `encoded`, giving up with `tooLong` once the output would exceed `maxChars`. */
export function decompressBounded(encoded: string, maxChars: number): Inflated {
  const input = encoded.replace(/ /g, '+');
  if (input === '') return { ok: false, reason: 'damaged' };
  let index = 0;
  let value = 0;
  let mask = 0; // the bit of `value` to read next; 0 = take the next character
  let outOfInput = false;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      if (mask === 0) {
        if (index >= input.length) outOfInput = true;
        value = VALUE_OF.get(input[index++] ?? 'A') ?? -1;
        if (value < 0) outOfInput = true;
        mask = 32;
      }
      if (value & mask) bits += power;
      mask >>= 1;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let numBits = 3;
  let enlargeIn = 4;
  const grow = () => {
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  };
  const first = readBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first > 2 || outOfInput) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary.push(w);
  const out = [w];
  let length = w.length;
  for (;;) {
    if (outOfInput) return { ok: false, reason: 'damaged' };
    let code = readBits(numBits);
    if (code === 2) return { ok: true, text: out.join('') };
    if (code < 2) {
      dictionary.push(String.fromCharCode(readBits(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      grow();
    }
    let entry: string;
    if (code < dictionary.length) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = w + w[0];
    else return { ok: false, reason: 'damaged' };
    length += entry.length;
    // Stop before keeping more: the dictionary and output stay within a few times the limit.
    if (length > maxChars) return { ok: false, reason: 'tooLong' };
    out.push(entry);
    dictionary.push(w + entry[0]);
    grow();
    w = entry;
  }
}
