/**
 * Screenshots of the issue-6 states a learner or teacher sees (built site; npm run build first):
 * `npx tsx scripts/screenshot-states.ts OUT_PREFIX` writes OUT_PREFIX-{name}.png for each entry below.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';

const prefix = process.argv[2] ?? 'test-results/state';
const port = Number(process.env.SHOT_PORT ?? 4199);
const url = (q: string) => `http://127.0.0.1:${port}/${q}`;

const STATES: { name: string; w: number; h: number; run(page: Page): Promise<void> }[] = [
  {
    name: 'rewound-1280x800',
    w: 1280,
    h: 800,
    run: async (page) => {
      await page.goto(url('?scenario=steady-stream&speed=4&autoplay'));
      await page.waitForTimeout(2500);
      await page
        .getByRole('slider', { name: /linger\.ms/ })
        .first()
        .press('End');
      await page.waitForTimeout(1500);
      await page.getByTestId('scrubber').fill('1200');
      await page
        .getByRole('slider', { name: /batch\.size/ })
        .first()
        .press('Home');
    },
  },
  {
    name: 'share-1280x800',
    w: 1280,
    h: 800,
    run: async (page) => {
      await page.goto(url('?scenario=hot-keys&t=3'));
      await page.getByRole('button', { name: 'Share & save' }).click();
    },
  },
  {
    name: 'help-1920x1080',
    w: 1920,
    h: 1080,
    run: async (page) => {
      await page.goto(url('?scenario=hot-keys&t=3'));
      await page.locator('body').press('?');
    },
  },
  {
    name: 'compare-1920x1080',
    w: 1920,
    h: 1080,
    run: async (page) => {
      await page.goto(url('?scenario=steady-stream&compare=linger.ms&a=0&b=50&speed=2&autoplay'));
      await page.waitForTimeout(5000);
    },
  },
  {
    name: 'compare-1280x800',
    w: 1280,
    h: 800,
    run: async (page) => {
      await page.goto(url('?scenario=steady-stream&compare=linger.ms&speed=2&autoplay'));
      await page.waitForTimeout(5000);
    },
  },
  {
    name: 'embed-360x640',
    w: 360,
    h: 640,
    run: async (page) => {
      await page.goto(url('?embed&autoplay&panels=pipeline,metrics,playback&scenario=hot-keys'));
      await page.waitForTimeout(3000);
    },
  },
  {
    name: 'embed-960x560',
    w: 960,
    h: 560,
    run: async (page) => {
      await page.goto(url('?embed&autoplay&loop&readonly&scenario=linger-vs-batch-size'));
      await page.waitForTimeout(3000);
    },
  },
  {
    name: 'badhash-1280x800',
    w: 1280,
    h: 800,
    run: async (page) => {
      await page.goto(url('#s=N4Ig%3Cimg%20src=x%3E'));
    },
  },
];

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  for (const state of STATES.filter((s) => !process.env.ONLY || s.name.includes(process.env.ONLY))) {
    const page = await browser.newPage({ viewport: { width: state.w, height: state.h } });
    page.on('console', (m) => console.log(`[${state.name} console.${m.type()}]`, m.text()));
    await state.run(page);
    await page.screenshot({ path: `${prefix}-${state.name}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
