/**
 * Reads a scenario or group file for the CLI with a size cap: a device (/dev/zero), a FIFO or a
 * directory is refused before reading, and so is a file larger than any scenario could be.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Far above any scenario within the limits (README "Limits"); a bigger file is not one. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Throws an Error whose message says why (the commands print it after the file name). */
export function readInputFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > MAX_INPUT_BYTES)
      throw new Error(`${stat.size} bytes is more than the ${MAX_INPUT_BYTES}-byte limit for an input file`);
    // Read at most one byte past the cap, in case the file grew after fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_INPUT_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_INPUT_BYTES)
      throw new Error(`more than the ${MAX_INPUT_BYTES}-byte limit for an input file`);
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}
