#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit + component tests (Vitest), build, end-to-end tests (Playwright in
 * Debian's Chromium). Runs every step even if an earlier one fails, then prints one closing line
 * `N passed, N failed` that totals Vitest and Playwright tests (a failed check counts as one failure).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', '-s', 'build']],
  ['e2e', 'npx', ['playwright', 'test']],
];

rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/playwright.json', { force: true });

let failedChecks = 0;
const outcomes = [];
for (const [name, cmd, args] of steps) {
  const started = process.hrtime.bigint();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ok = result.status === 0;
  outcomes.push(`${ok ? '✔' : '✘'} ${name} (${seconds.toFixed(1)} s)`);
  if (!ok && (name === 'typecheck' || name === 'lint' || name === 'build')) failedChecks++;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

const vitest = readJson('test-results/vitest.json');
const playwright = readJson('test-results/playwright.json');
let passed = 0;
let failed = failedChecks;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (!vitest.success && vitest.numFailedTests === 0) failed++; // e.g. a suite failed to load
} else failed++;
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  if (playwright.errors?.length) failed += playwright.errors.length;
} else failed++;

console.log(`\n${outcomes.join('\n')}`);
console.log(
  `Vitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'no report'}; ` +
    `Playwright: ${playwright ? `${playwright.stats.expected + playwright.stats.flaky} passed, ${playwright.stats.unexpected} failed` : 'no report'}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
