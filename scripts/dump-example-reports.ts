/**
 * `npx tsx scripts/dump-example-reports.ts OUT_DIR [--until MS]`: writes every example's CLI report
 * (`npm run cli -- run`'s JSON) to OUT_DIR/<id>.json, to diff two checkouts: a performance change must
 * leave every report byte-identical. Runs from the checkout it lives in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { advance, createSimulation } from '../src/engine';
import { buildReport } from '../src/engine/report';
import { EXAMPLES } from '../src/scenarios';

const [out = 'reports', ...rest] = process.argv.slice(2);
const untilAt = rest.indexOf('--until');
const until = untilAt >= 0 ? Number(rest[untilAt + 1]) : Infinity;
mkdirSync(out, { recursive: true });
for (const { id, scenario } of EXAMPLES) {
  const sim = createSimulation(scenario);
  advance(sim, Math.min(scenario.durationMs, until));
  writeFileSync(join(out, `${id}.json`), JSON.stringify(buildReport(sim), null, 2) + '\n');
}
console.log(`${EXAMPLES.length} reports in ${out}`);
