/**
 * KIP-848 in the browser: switch a group to group.protocol=consumer, add a consumer with the mouse, and
 * check what a learner sees — only the moved partitions pause, the epochs advance, no JoinGroup on the wire.
 */
import { expect, setSpeed, test } from './fixtures';
import type { Page } from '@playwright/test';

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
  expect(fewest).toBe(3);
  await expect(page.getByTestId('reconciliation-log')).toContainText(/told to revoke P\d, P\d, P\d \(/);
  expect(wire).toContain('ConsumerGroupHeartbeat e0');
  expect(wire).not.toContain('JoinGroup');
  expect(wire).not.toContain('SyncGroup');
});
