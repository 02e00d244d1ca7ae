/**
 * Takes screenshots of the built site (npm run build first) at projector and laptop sizes, for the
 * README and for looking at what a learner sees: `npx tsx scripts/screenshot.ts [query] [outPrefix]`.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from '../e2e/chromium';

const query = process.argv[2] ?? '';
const prefix = process.argv[3] ?? 'test-results/screenshot';
const port = Number(process.env.SHOT_PORT ?? 4199);
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  // SIZES="360x740,1280x800" picks other viewports.
  const sizes = (process.env.SIZES ?? '1920x1080,1280x800')
    .split(',')
    .map((s) => s.split('x').map(Number) as [number, number]);
  for (const [w, h] of sizes) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
    await page.goto(`http://127.0.0.1:${port}/${query}`);
    await page.getByRole('button', { name: /^(Play|재생)$/ }).click();
    await page.waitForTimeout(Number(process.env.PLAY_MS ?? 6000));
    await page.screenshot({ path: `${prefix}-${w}x${h}.png`, fullPage: process.env.FULL === '1' });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
