/**
 * Issue 3 presets, as a learner sees them: pick the preset, press play, and check the picture shows the
 * Kafka behaviour the preset is about. Expected values come from Kafka (murmur2 vectors, close semantics).
 */
import type { Page } from '@playwright/test';
// Every test fails if the page logs a console error or throws (the shared fixture).
import { expect, test, restart } from './fixtures';

async function simSeconds(page: Page): Promise<number> {
  const text = await page.getByTestId('sim-time').innerText();
  return Number(text.replace(/[^\d.]/g, ''));
}

async function readNumber(page: Page, testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).innerText()).replace(/[^\d.-]/g, ''));
}

/** Picks a preset in the scenario picker (as a learner would) and presses play at the given speed. */
async function playPreset(page: Page, name: RegExp, speed = 10) {
  await page.goto(`./?lang=en&speed=${speed}`);
  const picker = page.getByLabel('Scenario');
  const options = await picker.locator('option').allInnerTexts();
  const label = options.find((o) => name.test(o));
  expect(label, `a preset matching ${name}`).toBeTruthy();
  await picker.selectOption({ label: label! });
  await page.getByRole('button', { name: 'Play' }).click();
}

/** Waits until the clock passes `seconds`, looking every 50 ms (the default back-off reaches 1 s: 2 simulated s at 2×). */
async function untilSim(page: Page, seconds: number) {
  await expect.poll(() => simSeconds(page), { timeout: 20_000, intervals: [50] }).toBeGreaterThan(seconds);
}

async function skewRecords(page: Page): Promise<number[]> {
  const rows = page.locator('[data-testid^="skew-row-"]');
  const n = await rows.count();
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(Number(await rows.nth(i).getAttribute('data-records')));
  return out;
}

test.describe('producer presets', () => {
  // Some presets need 15–25 s of simulated time at 2× so the polls can catch each phase.
  test.setTimeout(60_000);

  test('hot key skew: partition 2 (murmur2 of user-1) dominates the skew chart', async ({ page }) => {
    await playPreset(page, /^Hot key skew/);
    await untilSim(page, 8);
    // The skew chart may be out of view: such a panel redraws up to about a second after the clock.
    await expect.poll(async () => (await skewRecords(page))[2] ?? 0).toBeGreaterThan(100);
    const records = await skewRecords(page);
    expect(records).toHaveLength(6);
    const others = records.filter((_, i) => i !== 2);
    expect(records[2]!).toBeGreaterThan(3 * Math.max(...others));
    // The explainer shows why: user-1 → 1404122828 % 6 = 2; user-3 → partition 5 (kafka-behaviour.md §2.4).
    await expect(page.getByTestId('explainer-partition')).toHaveText('P2');
    await page.getByTestId('explainer-key').fill('user-3');
    await expect(page.getByTestId('explainer-partition')).toHaveText('P5');
    await expect(page.getByText('1141442267 % 6 = 5')).toBeVisible();
  });

  test('sticky vs round-robin: records per batch fall after the switch to RoundRobinPartitioner', async ({
    page,
  }) => {
    await playPreset(page, /^Sticky vs round-robin/, 2);
    await untilSim(page, 12);
    const sticky = await readNumber(page, 'metric-records-per-batch');
    await untilSim(page, 24);
    const roundRobin = await readNumber(page, 'metric-records-per-batch');
    expect(sticky).toBeGreaterThan(2.5 * roundRobin);
  });

  test('compression codecs: the ratio is 1× without a codec and several × with zstd', async ({ page }) => {
    test.setTimeout(120_000);
    await playPreset(page, /^Compression codecs/, 1);
    await untilSim(page, 1.5);
    // Pause inside the first phase (compression.type=none, until 6 s) so a slow machine cannot skip it.
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByText('compression.type=none').first()).toBeVisible();
    expect(await readNumber(page, 'compression-ratio')).toBeCloseTo(1, 1);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByText('compression.type=zstd').first()).toBeVisible({ timeout: 40_000 });
    await untilSim(page, 20);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await readNumber(page, 'compression-ratio')).toBeGreaterThan(2.5);
    expect(await readNumber(page, 'compression-cpu')).toBeGreaterThan(0);
    await expect(page.getByTestId('last-compression')).toContainText('zstd');
  });

  test('close without flush: close() sends what was buffered, nothing is lost', async ({ page }) => {
    await playPreset(page, /^close\(\) without flush/, 2);
    await untilSim(page, 5);
    await expect(page.getByTestId('producer-state')).toContainText('closed');
    expect(await readNumber(page, 'records-lost')).toBe(0);
    await expect(page.getByTestId('producer-errors')).toHaveText('none');
    const total = await page
      .locator('.log__leo')
      .evaluateAll((els) => els.reduce((n, e) => n + Number((e.textContent ?? '').replace(/\D/g, '')), 0));
    // 20 records/s for 4 s: all 80 sent before close() are in the logs (close() runs after the record due at 4 s).
    expect(total).toBe(80);
  });

  test('close(0) fails the buffered records; kill -9 loses them silently', async ({ page }) => {
    await playPreset(page, /^close\(\) without flush/, 1);
    // Pause between 2 s and 4 s: the preset itself calls close() at 4 s. A busy machine can overshoot,
    // so restart and try again rather than fail on wall-clock timing.
    const pauseBeforeClose = async (button: string) => {
      for (let attempt = 0; attempt < 4; attempt++) {
        await untilSim(page, 2);
        await page.getByRole('button', { name: 'Pause' }).click();
        if (await page.getByRole('button', { name: button }).isEnabled()) return;
        await restart(page);
        await page.getByRole('button', { name: 'Play' }).click();
      }
    };
    await pauseBeforeClose('close(0)');
    await page.getByRole('button', { name: 'close(0)' }).click();
    await expect(page.getByTestId('producer-errors')).toContainText('KafkaException');
    expect(await readNumber(page, 'records-lost')).toBeGreaterThan(10);
    await restart(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await pauseBeforeClose('kill -9');
    await page.getByRole('button', { name: 'kill -9' }).click();
    await expect(page.getByTestId('producer-state')).toContainText('process killed');
    expect(await readNumber(page, 'records-lost')).toBeGreaterThan(10);
    await expect(page.getByTestId('producer-errors')).toHaveText('none');
  });

  test('the record inspector shows a batch’s key bytes in hex', async ({ page }) => {
    await playPreset(page, /^close\(\) without flush/, 1);
    await untilSim(page, 1.5);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByTestId('acc-batch').first().dispatchEvent('click');
    const inspector = page.getByTestId('record-inspector');
    await expect(inspector).toContainText('batch header: 61 B');
    // "account-" in UTF-8 (StringSerializer).
    await expect(inspector).toContainText('61 63 63 6f 75 6e 74 2d');
  });

  test('linger.ms vs batch.size: batches carry more records once linger.ms is 200 ms', async ({ page }) => {
    await playPreset(page, /^linger\.ms is time/, 2);
    // In view the chart figures refresh four times a second (off screen once a second).
    await page.getByTestId('metric-records-per-batch').scrollIntoViewIfNeeded();
    await untilSim(page, 8);
    const before = await readNumber(page, 'metric-records-per-batch');
    expect(await simSeconds(page), 'read before linger.ms changes at 10 s').toBeLessThan(10);
    await untilSim(page, 16);
    await expect
      .poll(() => readNumber(page, 'metric-records-per-batch'), { timeout: 5_000 })
      .toBeGreaterThan(3 * before);
  });
});
