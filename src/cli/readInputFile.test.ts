/** Issue 14, defect 6: the CLI refuses a device or an oversized file instead of reading forever. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readInputFile } from './readInputFile';

describe('CLI input files', () => {
  it('refuses /dev/zero, a directory and a file over the cap; reads a normal file', () => {
    expect(() => readInputFile('/dev/zero')).toThrow('not a regular file');
    const dir = mkdtempSync(join(tmpdir(), 'kafkascope-'));
    expect(() => readInputFile(dir)).toThrow('not a regular file');
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(MAX_INPUT_BYTES + 1, 32));
    expect(() => readInputFile(big)).toThrow(/byte limit for an input file/);
    const small = join(dir, 'small.json');
    writeFileSync(small, '\uFEFF{"a": "é"}');
    expect(readInputFile(small)).toBe('\uFEFF{"a": "é"}');
  });

  it('the real process exits 2 with one-line messages and no stack trace', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
    const zero = cli('run', '/dev/zero');
    expect(zero.status).toBe(2);
    expect(zero.stderr).toBe('/dev/zero: cannot read the file (not a regular file)\n');
    const dir = mkdtempSync(join(tmpdir(), 'kafkascope-'));
    const bad = join(dir, 'bad.json');
    const steady = JSON.parse(readFileSync('src/scenarios/examples/steady-stream.json', 'utf8'));
    steady.timeline = [{ atMs: 0, action: 'addPartitions', topic: 'orders', partitions: 2 }];
    writeFileSync(bad, JSON.stringify(steady));
    const refused = cli('run', bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      "partitions: Kafka can only increase a topic's partition count (now 6), got 2",
    );
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(cli('assign', '--strategy', 'range', '/dev/zero').status).toBe(2);
  });
});
