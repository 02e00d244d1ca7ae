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
