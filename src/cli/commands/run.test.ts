import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRunCommand } from './run';

const files: Record<string, string> = {
  'steady.json': readFileSync('src/scenarios/examples/steady-stream.json', 'utf8'),
  'orders.json': JSON.stringify({
    ...JSON.parse(readFileSync('src/scenarios/examples/steady-stream.json', 'utf8')),
    producers: [
      {
        id: 'p',
        topic: 'orders',
        config: { 'linger.ms': 'fast' },
        workload: { recordsPerSec: 1, valueBytes: 1 },
      },
    ],
  }),
};
const read = (path: string) => {
  if (!(path in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
  return files[path]!;
};

describe('cli run', () => {
  it('runs a scenario headless and reports producers, partitions, groups and record totals', () => {
    const r = runRunCommand(['steady.json', '--until', '10000'], read);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.simulatedMs).toBe(10000);
    const p = report.producers['producer-1'];
    expect(p.sent).toBe(3000); // 300 records/s for 10 s
    expect(p.batches).toBeGreaterThan(0);
    expect(p.avgRecordsPerBatch).toBeGreaterThan(1);
    expect(p.avgBatchBytes).toBeGreaterThan(61);
    expect(report.partitions).toHaveLength(6);
    const total = report.partitions.reduce((n: number, x: { logEndOffset: number }) => n + x.logEndOffset, 0);
    expect(total).toBeGreaterThanOrEqual(p.acked);
    expect(report.groups['orders-app'].committed['orders-0']).toBeGreaterThanOrEqual(0);
    expect(report.records.produced).toBe(3000);
    // The group becomes Stable after group.initial.rebalance.delay.ms (3 s) and starts at the log end
    // (auto.offset.reset=latest), so about 7 of the 10 seconds are read.
    expect(report.records.consumed).toBeGreaterThan(300 * 7 * 0.95);
  });

  it('run --help defines every report field, e.g. sent = appended + rejected', () => {
    const r = runRunCommand(['--help'], read);
    expect(r.exitCode).toBe(0);
    for (const field of [
      'sent',
      'appended',
      'rejected',
      'failed',
      'skippedByLatestReset',
      'rebalanceHistory',
    ])
      expect(r.stdout).toMatch(new RegExp(`^ +${field}\\b`, 'm'));
  });

  it('is deterministic and honours --seed', () => {
    const a = runRunCommand(['steady.json', '--until', '3000'], read).stdout;
    expect(runRunCommand(['steady.json', '--until', '3000'], read).stdout).toBe(a);
    expect(runRunCommand(['steady.json', '--until', '3000', '--seed', '99'], read).stdout).not.toBe(a);
  });

  it('exits 2 naming the file, JSON path and problem for a bad scenario', () => {
    const r = runRunCommand(['orders.json'], read);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(
      'orders.json: producers[0].config["linger.ms"]: expected an integer from 0 to 60000, got "fast"',
    );
  });

  it('exits 2 with a clear message for bad arguments and unreadable files', () => {
    expect(runRunCommand([], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('missing scenario FILE'),
    });
    expect(runRunCommand(['x.json'], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('x.json: cannot read the file (ENOENT)'),
    });
    expect(runRunCommand(['steady.json', '--until', '-5'], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('--until: expected a whole number ≥ 0, got "-5"'),
    });
    expect(runRunCommand(['steady.json', '--fast'], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('unknown option "--fast"'),
    });
  });
});

describe('cli run: hostile input (issue 14)', () => {
  const steady = files['steady.json']!;
  const withTimeline = (timeline: object[]) => JSON.stringify({ ...JSON.parse(steady), timeline });

  it('exits 2 with the message, no stack trace, for an action the engine refuses', () => {
    const bad = withTimeline([
      { atMs: 1000, action: 'stopConsumer', group: 'orders-app', member: 'consumer-orders-app-7' },
    ]);
    const r = runRunCommand(['bad.json'], () => bad);
    expect(r).toMatchObject({ exitCode: 2, stdout: '' });
    expect(r.stderr).toBe(
      'bad.json: timeline[0] (stopConsumer at 1000 ms): group "orders-app" has no consumer "consumer-orders-app-7"\n',
    );
  });

  it('reads a BOM-prefixed file as assign does', () => {
    const r = runRunCommand(['bom.json', '--until', '100'], () => `\uFEFF${steady}`);
    expect(r.exitCode).toBe(0);
  });

  it('refuses --until past the run-length limit, naming it', () => {
    const r = runRunCommand(['steady.json', '--until', String(31 * 86_400_000)], read);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--until: 2678400000 is more than the limit runMs = 2592000000');
  });

  it('prints progress for a long run', () => {
    // No clients: twelve simulated hours of an idle cluster are quick to compute.
    const idle = JSON.stringify({ ...JSON.parse(steady), producers: [], consumerGroups: [] });
    const lines: string[] = [];
    const r = runRunCommand(
      ['idle.json', '--until', String(12 * 3600_000)],
      () => idle,
      (l) => lines.push(l),
    );
    expect(r.exitCode).toBe(0);
    expect(lines[0]).toMatch(/^progress: 5% \(0\.\d h of 12\.0 h simulated\)\n$/);
    expect(lines.length).toBeGreaterThanOrEqual(18);
  });
});
