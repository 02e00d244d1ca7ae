/**
 * Time travel, sharing, embedding, the single-file build and A/B compare, in Debian's Chromium against
 * the built site (vite preview) — plus a sub-path static server and file:// for the last two kinds.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

// Behaviour is asserted in simulated time; the wall-clock budget only has to survive a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Log end offsets of every partition row, as the picture shows them (LEO 1,234). */
async function logEndOffsets(page: Page): Promise<number[]> {
  const texts = await page.locator('svg text').allTextContents();
  return texts.filter((s) => /^LEO [\d,]+$/.test(s)).map((s) => Number(s.slice(4).replace(/,/g, '')));
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function simSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-time').first().textContent()) ?? '';
  return Number(text.replace(/[^\d.]/g, ''));
}

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function playFor(page: Page, seconds: number) {
  await page
    .getByRole('button', { name: /^(Play|재생)$/ })
    .first()
    .click();
  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBeGreaterThan(seconds);
  await page
    .getByRole('button', { name: /^(Pause|일시정지)$/ })
    .first()
    .click();
}

test('rewinding with the scrubber shows earlier offsets, and playing on reaches the same ones', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('./?scenario=steady-stream&speed=10');
  await playFor(page, 3);
  const later = await logEndOffsets(page);
  const laterTime = await simSeconds(page);
  await page.getByTestId('scrubber').fill('1000');
  await expect(page.getByTestId('sim-time')).toHaveText('t = 1 s');
  // A panel the gate counts as out of view redraws up to 1 s after the clock (views/VisibilityGate.tsx).
  await expect.poll(async () => sum(await logEndOffsets(page))).toBeLessThan(sum(later));
  const earlier = await logEndOffsets(page);
  expect(sum(earlier)).toBeGreaterThan(0);
  // Forward again through the known future to the same moment: the same offsets.
  await page.getByTestId('scrubber').fill(String(Math.round(laterTime * 1000)));
  await expect.poll(() => logEndOffsets(page)).toEqual(later);
  // Step back with ← and forward with → (focus off the scrubber, which keeps its own arrows).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowLeft');
  expect(await simSeconds(page)).toBeLessThan(laterTime);
  await page.keyboard.press('ArrowRight');
  expect(await simSeconds(page)).toBeCloseTo(laterTime, 1);
  // ? opens the shortcut help; Escape closes it.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Changing a setting in the past forks the timeline, and says what was discarded.
  await page.getByTestId('scrubber').fill('500');
  await page
    .getByRole('slider', { name: /linger\.ms/ })
    .first()
    .press('End');
  await expect(
    page.getByRole('status').filter({ hasText: 'You changed the past at t = 0.5 s' }),
  ).toBeVisible();
  // Undo fork brings the discarded future back: the same offsets at the same moment as before.
  await page.getByRole('button', { name: /Undo fork/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fork undone' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Undo fork/ })).toHaveCount(0);
  await page.getByTestId('scrubber').fill(String(Math.round(laterTime * 1000)));
  await expect.poll(() => logEndOffsets(page)).toEqual(later);
  expect(errors).toEqual([]);
});

test('copy link, open it in a new page: the same scenario, moment and offsets', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?scenario=hot-keys&speed=10');
  await playFor(page, 2);
  // A recorded intervention travels with the link.
  await page
    .getByRole('slider', { name: /linger\.ms/ })
    .first()
    .press('End');
  await playFor(page, (await simSeconds(page)) + 0.5);
  const offsets = await logEndOffsets(page);
  const time = await page.getByTestId('sim-time').textContent();
  await page.getByRole('button', { name: 'Share & save' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await page.getByTestId('share-link').inputValue());
  expect(link).toContain('#s=');

  const other = await context.newPage();
  const errors = watchConsole(other);
  await other.goto(link);
  await expect(other.getByTestId('sim-time')).toHaveText(time!);
  expect(await logEndOffsets(other)).toEqual(offsets);
  await expect(other.getByRole('slider', { name: /linger\.ms/ }).first()).toHaveAttribute(
    'aria-valuetext',
    /.+/,
  );
  expect(errors).toEqual([]);
});

test('export the rehearsed scenario as JSON, import it back; a bad file gets clear errors', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('./?scenario=steady-stream&speed=10');
  await playFor(page, 1);
  await page
    .getByRole('slider', { name: /linger\.ms/ })
    .first()
    .press('End');
  await page.getByRole('button', { name: 'Share & save' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download scenario/ }).click(),
  ]);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(saved.timeline).toEqual([
    expect.objectContaining({ action: 'setProducerConfig', key: 'linger.ms' }),
  ]);

  const bad = { ...saved, producers: [{ ...saved.producers[0], config: { 'linger.msec': 5 } }] };
  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'not a valid scenario' })).toContainText(
    'broken.json: producers[0].config["linger.msec"]: unknown producer config (did you mean "linger.ms"?)',
  );
  await page.getByTestId('import-file').setInputFiles({
    name: 'rehearsal.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(saved)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'from rehearsal.json' })).toBeVisible();
  await expect(page.getByTestId('sim-time')).toHaveText('t = 0 s');
  expect(errors).toEqual([]);
});

