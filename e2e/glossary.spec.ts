/**
 * The glossary in the built site: a keyboard user tabs to a Kafka term and reads its definition in a
 * tooltip; the header's Glossary dialog lists every term and filters them.
 */
import AxeBuilder from '@axe-core/playwright';
import { GLOSSARY } from '../src/i18n/glossary';
import { expect, test } from './fixtures';

test('Tab to an ISR term in the replication view: the tooltip shows its definition, Escape hides it', async ({
  page,
}) => {
  await page.goto('./?scenario=acks-all-survives&lang=en');
  const section = page.locator('section.replication');
  // Start the Tab order at the replication view's heading, as a reader who clicked there would.
  await section.getByRole('heading', { name: /Brokers and replicas/ }).click();
  let found = false;
  for (let i = 0; i < 30 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('data-term') === 'isr' &&
        !!document.activeElement.closest('section.replication'),
    );
  }
  expect(found, 'an ISR term is reachable with Tab').toBe(true);
  const term = page.locator(':focus');
  await expect(term).toHaveText('ISR');

  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(GLOSSARY.isr.definition.en);
  await expect(term).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
  // Not clipped: the whole tooltip lies inside the window.
  const box = (await tip.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.width).toBeLessThanOrEqual(321);

  const axe = await new AxeBuilder({ page }).include('section.replication').include('.term-tip').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(term).toBeFocused();

  // Hover works too.
  await section.locator('[data-term="hw"]').first().hover();
  await expect(page.getByRole('tooltip')).toContainText(GLOSSARY.hw.definition.en);
});

test('the Glossary dialog lists the terms; filtering for "lag" shows lag and records-lag', async ({
  page,
}) => {
  await page.goto('./?scenario=acks-all-survives&lang=en');
  await page.getByRole('button', { name: 'Glossary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Glossary of Kafka terms' });
  await expect(dialog).toBeVisible();
  const filter = dialog.getByRole('searchbox', { name: 'Filter terms' });
  await expect(filter).toBeFocused();
  await filter.fill('lag');
  await expect(dialog.getByRole('term').filter({ hasText: /^lag$/ })).toBeVisible();
  await expect(dialog.getByRole('term').filter({ hasText: /^records-lag$/ })).toBeVisible();
  await expect(dialog).toContainText(GLOSSARY.lag.definition.en);
  await expect(dialog).toContainText(GLOSSARY.recordsLag.definition.en);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Glossary' })).toBeFocused();
});

test('in Korean: the button, the dialog and the definitions', async ({ page }) => {
  await page.goto('./?scenario=acks-all-survives&lang=ko');
  await page.getByRole('button', { name: '용어집' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kafka 용어집' });
  await dialog.getByRole('searchbox', { name: '용어 찾기' }).fill('lag');
  await expect(dialog).toContainText(GLOSSARY.lag.definition.ko);
  await expect(dialog).toContainText(GLOSSARY.recordsLag.definition.ko);
});
