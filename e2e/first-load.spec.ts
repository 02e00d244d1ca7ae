/**
 * First load (issue #12): what a first view does not need loads on demand — the share dialog (with the
 * config export and the scenario file parser), the course map and lesson card, A/B compare, the reader of
 * shared links, the Korean catalogue, the glossary's definitions, every example but the opened one — and
 * still works from a sub-path and inside the single-file build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The script files the page has requested so far (names only). */
function watchScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') seen.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  return seen;
}

async function openShareAndCourse(page: Page) {
  await page.getByRole('button', { name: 'Share & save', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share, embed or save this scenario' });
  await expect(share.getByTestId('share-link')).toHaveValue(/#s=/);
  await share.press('Escape');
  await expect(share).toBeHidden();
  await page.getByRole('button', { name: 'Course', exact: true }).click();
  const course = page.getByRole('dialog', { name: 'The KafkaScope course' });
  await expect(course.getByRole('listitem').first()).toBeVisible();
  await course.press('Escape');
}

/** Chunks a first English visit to steady-stream must not download (names before the hash). */
const NOT_FIRST = /^(ShareDialog|parse|startCompare|ko|glossary|GlossaryDialog|hot-keys|classroom-scale)-/;

/** The glossary (a term's tooltip, the dialog), another example from the picker, and Korean and back. */
async function openGlossaryExampleAndKorean(page: Page) {
  const term = page.locator('[data-term]:visible').first();
  await term.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expect(page.getByRole('tooltip')).not.toContainText('Loading…');
  await page.mouse.move(0, 0);
  await page.getByRole('button', { name: 'Glossary', exact: true }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary of Kafka terms' });
  await expect(glossary.getByRole('term').first()).toBeVisible();
  await glossary.press('Escape');
  await expect(glossary).toBeHidden();
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  await picker.selectOption('hot-keys');
  await expect(picker).toHaveValue('hot-keys');
  await expect(page.locator('.scenario-description')).toContainText('Keys user-1, user-2 and user-3');
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('group', { name: '언어' })).toBeVisible();
  await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
}

test('Korean, the glossary and other examples load when first asked for', async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto('./?scenario=steady-stream&lang=en');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(scripts.filter((s) => NOT_FIRST.test(s))).toEqual([]);
  await openGlossaryExampleAndKorean(page);
  for (const chunk of ['ko-', 'glossary-', 'GlossaryDialog-', 'hot-keys-']) {
    expect(
      scripts.some((s) => s.startsWith(chunk)),
      chunk,
    ).toBe(true);
  }
});

test('?lang=ko and a Korean browser render Korean from the first paint', async ({ browser }) => {
  for (const [url, locale] of [
    ['./?scenario=hot-keys&lang=ko', 'en-US'],
    ['./?scenario=hot-keys', 'ko-KR'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Record every text the root shows: never English after the first render.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        const group = document.querySelector('.lang-switch');
        if (group) seen.push(group.getAttribute('aria-label') ?? '');
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await expect(page.getByRole('group', { name: '언어' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: /시나리오/ })).toHaveValue('hot-keys');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(new Set(seen)).toEqual(new Set(['언어']));
    expect(errors).toEqual([]);
    await context.close();
  }
});

test('the share dialog, course map and A/B compare load when first asked for', async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto('./?scenario=steady-stream&lang=en');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(scripts.filter((s) => /^(ShareDialog|parse|startCompare)-/.test(s))).toEqual([]);
  await openShareAndCourse(page);
  expect(scripts.some((s) => s.startsWith('ShareDialog-'))).toBe(true);

  await page.goto('./?scenario=steady-stream&compare=linger.ms&a=0&b=100&lang=en');
  await expect(page.getByTestId('compare-a')).toContainText('linger.ms = 0');
  await expect(page.getByTestId('compare-b')).toContainText('linger.ms = 100');
});

test('a shared link and a lesson link open (their code loads before the first render)', async ({ page }) => {
  await page.goto('./?scenario=hot-keys&lang=en');
  await page.getByRole('button', { name: 'Share & save', exact: true }).click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.goto(link);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('hot-keys');
  await page.goto('./?lesson=batching&step=1&lang=en');
  await expect(page.getByTestId('lesson')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('served from a sub-path, the on-demand chunks load from beside index.html', async ({ page }) => {
  // Everything under /courses/kafka/scope/ is answered from the built site's root: a sub-path host.
  await page.route(/\/courses\/kafka\/scope\//, async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.replace('/courses/kafka/scope/', '/');
    // A navigation cancels the previous page's pending fetches: that socket hang-up is not a failure
    // (a missing chunk would be a 404 in `failed`, or a panel that never appears). A fetch that fails
    // while its page is still there (the preview server under load) is tried again before giving up.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await route.fulfill({ response: await route.fetch({ url: url.href }) });
        return;
      } catch {
        if (page.isClosed()) break;
      }
    }
    await route.abort().catch(() => {});
  });
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
  await page.goto('./courses/kafka/scope/?scenario=steady-stream&lang=en');
  await openShareAndCourse(page);
  await openGlossaryExampleAndKorean(page);
  await page.goto('./courses/kafka/scope/?scenario=classroom-scale&lang=ko');
  await expect(page.getByRole('group', { name: '언어' })).toBeVisible();
  await page.goto('./courses/kafka/scope/?compare=linger.ms&lang=en');
  await expect(page.getByTestId('compare-b')).toBeVisible();
  expect(failed).toEqual([]);
});

test('the single-file build has the on-demand parts inside it', async ({ page }) => {
  test.slow(); // it builds the site first
  const outDir = mkdtempSync(join(tmpdir(), 'kafkascope-single-'));
  try {
    execFileSync('npx', ['vite', 'build', '--mode', 'single', '--outDir', outDir], { stdio: 'ignore' });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/);
    const outside: string[] = [];
    page.on('request', (r) => !/^(file|data|blob):/.test(r.url()) && outside.push(r.url()));
    const file = pathToFileURL(join(outDir, 'index.html')).href;
    await page.goto(`${file}?scenario=steady-stream&lang=en`);
    await openShareAndCourse(page);
    await openGlossaryExampleAndKorean(page);
    await page.goto(`${file}?scenario=classroom-scale&lang=ko`);
    await expect(page.getByRole('group', { name: '언어' })).toBeVisible();
    await page.goto(`${file}?compare=linger.ms&lang=en`);
    await expect(page.getByTestId('compare-b')).toBeVisible();
    expect(outside).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
