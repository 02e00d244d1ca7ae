/** Consumer groups in the browser: adding a consumer under eager and cooperative rebalancing, and --describe. */
import { expect, setSpeed, test } from './fixtures';
import type { Page } from '@playwright/test';

async function generation(page: Page): Promise<number> {
  return Number((await page.getByTestId('group-generation').innerText()).replace(/[^\d]/g, ''));
}

async function chips(page: Page, clientId: string): Promise<string[]> {
  return page.locator(`tr[data-member="${clientId}"] .chip`).allInnerTexts();
}

async function startStable(page: Page) {
  await page.goto('./?scenario=steady-stream&lang=en');
  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('group-state')).toHaveText('Stable', { timeout: 15_000 });
}

test.describe('consumer groups', () => {
  test('eager (default strategy): adding a consumer revokes every partition; Range splits 3 + 3', async ({
    page,
  }) => {
    await startStable(page);
    await expect(page.getByText('EAGER rebalancing')).toBeVisible();
    const before = await generation(page);
    expect(await chips(page, 'consumer-orders-app-1')).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5']);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Add consumer' }).click();
    // Step event by event (paused) until the JoinGroup is on the wire or parked at the coordinator.
    const track = page.locator('tr[data-member="consumer-orders-app-2"]').getByTestId('protocol-track');
    for (let i = 0; i < 60 && !(await track.innerText()).includes('JoinGroup'); i++)
      await page.getByRole('button', { name: 'Step to next event' }).click();
    await expect(track).toContainText('JoinGroup');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => generation(page), { timeout: 20_000 }).toBe(before + 1);
    await expect(page.getByTestId('group-state')).toHaveText('Stable', { timeout: 15_000 });
    await expect.poll(() => chips(page, 'consumer-orders-app-1')).toEqual(['P0', 'P1', 'P2']);
    expect(await chips(page, 'consumer-orders-app-2')).toEqual(['P3', 'P4', 'P5']);
    // Eager: the first member gave up all six partitions although only three moved.
    await expect(page.getByTestId('last-rebalance')).toContainText('revoked C1 P0,P1,P2,P3,P4,P5');
  });

  test('cooperative: adding a consumer revokes only the partitions that move, in two rebalances', async ({
    page,
  }) => {
    await startStable(page);
    await page.getByLabel('partition.assignment.strategy').selectOption('cooperative-sticky');
    await expect(page.getByText('COOPERATIVE rebalancing')).toBeVisible();
    await expect(page.getByTestId('group-state')).toHaveText('Stable', { timeout: 15_000 });
    await expect.poll(() => generation(page), { timeout: 20_000 }).toBeGreaterThan(1);
    await page.waitForTimeout(500);
    const before = await generation(page);
    await page.getByRole('button', { name: 'Add consumer' }).click();
    await expect.poll(() => generation(page), { timeout: 20_000 }).toBe(before + 2);
    await expect.poll(() => chips(page, 'consumer-orders-app-2').then((c) => c.length)).toBe(3);
    const kept = await chips(page, 'consumer-orders-app-1');
    expect(kept).toHaveLength(3);
    // The second rebalance only hands the freed partitions over: nobody revokes anything in it.
    await expect(page.getByTestId('last-rebalance')).toContainText('revoked none');
    await expect(page.getByText('COOPERATIVE rebalancing')).toBeVisible();
  });

  test('the --describe table matches the picture', async ({ page }) => {
    await page.goto('./?scenario=more-consumers-than-partitions&lang=en');
    await setSpeed(page, 5);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByTestId('group-state')).toHaveText('Stable', { timeout: 15_000 });
    await page.waitForTimeout(3000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const table = page.getByTestId('describe-orders-app');
    for (let p = 0; p < 3; p++) {
      const row = table.locator(`tr[data-partition="${p}"] td`);
      const cells = await row.allInnerTexts();
      const [, topic, partition, , , lag, consumerId, host, clientId] = cells;
      expect(topic).toBe('orders');
      expect(partition).toBe(String(p));
      expect(consumerId!.startsWith(`${clientId}-`)).toBe(true);
      expect(host).toMatch(/^\/10\.0\.0\.\d+$/);
      const pictureRow = page.locator(`.pipeline g.row[data-partition="${p}"]`);
      await expect(pictureRow.locator('.cons__owner')).toHaveText(clientId!);
      await expect(pictureRow.locator('.cons__lag-text')).toHaveText(`lag ${lag}`);
      await expect(page.locator(`tr[data-member="${clientId}"] .chip`, { hasText: `P${p}` })).toBeVisible();
    }
    // Five consumers, three partitions: two members own nothing.
    const idle = await page
      .locator('tr[data-member] td[data-testid="member-partitions"]', { hasText: '—' })
      .count();
    expect(idle).toBe(2);
  });

  test('a learner sees each member’s protocol phases, the lag chart, and can switch the commit mode', async ({
    page,
  }) => {
    await startStable(page);
    // The member's phase row: ✓ while in the generation.
    await expect(page.locator('.phases [data-member="consumer-orders-app-1"]').first()).toContainText('✓');
    await expect(page.getByTestId('lag-chart-orders-app')).toContainText('P0 ·');
    await page.getByLabel('after each poll() batch the app calls').selectOption('commitSync');
    await expect(page.getByLabel('after each poll() batch the app calls')).toHaveValue('commitSync');
    // Adding a consumer: the new member's JoinGroup shows in its protocol phase row (J), which keeps the
    // history (the protocol track shows only messages in flight, which a fast run may already have passed).
    await page.getByRole('button', { name: 'Add consumer' }).click();
    await expect(page.locator('.phases [data-member="consumer-orders-app-2"]').first()).toContainText('J');
  });
});
