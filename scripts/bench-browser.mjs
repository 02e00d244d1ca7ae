/**
 * `npm run bench` browser section (also `node scripts/bench-browser.mjs [--no-build] [--profile] [--heap]`):
 * builds the site, serves it with `vite preview`, opens examples in headless Debian Chromium and prints
 * frame times (p50/p95/max), long tasks and JS heap. Figures only: nothing here passes or fails on time.
 * `--profile` also records a CPU profile of classroom-scale at 1× and prints where the time goes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

// The same Debian Chromium and flags as the e2e suite (e2e/chromium.ts).
const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
};

const args = new Set(process.argv.slice(2));
const port = Number(process.env.BENCH_PORT ?? 4305);
const base = `http://127.0.0.1:${port}/`;
const SAMPLE_MS = Number(process.env.BENCH_SAMPLE_MS ?? 6000);
const PROFILE_INCLUSIVE = Number(process.env.BENCH_PROFILE_TOP ?? 40);
// BENCH_ROOT: build and serve another checkout (e.g. a worktree of main, for "before" figures).
const root = process.env.BENCH_ROOT ?? '.';
const mib = (b) => `${(b / 1024 / 1024).toFixed(1)} MiB`;

if (!args.has('--no-build')) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
    cwd: root,
  },
);
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

/** Frame intervals (rAF to rAF) and long tasks over `ms` of wall time, measured inside the page. */
async function measureFrames(page, ms) {
  return page.evaluate(async (ms) => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    // DOM mutations: a load-independent figure of how much each frame rewrites.
    let mutations = 0;
    const mo = new MutationObserver((records) => (mutations += records.length));
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const gaps = [];
    await new Promise((resolve) => {
      let last = performance.now();
      const end = last + ms;
      const tick = (now) => {
        gaps.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    observer.disconnect();
    mo.disconnect();
    return { gaps, longTasks, mutations };
  }, ms);
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function framesOf(browser, { scenario, speed, width, height, scrollTo }) {
  const page = await browser.newPage({ viewport: { width, height } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}?scenario=${scenario}&speed=${speed}&autoplay&lang=en`);
  await page.getByTestId('scrubber').waitFor();
  // Rows "scrolled to" a panel measure what a teacher sees further down the page.
  if (scrollTo)
    await page.evaluate((sel) => document.querySelector(sel).scrollIntoView({ block: 'start' }), scrollTo);
  await page.waitForTimeout(1500); // let the first frames and fonts settle
  await cdp.send('Performance.enable');
  const metric = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metric();
  const { gaps, longTasks, mutations } = await measureFrames(page, SAMPLE_MS);
  const m1 = await metric();
  const simSeconds = (SAMPLE_MS / 1000) * speed;
  const per = (k) => ((m1[k] - m0[k]) * 1000) / simSeconds;
  const heap = await heapAfterGc(cdp);
  await page.close();
  const sorted = [...gaps].sort((a, b) => a - b);
  const fps = (1000 * gaps.length) / gaps.reduce((a, b) => a + b, 0);
  // Frames that missed at least one vsync (interval > 1.5 × 16.7 ms): rAF intervals come in whole vsyncs,
  // so a p95 of 16.8 ms is 60 fps with timer jitter, and 33.3 ms means ≥ 5 % of frames missed one.
  const missed = gaps.filter((g) => g > 25).length / gaps.length;
  console.log(
    `  ${(scenario + (scrollTo ? ` ${scrollTo}` : '')).padEnd(16)} ${String(speed).padStart(2)}×  ${width}×${height}  ` +
      `frames ${String(gaps.length).padStart(4)} (${fps.toFixed(0)} fps)  p50 ${pct(sorted, 0.5).toFixed(1)} ms  ` +
      `p95 ${pct(sorted, 0.95).toFixed(1)} ms (${Math.round(pct(sorted, 0.95) / (1000 / 60))} vsync)  max ${sorted.at(-1).toFixed(1)} ms  missed ${(missed * 100).toFixed(1)} %  ` +
      `long tasks ${longTasks.length} (${longTasks.reduce((a, b) => a + b, 0).toFixed(0)} ms)  heap ${mib(heap)}`,
  );
  // Work per frame, less sensitive to a loaded machine than wall-clock frame times.
  console.log(
    `${' '.repeat(20)}per frame: ${(mutations / gaps.length).toFixed(0)} DOM mutations, script ${(
      ((m1.ScriptDuration - m0.ScriptDuration) * 1000) /
      gaps.length
    ).toFixed(1)} ms, style+layout ${(
      ((m1.RecalcStyleDuration - m0.RecalcStyleDuration + m1.LayoutDuration - m0.LayoutDuration) * 1000) /
      gaps.length
    ).toFixed(
      1,
    )} ms; per simulated second: script ${per('ScriptDuration').toFixed(0)} ms, task ${per('TaskDuration').toFixed(0)} ms`,
  );
}

/**
 * Heap of one looping embed (its scrubber spans the whole hour) after 5 simulated minutes and after one
 * simulated hour at 10×. It fast-forwards through the scrubber in 60-s seeks (the store re-simulates
 * without drawing in between; the same engine path as playing), so an hour takes minutes, not 6 of them
 * at 10×; before each reading it plays 2 wall seconds at 10×, so the views have drawn the state.
 */
async function heapOverAnHour(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(
    `${base}?scenario=classroom-scale&embed&loop&panels=pipeline,metrics,playback&speed=10&lang=en`,
  );
  const scrubber = page.getByTestId('scrubber');
  await scrubber.waitFor();
  const seekTo = (ms) =>
    scrubber.evaluate((el, ms) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(el, String(ms));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, ms);
  const readings = [];
  const started = Date.now();
  let at = 0;
  for (const seconds of [300, 3600]) {
    const target = (seconds - 30) * 1000;
    for (; at < target;) {
      at = Math.min(target, at + 60_000);
      await seekTo(at);
    }
    await page.getByRole('button', { name: /Play/ }).first().click();
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: /Pause/ }).first().click();
    at = Number(await scrubber.inputValue());
    readings.push({ seconds, simulated: at / 1000, heap: await heapAfterGc(cdp) });
    console.log(
      `  after ${String(seconds / 60).padStart(2)} simulated min (at ${(at / 1000).toFixed(0)} s): ` +
        `${mib(readings.at(-1).heap)}  (${((Date.now() - started) / 1000).toFixed(0)} s wall so far)`,
    );
  }
  await page.close();
  const [early, late] = readings;
  console.log(
    `  change: ${(((late.heap - early.heap) / early.heap) * 100).toFixed(1)} % (target: within 10 %)`,
  );
}

/** A CPU profile of `ms` of playback, summarised by self time per function (top 15) and per category. */
async function profile(browser, scenario, speed) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}?scenario=${scenario}&speed=${speed}&autoplay&lang=en`);
  await page.getByTestId('scrubber').waitFor();
  await page.waitForTimeout(1500);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(SAMPLE_MS);
  const { profile: prof } = await cdp.send('Profiler.stop');
  await page.close();
  const self = new Map();
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const dt = prof.timeDeltas;
  let total = 0;
  prof.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}`.trim();
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0));
    total += dt[i] ?? 0;
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(
    `\nCPU profile, ${scenario} at ${speed}×, 1920×1080, ${(total / 1000).toFixed(0)} ms sampled (self time)`,
  );
  for (const [name, us] of top) console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
  // Inclusive time (self + callees) per function: where engine, read model, React and D3 time goes.
  // Names are readable only in a non-minified build (`npx vite build --minify false`, then --no-build).
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  prof.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      if (!f.url) continue;
      const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0));
    }
  });
  // BENCH_PROFILE_MATCH (a regular expression) keeps only matching names, e.g. '^[A-Z]' for components.
  const match = new RegExp(process.env.BENCH_PROFILE_MATCH ?? '');
  const topInclusive = [...inclusive.entries()]
    .filter(([name]) => match.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, PROFILE_INCLUSIVE);
  console.log(`  — inclusive (self + callees), top ${PROFILE_INCLUSIVE}:`);
  for (const [name, us] of topInclusive)
    console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
}

try {
  await waitForServer();
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  console.log(`\nBrowser frames (headless Chromium, ${SAMPLE_MS / 1000} s per row; budget 16.7 ms at 60 Hz)`);
  const sizes = args.has('--classroom-only')
    ? [[1920, 1080]]
    : [
        [1920, 1080],
        [1280, 800],
      ];
  const scenarios = args.has('--classroom-only') ? ['classroom-scale'] : ['classroom-scale', 'steady-stream'];
  // --profile-only / --heap-only: just those (e.g. a profile of a non-minified build).
  // BENCH_ROWS="classroom-scale@1@1920x1080,steady-stream@10@1280x800,classroom-scale@1@1920x1080@.replication":
  // just those rows (quick A/B checks); the optional fourth part scrolls that panel to the top first.
  const rows = process.env.BENCH_ROWS
    ? process.env.BENCH_ROWS.split(',').map((row) => {
        const [scenario, speed, size = '1920x1080', scrollTo] = row.split('@');
        const [width, height] = size.split('x').map(Number);
        return { scenario, speed: Number(speed), width, height, scrollTo };
      })
    : [
        ...sizes.flatMap(([width, height]) =>
          scenarios.flatMap((scenario) => [1, 10].map((speed) => ({ scenario, speed, width, height }))),
        ),
        // The targets are read at the top of the page; these show the panels further down (docs/performance.md).
        ...(args.has('--classroom-only') ? [] : ['.replication', '.group']).map((scrollTo) => ({
          scenario: 'classroom-scale',
          speed: 1,
          width: 1920,
          height: 1080,
          scrollTo,
        })),
      ];
  if (!args.has('--profile-only') && !args.has('--heap-only'))
    for (const row of rows) await framesOf(browser, row);
  if (args.has('--heap') || args.has('--heap-only')) {
    console.log('\nBrowser heap, classroom-scale at 10× (looping embed), after garbage collection');
    await heapOverAnHour(browser);
  }
  if (args.has('--profile') || args.has('--profile-only')) {
    await profile(browser, 'classroom-scale', 1);
    await profile(browser, 'classroom-scale', 10);
  }
  await browser.close();
} finally {
  stopServer();
}