test('a damaged link explains itself and falls back to the default scenario', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./#s=N4IgdghgtgpiBcIDKBLAXgAgOIgDQgDGATSA%3Cimg%20src=x%20onerror=alert(1)%3E');
  await expect(page.getByRole('alert').first()).toContainText('shared link could not be read');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'KafkaScope' })).toBeVisible();
  await playFor(page, 0.5);
  expect(errors).toEqual([]);
});

test.describe('served from a sub-path', () => {
  let server: Server;
  let root: string;
  let base: string;
  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kafkascope-embed-'));
    cpSync('dist', join(root, 'courses/kafka/scope'), { recursive: true });
    writeFileSync(
      join(root, 'courses/kafka/lesson.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head><body>
<h1>Batching</h1>
<iframe id="wide" src="scope/?embed&autoplay&loop&readonly&scenario=linger-vs-batch-size&lang=en" title="KafkaScope: batching" width="960" height="560" style="border:0"></iframe>
<iframe id="narrow" src="scope/?embed&autoplay&panels=pipeline,metrics,playback&lang=ko" title="KafkaScope narrow" width="360" height="640" style="border:0"></iframe>
</body></html>`,
    );
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
    };
    server = createServer((req, res) => {
      if (req.url === '/favicon.ico') return res.writeHead(204).end();
      let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  test.afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('a host page with the embed iframe plays, wide and 360 px narrow', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(`${base}/courses/kafka/lesson.html`);
    for (const id of ['#wide', '#narrow']) {
      const frame = page.frameLocator(id);
      await expect(frame.locator('.app--embed')).toBeVisible();
      await expect
        .poll(
          async () => Number((await frame.getByTestId('sim-time').textContent())?.replace(/[^\d.]/g, '')),
          { timeout: 15_000 },
        )
        .toBeGreaterThan(0.3);
    }
    // Read-only: no settings; the narrow one fits 360 px without a horizontal scrollbar.
    await expect(page.frameLocator('#wide').getByRole('slider', { name: /linger\.ms/ })).toHaveCount(0);
    const narrow = page.frameLocator('#narrow');
    await expect(narrow.locator('html')).toHaveAttribute('lang', 'ko');
    const overflow = await narrow.locator('body').evaluate((b) => b.scrollWidth - b.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // At phone width the pipeline is a readable list; the wide embed keeps the picture.
    await expect(narrow.getByTestId('pipeline-compact')).toBeVisible();
    await expect(narrow.getByTestId('pipeline-compact')).toContainText('P0');
    await expect(page.frameLocator('#wide').getByTestId('pipeline-compact')).toBeHidden();
    expect(errors).toEqual([]);
  });
});

test('the single-file build opens from file:// and plays', async ({ page }) => {
  execFileSync('npx', ['vite', 'build', '--mode', 'single'], { stdio: 'ignore' }); // never a stale one
  const html = readFileSync('dist-single/index.html', 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=/); // everything inline
  const errors = watchConsole(page);
  await page.goto(pathToFileURL('dist-single/index.html').href + '?scenario=steady-stream');
  await playFor(page, 1);
  expect(sum(await logEndOffsets(page))).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('A/B mode shows both instances and highlights what differs', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./?scenario=steady-stream&compare=linger.ms&a=0&b=100&speed=10');
  await expect(page.getByTestId('compare-a')).toContainText('linger.ms = 0');
  await expect(page.getByTestId('compare-b')).toContainText('linger.ms = 100');
  await expect(page.getByTestId('compare-difference')).toContainText('linger.ms');
  await playFor(page, 3);
  // Same workload: both halves show their own partition logs…
  expect(sum(await logEndOffsets(page.getByTestId('compare-a') as unknown as Page))).toBeGreaterThan(0);
  // …and linger.ms=100 sends far fewer, fuller batches.
  const batches = page.getByTestId('compare-table').getByRole('row', { name: /Batches sent/ });
  await expect(batches).toHaveClass(/is-different/);
  const [a, b] = (await batches.locator('td').allTextContents()).map((s) => Number(s.replace(/,/g, '')));
  expect(a).toBeGreaterThan(2 * b!);
  // One clock: both at the same simulated time after rewinding.
  await page.getByTestId('scrubber').fill('1500');
  await expect(page.getByTestId('sim-time')).toHaveText('t = 1.5 s');
  expect(errors).toEqual([]);
});

test('axe: no serious or critical violations in compare, embed and the dialogs', async ({ page }) => {
  test.setTimeout(120_000); // four full axe scans
  const serious = async () =>
    // The metrics panel's <dl> holds sparkline <svg>s inside its <div> groups (a views/ issue, reported).
    (await new AxeBuilder({ page }).exclude('.metrics__grid').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await page.goto('./?compare=linger.ms');
  expect(await serious()).toEqual([]);
  await page.goto('./?embed&scenario=hot-keys&panels=pipeline,metrics,settings,playback');
  expect(await serious()).toEqual([]);
  await page.goto('./?scenario=hot-keys');
  await page.getByRole('button', { name: 'Share & save' }).click();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await serious()).toEqual([]);
});
