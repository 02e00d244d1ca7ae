/**
 * A scenario with two producers (issue 13 item 6): the learner picks a producer with the keyboard and
 * the pipeline, producer panels and settings show that producer's topic, settings and numbers.
 */
import { expect, readNumber, test } from './fixtures';

test('switching the shown producer shows its topic, settings and numbers', async ({ page }) => {
  await page.goto('./?scenario=two-producers&lang=en&speed=10');
  const picker = page.getByRole('combobox', { name: 'Producer shown' });
  await expect(picker).toHaveValue('orders-service');
  const pipeline = page.locator('.pipeline__svg');
  await expect(pipeline).toContainText('orders-service');
  await expect(pipeline).toContainText('orders');
  await expect(page.getByRole('slider', { name: 'linger.ms', exact: true })).toHaveAttribute(
    'aria-valuetext',
    '0 ms',
  );

  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => readNumber(page, 'bytes-before')).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  const ordersBytes = await readNumber(page, 'bytes-before');
  await expect(page.getByRole('heading', { name: /compression\.type=none/ })).toBeVisible();

  // Keyboard only: focus the picker and move to the next producer.
  await picker.focus();
  await picker.press('ArrowDown');
  await expect(picker).toHaveValue('clicks-service');
  await expect(pipeline).toContainText('clicks-service');
  await expect(pipeline).toContainText('clicks');
  await expect(page.getByRole('slider', { name: 'linger.ms', exact: true })).toHaveAttribute(
    'aria-valuetext',
    '20 ms',
  );
  await expect(page.getByRole('heading', { name: /compression\.type=lz4/ })).toBeVisible();
  // clicks-service sends ten times the records of orders-service, so more bytes went into its batches.
  expect(await readNumber(page, 'bytes-before')).toBeGreaterThan(ordersBytes);
});

test('the embed and A/B compare offer the picker; the chosen producer survives a reload', async ({
  page,
}) => {
  await page.goto('./?scenario=two-producers&lang=en&embed&readonly');
  const embedPicker = page.getByRole('combobox', { name: 'Producer shown' });
  await embedPicker.focus();
  await embedPicker.press('ArrowDown');
  await expect(page.locator('.pipeline__svg')).toContainText('clicks-service');

  await page.goto('./?scenario=two-producers&lang=en&compare=linger.ms');
  const picker = page.getByRole('combobox', { name: 'Producer shown' });
  await expect(picker).toHaveCount(1);
  await picker.selectOption('clicks-service');
  // Both halves follow the one picker.
  await expect(page.getByTestId('compare-a').locator('.pipeline__svg')).toContainText('clicks-service');
  await expect(page.getByTestId('compare-b').locator('.pipeline__svg')).toContainText('clicks-service');

  // The main app writes the choice into the address (share link); a reload opens on it.
  await page.goto('./?scenario=two-producers&lang=en');
  const before = await page.evaluate(() => window.location.hash);
  await page.getByRole('combobox', { name: 'Producer shown' }).selectOption('clicks-service');
  await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(before);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Producer shown' })).toHaveValue('clicks-service');
});
