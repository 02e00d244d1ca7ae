/**
 * `npm run bench`, first-load section: builds the site into a temporary folder and prints the gzipped size
 * of the JavaScript a first visit downloads (the entry chunk and everything it imports statically) and of
 * each chunk loaded on demand, then the first paint in headless Chromium on localhost. Figures only.
 * Also runnable alone: `node scripts/bench-bundle.mjs`.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Chunk files a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(code) {
  const out = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([\w.-]+\.js)["']/g)) out.push(m[1]);
  return out;
}

/** The initial chunks (reachable from index.html without a dynamic import) and the on-demand ones. */
export function classifyChunks(outDir) {
  const assets = join(outDir, 'assets');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = new Set();
  const queue = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.pop();
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...staticImports(readFileSync(join(assets, file), 'utf8')));
  }
  const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const size = (f) => {
    const buf = readFileSync(join(assets, f));
    return { file: f, raw: buf.length, gzip: gz(buf) };
  };
  return {
    initial: all.filter((f) => initial.has(f)).map(size),
    lazy: all.filter((f) => !initial.has(f)).map(size),
    css: readdirSync(assets)
      .filter((f) => f.endsWith('.css'))
      .map(size),
  };
}

function serve(root) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** First contentful paint, and when the pipeline picture first exists (the first meaningful paint). */
async function firstPaint(url) {
  // The same Debian Chromium and flags as the e2e tests (e2e/chromium.ts).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-panel="pipeline"] svg')) return;
          // The frame after the picture is in the DOM is the one that paints it.
          requestAnimationFrame(() => (window.__pipelineAt = performance.now()));
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__pipelineAt !== undefined);
      runs.push(
        await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          pipeline: window.__pipelineAt,
        })),
      );
      await page.close();
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { fcp: median(runs.map((r) => r.fcp)), pipeline: median(runs.map((r) => r.pipeline)) };
  } finally {
    await browser.close();
  }
}

export async function benchBundle() {
  const outDir = mkdtempSync(join(tmpdir(), 'kafkascope-bundle-'));
  try {
    const build = spawnSync('npx', [
      'vite',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ]);
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}`);
    const { initial, lazy, css } = classifyChunks(outDir);
    const total = (xs, k) => xs.reduce((n, x) => n + x[k], 0);
    console.log('\nFirst load (vite build, gzip -9)');
    console.log(`  initial JS: ${kb(total(initial, 'gzip'))} gzipped (${kb(total(initial, 'raw'))} raw)`);
    for (const c of initial) console.log(`    ${c.file.padEnd(36)} ${kb(c.gzip).padStart(9)}`);
    console.log(`  on demand: ${kb(total(lazy, 'gzip'))} gzipped in ${lazy.length} chunks`);
    for (const c of lazy) console.log(`    ${c.file.padEnd(36)} ${kb(c.gzip).padStart(9)}`);
    console.log(`  CSS: ${kb(total(css, 'gzip'))} gzipped`);
    const server = await serve(outDir);
    try {
      const { port } = server.address();
      const paint = await firstPaint(`http://127.0.0.1:${port}/?scenario=steady-stream&lang=en`);
      console.log(
        `  first paint on localhost, headless Chromium, median of 5: contentful ${paint.fcp.toFixed(0)} ms, ` +
          `pipeline drawn ${paint.pipeline.toFixed(0)} ms`,
      );
    } finally {
      server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBundle();
