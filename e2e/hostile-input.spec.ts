/**
 * Issue 14 (defects 2, 3, 6) in the browser: a share link holding an action the engine refuses, a
 * small link that would inflate to megabytes, and the Content-Security-Policy. The fixture fails a test
 * on any console error, so a CSP violation fails it too.
 */
import { readFileSync } from 'node:fs';
import lz from 'lz-string';
import { expect, test } from './fixtures';

const steady = JSON.parse(readFileSync('src/scenarios/examples/steady-stream.json', 'utf8'));
const link = (payload: object) => `/#s=${lz.compressToEncodedURIComponent(JSON.stringify(payload))}`;

test('a link whose start lies past a refused action shows a notice, never a blank page', async ({ page }) => {
  const scenario = {
    ...steady,
    timeline: [{ atMs: 1000, action: 'stopConsumer', group: 'orders-app', member: 'consumer-orders-app-9' }],
  };
  await page.goto(link({ v: 1, scenario, t: 5000 }) + '');
  await expect(page.getByRole('alert')).toContainText('The shared link could not be read');
  await expect(page.getByRole('alert')).toContainText('has no consumer "consumer-orders-app-9"');
  // The app is there and playable (the fallback scenario).
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a small link that would inflate past the limit is refused as too long', async ({ page }) => {
  // "x" repeated: lz-string writes it as phrases that each grow by one character.
  const huge = lz.compressToEncodedURIComponent('x'.repeat(2_100_000));
  expect(huge.length).toBeLessThan(20_000);
  await page.goto(`/#s=${huge}`);
  await expect(page.getByRole('alert')).toContainText('The shared link could not be read');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('the built page carries a Content-Security-Policy, and ?embed runs under it', async ({ page }) => {
  await page.goto('/?embed&autoplay');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  await expect(page.locator('svg').first()).toBeVisible();
});
