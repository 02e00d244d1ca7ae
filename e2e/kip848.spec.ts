/**
 * KIP-848 in the browser: switch a group to group.protocol=consumer, add a consumer with the mouse, and
 * check what a learner sees — only the moved partitions pause, the epochs advance, no JoinGroup on the wire.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, setSpeed, test } from './fixtures';
import type { Page } from '@playwright/test';

// Stepping, playing and three full runs on a loaded 2-core machine: generous limits (simulated time decides).
test.describe.configure({ timeout: 240_000 });

/** Serious or critical axe findings inside `selector`. */
async function axeSerious(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Screenshots for a human to look at (KIP848_SHOTS=/some/dir), none otherwise. */
async function shot(page: Page, selector: string, name: string) {
  const dir = process.env.KIP848_SHOTS;
  if (dir)
    await page
      .locator(selector)
      .first()
      .screenshot({ path: `${dir}/${name}.png` });
}

async function chips(page: Page, clientId: string): Promise<string[]> {
  return page.locator(`tr[data-member="${clientId}"] .chip`).allInnerTexts();
}

test('group.protocol=consumer: a join moves only what must move, epochs advance, no JoinGroup', async ({
  page,
}) => {
  await page.goto('./?scenario=steady-stream&lang=en');
  await page.getByText('Group settings (liveness and commits)').click();
  await page.getByRole('combobox', { name: 'group.protocol' }).selectOption('consumer');
  await expect(page.getByText(/restarted with group orders-app on the consumer protocol/)).toBeVisible();
  await expect(page.getByText('consumer protocol (KIP-848)', { exact: true })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'session.timeout.ms' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'partition.assignment.strategy' })).toBeDisabled();

  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('group-epoch')).toHaveText('group epoch 1', { timeout: 15_000 });
  await expect(page.getByTestId('group-state')).toHaveText('Stable', { timeout: 15_000 });
  await expect.poll(() => chips(page, 'consumer-orders-app-1')).toHaveLength(6);

  let wire = '';
  const tracks = page.getByTestId('protocol-track');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Add consumer' }).click();
  // Step event by event (paused) until the newcomer's first ConsumerGroupHeartbeat is on the wire.
  const newcomer = page.locator('tr[data-member="consumer-orders-app-2"]').getByTestId('protocol-track');
  for (let i = 0; i < 80 && !wire.includes('ConsumerGroupHeartbeat e0'); i++) {
    await page.getByRole('button', { name: 'Step to next event' }).click();
    wire += ' ' + ((await newcomer.count()) ? await newcomer.textContent() : '');
  }
  await page.getByRole('button', { name: 'Play' }).click();
  // Watch the first member and the wire while the newcomer is reconciled in.
  let fewest = 6;
  await expect
    .poll(
      async () => {
        wire += (await tracks.allTextContents()).join(' ');
        fewest = Math.min(fewest, (await chips(page, 'consumer-orders-app-1')).length);
        return (await chips(page, 'consumer-orders-app-2')).length;
      },
      { timeout: 30_000, intervals: [50] },
    )
    .toBe(3);
  await expect(page.getByTestId('group-epoch')).toHaveText('group epoch 2');
  await expect(page.getByTestId('target-epoch')).toHaveText('target assignment epoch 2');
  await expect(page.getByTestId('group-state')).toHaveText('Stable', { timeout: 15_000 });
  const epochs = await page.getByTestId('member-epoch').allInnerTexts();
  expect(epochs.map((e) => e.trim())).toEqual(['2', '2']);
  // Only the moved partitions paused: the first member kept three throughout and revoked exactly three.
  // (Read once more: the panel's text refreshes 20 times a second, so the revocation and the newcomer's
  // three can reach the page in one update, between the poll's two reads.)
  fewest = Math.min(fewest, (await chips(page, 'consumer-orders-app-1')).length);
  expect(fewest).toBe(3);
  await expect(page.getByTestId('reconciliation-log')).toContainText(/told to revoke P\d, P\d, P\d \(/);
  expect(wire).toContain('ConsumerGroupHeartbeat e0');
  expect(wire).not.toContain('JoinGroup');
  expect(wire).not.toContain('SyncGroup');

  // The rebalance timeline shows the reconciliation of each moved partition, in the picture and as text.
  await page.getByRole('button', { name: 'Pause' }).click();
  const moves = page.getByTestId('reconciliation-moves');
  await expect(moves.locator('tbody tr')).toHaveCount(3);
  for (const row of await moves.locator('tbody tr').all()) {
    await expect(row.getByRole('cell').first()).toHaveText('C1');
    await expect(row.getByTestId('move-asked')).toHaveText(/^[\d.]+ s$/);
    await expect(row.getByTestId('move-released')).toHaveText(/^[\d.]+ s → epoch 2$/);
    await expect(row.getByTestId('move-received')).toHaveText(/^[\d.]+ s → epoch 2$/);
  }
  const marks = page.getByTestId('reconciliation-marks').first();
  await expect(marks.locator('.recon__asked')).toHaveCount(3);
  await expect(marks.locator('.recon__received')).toHaveCount(3);
  await expect(page.getByText('▽ asked to revoke')).toBeVisible();
  await page.getByText(/^Epochs as they advanced/).click();
  await expect(page.getByTestId('epoch-steps')).toContainText('→ member epoch 2');
  // The member list counts down what applies under this protocol (the broker's heartbeat and fencing).
  await expect(page.getByText(/^heartbeat in [\d.]+ s$/).first()).toBeVisible();
  await expect(page.getByText(/^fenced in [\d.]+ s$/).first()).toBeVisible();
  expect(await axeSerious(page, '[data-testid="reconciliation-timeline"]')).toEqual([]);
  expect(await axeSerious(page, 'table.members')).toEqual([]);
  await shot(page, '[data-testid="group-orders-app"]', 'kip848-group');
  await shot(page, '[data-testid="reconciliation-timeline"]', 'kip848-reconciliation');
});

test('the protocol comparison shows eager, cooperative and KIP-848 as three ownership timelines', async ({
  page,
}) => {
  await page.goto('./?scenario=rebalance-protocols-compared&lang=en');
  await page.getByTestId('protocol-comparison').getByText('Compare rebalance protocols').click();
  await page.getByRole('button', { name: 'Run the three protocols' }).click();
  const charts = page.getByTestId('comparison-timelines').getByRole('img');
  await expect(charts).toHaveCount(3, { timeout: 60_000 });
  await expect(charts.nth(0)).toHaveAccessibleName(/^classic · eager \(range\): who consumes/);
  await expect(charts.nth(1)).toHaveAccessibleName(/^classic · cooperative/);
  await expect(charts.nth(2)).toHaveAccessibleName(/^consumer \(KIP-848, uniform\)/);
  // One truth per fact: each chart's label repeats its row of the table.
  for (const protocol of ['eager', 'cooperative', 'consumer']) {
    const row = page.locator(`tr[data-protocol="${protocol}"]`);
    const count = (await row.getByTestId('compare-paused').innerText()).split(' ')[0];
    const chart = page.locator(`[data-testid="comparison-timeline"][data-protocol="${protocol}"] svg`);
    await expect(chart).toHaveAttribute('aria-label', new RegExp(`; ${count} partition\\(s\\) paused`));
  }
  await expect(page.getByRole('columnheader', { name: 'records read twice' })).toHaveAttribute(
    'title',
    /poll\(\) returned a second time/,
  );
  expect(await axeSerious(page, '[data-testid="protocol-comparison"]')).toEqual([]);
  await shot(page, '[data-testid="protocol-comparison"]', 'kip848-comparison');
});
