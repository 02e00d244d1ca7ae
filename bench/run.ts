/**
 * `npm run bench` (scripts/bench.mjs bundles and runs this file): figures, not pass/fail. Engine throughput for 60 simulated seconds at 50,000
 * records/s over 12 partitions; the per-frame cost of the store (advance + snapshot) at 10× speed;
 * heap over a long run (memory must not grow with simulated time); and the built bundle's size.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { advance, createSimulation, snapshot } from '../src/engine';
import { testScenario } from '../src/engine/testing/scenarios';
import { createKafkaStore } from '../src/store/kafkaStore';
import { findExample } from '../src/scenarios';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function throughput() {
  const scenario = testScenario({
    partitions: 12,
    producer: { workload: { recordsPerSec: 50_000, valueBytes: 100 } },
    group: { members: 3, config: { 'auto.offset.reset': 'earliest' } },
  });
  scenario.durationMs = 60_000;
  const sim = createSimulation(scenario);
  let events = 0;
  let peakHeap = process.memoryUsage().heapUsed;
  const start = performance.now();
  for (let t = 0; t < 60_000; t += 1000) {
    events += advance(sim, 1000).length;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - start) / 1000;
  const snap = snapshot(sim);
  const records = snap.producers[0]!.stats.sent;
  console.log('Engine throughput — 60 simulated s, 50,000 records/s, 12 partitions, 3 consumers');
  console.log(`  wall time:                         ${seconds.toFixed(2)} s`);
  console.log(`  simulated records per wall-second: ${fmt(records / seconds)}   (target ≥ 2,000,000)`);
  console.log(`  events per wall-second:            ${fmt(events / seconds)}   (${fmt(events)} events)`);
  console.log(
    `  records produced / consumed:       ${fmt(records)} / ${fmt(snap.groups[0]!.stats.consumed)}`,
  );
  console.log(`  peak heap:                         ${mb(peakHeap)}`);
}

function frameTime() {
  const example = findExample('steady-stream')!;
  const store = createKafkaStore({ scenarioId: example.id, scenario: example.scenario, lang: 'en' });
  const frames = 600;
  const costs: number[] = [];
  for (let i = 0; i < frames; i++) {
    const t0 = performance.now();
    store.getState().advanceBy(167); // one 60 fps frame at 10× speed
    costs.push(performance.now() - t0);
  }
  costs.sort((a, b) => a - b);
  console.log('\nStore frame cost (advance + snapshot), steady-stream at 10× speed, 600 frames');
  console.log(
    `  median ${costs[frames / 2]!.toFixed(3)} ms, p95 ${costs[Math.floor(frames * 0.95)]!.toFixed(3)} ms, max ${costs.at(-1)!.toFixed(3)} ms (budget 16.7 ms)`,
  );
}

function memoryOverTime() {
  const scenario = testScenario({
    partitions: 6,
    producer: { workload: { recordsPerSec: 5_000 } },
    group: { members: 2 },
  });
  const sim = createSimulation(scenario);
  console.log('\nHeap over a long run (5,000 records/s, 6 partitions); should stay flat');
  for (let minute = 1; minute <= 30; minute++) {
    advance(sim, 60_000);
    if (minute % 5 === 0) {
      gc();
      const stateBytes = JSON.stringify(sim).length;
      console.log(
        `  after ${String(minute).padStart(2)} simulated min: heap ${mb(process.memoryUsage().heapUsed)}, state ${fmt(stateBytes / 1024)} KiB as JSON`,
      );
    }
  }
}

function bundleSize() {
  const dir = 'dist/assets';
  console.log('\nBundle (run `npm run build` first)');
  if (!existsSync(dir)) {
    console.log('  dist/ not built');
    return;
  }
  let raw = 0;
  let gz = 0;
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    raw += statSync(path).size;
    gz += gzipSync(readFileSync(path)).length;
    console.log(
      `  ${f}: ${fmt(statSync(path).size / 1024)} KiB, ${fmt(gzipSync(readFileSync(path)).length / 1024)} KiB gzipped`,
    );
  }
  console.log(`  total: ${fmt(raw / 1024)} KiB, ${fmt(gz / 1024)} KiB gzipped`);
}

throughput();
frameTime();
memoryOverTime();
bundleSize();
