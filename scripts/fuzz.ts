/**
 * `npm run fuzz -- --sequences N --seed S [--long | --kip848] [--out DIR]`: runs N generated scenarios through the
 * engine, checking every invariant after every step (src/engine/invariants). On a failure fast-check shrinks
 * the case, and the smallest failing scenario is written as a file that `npm run cli -- run FILE` accepts.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzProperty, type FuzzCase } from '../src/engine/testing/fuzz/fuzzProperty';
import { CONSUMER_PROTOCOL, FAST, LONG } from '../src/engine/testing/fuzz/scenarioArb';
import { fuzzOne } from '../src/engine/testing/fuzz/run';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const sequences = Number(option('sequences', '1000'));
const seed = Number(option('seed', String(Date.now() % 2 ** 31)));
const long = process.argv.includes('--long');
// Kafka 4.0 scenarios built around consumer-protocol (KIP-848) groups, run for tens of simulated seconds.
const kip848 = process.argv.includes('--kip848');
const outDir = option('out', 'fuzz-failures');
if (!Number.isInteger(sequences) || sequences < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run fuzz -- --sequences N --seed S [--long | --kip848] [--out DIR]\n');
  process.exit(2);
}

const started = Date.now();
let runs = 0;
let refused = 0;
let shrinking = false;
process.stderr.write(
  `fuzz: ${sequences} sequences, seed ${seed}${long ? ', long runs' : ''}${kip848 ? ', consumer-protocol groups' : ''}\n`,
);
const result = fc.check(
  fuzzProperty(kip848 ? CONSUMER_PROTOCOL : long ? LONG : FAST, (_c, o) => {
    runs++;
    refused += o.refused;
    if (!shrinking && o.violations.length > 0) {
      shrinking = true;
      process.stderr.write(`fuzz: violation in sequence ${runs}, shrinking…\n`);
    }
    if (!shrinking && runs % 250 === 0)
      process.stderr.write(`fuzz: ${runs}/${sequences} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }),
  { numRuns: sequences, seed },
);

if (!result.failed) {
  process.stdout.write(
    `fuzz: ${result.numRuns} sequences, 0 violations (${refused} refused actions, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  process.exit(0);
}
const [smallest] = result.counterexample as [FuzzCase];
const outcome = fuzzOne(smallest.scenario, smallest.slices);
const scenario = {
  ...smallest.scenario,
  name: `fuzz seed ${seed}: ${outcome.violations[0]?.invariant ?? 'failure'}`,
};
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `fuzz-${seed}.json`);
writeFileSync(file, JSON.stringify(scenario, null, 2) + '\n');
process.stdout.write(
  [
    `fuzz: FAILED after ${result.numRuns} sequences (seed ${seed}, shrunk ${result.numShrinks} times)`,
    ...outcome.violations.map((v) => `  ${v.invariant} at ${v.at} ms: ${v.detail}`),
    `  slices of the determinism run: ${JSON.stringify(smallest.slices)}`,
    `  reproduce: npm run cli -- run ${file}`,
    JSON.stringify(scenario, null, 2),
  ].join('\n') + '\n',
);
process.exit(1);
