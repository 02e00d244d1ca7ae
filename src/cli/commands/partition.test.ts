import { describe, expect, it } from 'vitest';
import { PARTITION_USAGE, runPartitionCommand } from './partition';

// Expected hashes and partitions come from the behaviour reference (§2.4) and from kafka-python 2.0.2
// (src/engine/producer/partitioning/fixtures/murmur2-vectors.json), not from this code.
function ok(argv: string[]) {
  const result = runPartitionCommand(argv);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

function usageError(argv: string[], ...mentions: string[]) {
  const result = runPartitionCommand(argv);
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd()).not.toContain('\n'); // one line
  for (const m of mentions) expect(result.stderr).toContain(m);
}

describe('partition command', () => {
  it('prints key, signed murmur2 and partition for each key, in order', () => {
    expect(ok(['--partitions', '3', 'user-1', 'user-2', 'key3'])).toEqual([
      { key: 'user-1', murmur2: 1404122828, partition: 2 },
      { key: 'user-2', murmur2: -324981792, partition: 2 },
      { key: 'key3', murmur2: -1745673403, partition: 1 },
    ]);
  });

  it('accepts --partitions=N and options after keys', () => {
    expect(ok(['user-1', '--partitions=4'])).toEqual([{ key: 'user-1', murmur2: 1404122828, partition: 0 }]);
  });

  it('hashes Korean and emoji keys as UTF-8', () => {
    expect(ok(['--partitions', '12', '주문-1', '사용자', '🚀', '👩‍💻'])).toEqual([
      { key: '주문-1', murmur2: -1848416265, partition: 11 },
      { key: '사용자', murmur2: -2103835180, partition: 4 },
      { key: '🚀', murmur2: 761778625, partition: 1 },
      { key: '👩‍💻', murmur2: -1466034701, partition: 3 },
    ]);
  });

  it('treats "" as a key', () => {
    expect(ok(['--partitions', '50', ''])).toEqual([{ key: '', murmur2: 275646681, partition: 31 }]);
  });

  it('treats everything after -- as keys, even -1 and --partitions', () => {
    expect(ok(['--partitions', '4', '--', '-1', '--partitions'])).toEqual([
      { key: '-1', murmur2: 1531782027, partition: 3 },
      { key: '--partitions', murmur2: expect.any(Number), partition: expect.any(Number) },
    ]);
  });

  it('gives the same answer with --partitioner kafka-python (same murmur2 for keys)', () => {
    const keys = ['user-1', 'abc', '주문-1', ''];
    expect(ok(['--partitions', '6', '--partitioner', 'kafka-python', ...keys])).toEqual(
      ok(['--partitions', '6', '--partitioner=murmur2', ...keys]),
    );
    expect(ok(['--partitioner', 'kafka-python', '--partitions', '6', 'user-3'])).toEqual([
      { key: 'user-3', murmur2: 1141442267, partition: 5 },
    ]);
  });

  it('prints usage for --help', () => {
    expect(runPartitionCommand(['--help'])).toEqual({
      stdout: `${PARTITION_USAGE}\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(ok(['--partitions', '3', '--', '--help'])).toEqual([
      { key: '--help', murmur2: expect.any(Number), partition: expect.any(Number) },
    ]);
  });

  it('rejects a missing or invalid partition count', () => {
    usageError(['user-1'], '--partitions', 'required');
    usageError(['user-1', '--partitions'], '--partitions', 'needs a value');
    for (const bad of ['0', '-3', '3.5', 'abc', '', ' 3', '1e3', '03', '2147483648']) {
      usageError(['--partitions', bad, 'user-1'], '--partitions', `"${bad}"`);
    }
    usageError(['--partitions=', 'user-1'], '--partitions', '""');
    usageError(['--partitions', '3', '--partitions', '4', 'k'], '--partitions', 'more than once');
  });

  it('rejects unknown options and partitioners', () => {
    usageError(['--partitions', '3', '--verbose', 'k'], '"--verbose"', 'unknown option');
    usageError(['--partitions', '3', '-1'], '"-1"', '--');
    usageError(['--partitions', '3', '--partitioner', 'sticky', 'k'], '--partitioner', '"sticky"');
    usageError(['--partitions', '3', '--partitioner'], '--partitioner', 'needs a value');
  });

  it('rejects a call without keys', () => {
    usageError(['--partitions', '3'], 'KEY');
    usageError(['--partitions', '3', '--'], 'KEY');
  });
});
