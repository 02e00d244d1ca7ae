import AxeBuilder from '@axe-core/playwright';
import { expect, readNumber, setSlider, setSpeed, simTime, test } from './fixtures';

test.describe('KafkaScope foundation', () => {
  test('pressing play makes offsets and consumed counts rise', async ({ page }) => {
    await page.goto('./?scenario=steady-stream&lang=en');
    await expect(page.getByRole('heading', { name: 'KafkaScope' })).toBeVisible();
    await expect(page.getByText('Kafka 4.0 defaults')).toBeVisible();
    expect(await readNumber(page, 'metric-consumed')).toBe(0);
    await setSpeed(page, 2);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => readNumber(page, 'metric-consumed'), { timeout: 15_000 }).toBeGreaterThan(100);
    const leos = await page.locator('.log__leo').allTextContents();
    const total = leos.map((t) => Number(t.replace(/[^\d]/g, ''))).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(100);
    const first = await readNumber(page, 'metric-consumed');
    await expect.poll(() => readNumber(page, 'metric-consumed')).toBeGreaterThan(first);
  });

  test('raising linger.ms raises the average records per batch', async ({ page }) => {
    await page.goto('./?scenario=steady-stream&lang=en');
    await setSpeed(page, 5);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(() => readNumber(page, 'metric-records-per-batch'), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => simTime(page)).toBeGreaterThan(3);
    const before = await readNumber(page, 'metric-records-per-batch');
    expect(before).toBeLessThan(5);
    await setSlider(page, 'linger.ms', '200 ms', 'ArrowRight');
    // 300 records/s sticking to one partition for 200 ms ⇒ about 60 records per batch.
    await expect
      .poll(() => readNumber(page, 'metric-records-per-batch'), { timeout: 15_000 })
      .toBeGreaterThan(before * 4);
  });

  test('pause stops simulated time', async ({ page }) => {
    await page.goto('./?scenario=steady-stream&lang=en');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => simTime(page)).toBeGreaterThan(0.2);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await simTime(page);
    await page.waitForTimeout(600);
    expect(await simTime(page)).toBe(paused);
    await page.getByRole('button', { name: 'Step to next event' }).click();
    await expect.poll(() => simTime(page)).toBeGreaterThan(paused);
  });

  test('the language switch shows Korean text', async ({ page }) => {
    await page.goto('./?scenario=steady-stream&lang=en');
    await page.getByRole('button', { name: '한국어' }).click();
    await expect(page.getByRole('button', { name: '재생' })).toBeVisible();
    await expect(page.getByText('Kafka 4.0 기본값')).toBeVisible();
    await expect(page.getByRole('heading', { name: '설정' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    // Sliders keep their Kafka key as their name in every language.
    await expect(page.getByRole('slider', { name: 'linger.ms', exact: true })).toBeVisible();
  });

  test('a browser that prefers Korean starts in Korean', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('./?scenario=steady-stream');
    await expect(page.getByRole('button', { name: '재생' })).toBeVisible();
    await context.close();
  });

  test('an unknown scenario in the URL falls back with a clear message', async ({ page }) => {
    await page.goto('./?scenario=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=en');
    await expect(page.getByRole('alert')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'KafkaScope' })).toBeVisible();
  });

  test('axe finds no serious or critical accessibility violations', async ({ page }) => {
    await page.goto('./?scenario=steady-stream&lang=en');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => simTime(page)).toBeGreaterThan(0.3);
    // Paused, so axe inspects a still page (a page re-rendering every frame makes it slow).
    await page.getByRole('button', { name: 'Pause' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  for (const [w, h] of [
    [1920, 1080],
    [1280, 800],
  ] as const) {
    test(`screenshot at ${w}×${h}`, async ({ page }, info) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('./?scenario=steady-stream&lang=en');
      await setSpeed(page, 1);
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => simTime(page)).toBeGreaterThan(2);
      const path = `test-results/kafkascope-${w}x${h}.png`;
      await page.screenshot({ path });
      await info.attach('screenshot', { path, contentType: 'image/png' });
      await expect(page.locator('.log__batch').first()).toBeVisible();
    });
  }
});

test('a reload keeps the learner’s changes: the address bar follows the settings', async ({ page }) => {
  await page.goto('./?scenario=steady-stream&lang=en');
  await setSlider(page, 'linger.ms', '200 ms', 'ArrowRight');
  await page.getByRole('button', { name: '한국어' }).click();
  // Korean downloads on first use: the page switches when it has arrived.
  await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 }).toMatch(/^#s=/);
  // The hash is written once things settle; wait until it holds the Korean language too.
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByRole('slider', { name: 'linger.ms', exact: true })).toHaveAttribute(
    'aria-valuetext',
    '200 ms',
  );
  await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
});

test('at phone width (390 px) the page does not scroll sideways, in English and in Korean', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ['en', 'ko']) {
    await page.goto(`./?scenario=steady-stream&lang=${lang}`);
    await expect(page.getByTestId('scrubber')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});
