/**
 * `npm run bench`: bundles bench/run.ts with the engine into one ES module (as the browser gets it from
 * Vite — plain function calls, no per-import getters a TypeScript loader adds) and runs it.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'kafkascope-bench-'));
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    entryPoints: ['bench/run.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
  // The browser section (scripts/bench-browser.mjs): frames, long tasks and heap in headless Chromium.
  if (!process.argv.includes('--no-browser')) {
    const browser = spawnSync(process.execPath, ['scripts/bench-browser.mjs', ...process.argv.slice(2)], {
      stdio: 'inherit',
    });
    process.exitCode ||= browser.status ?? 1;
  }
  // First load: initial and on-demand JavaScript, gzipped, and first paint (scripts/bench-bundle.mjs).
  await (await import('./bench-bundle.mjs')).benchBundle();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
