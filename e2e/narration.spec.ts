/**
 * "What just happened" in the built site: play a scenario that crashes a broker until the feed says so,
 * click the sentence to travel back to its moment, then step and read what the step did.
 */
import { expect, simTime, test } from './fixtures';

test.describe('narration feed', () => {
  test('a crash sentence appears, seeks to its moment, and a step says what it did', async ({ page }) => {
    await page.goto('./?scenario=acks-1-loses-acked-data&speed=10&lang=en');
    const feed = page.getByRole('region', { name: 'What just happened' });
    await expect(feed).toBeVisible();
    await page.getByRole('button', { name: /^Play$/ }).click();
    const crash = feed.getByRole('button', { name: /^t = 3 s.*Broker 0 crashed/ });
    await expect(crash).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: /^Pause$/ }).click();
    await expect.poll(() => simTime(page)).toBeGreaterThan(3);

    await crash.click();
    await expect(page.getByTestId('sim-time')).toHaveText('t = 3 s');
    await expect(page.getByRole('button', { name: /^Play$/ })).toBeVisible();
    // The scrubber marks the scenario's scripted crash and the key sentence (hidden from screen readers).
    // (at 0 s, 0 s and 3 s; the one at 15 s shows once the run has reached it)
    expect(await page.locator('.scrubber__mark--scripted').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.scrubber__mark--narrated').count()).toBeGreaterThan(0);

    const said = page.getByTestId('step-description');
    await expect(said).toHaveAttribute('aria-live', 'polite');
    await expect(said).toBeEmpty();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => simTime(page)).toBeGreaterThan(3);
    await expect(said).not.toBeEmpty();
    expect((await said.innerText()).length).toBeGreaterThan(5);
  });

  test('the feed re-translates into Korean and can show every sentence', async ({ page }) => {
    await page.goto('./?scenario=acks-1-loses-acked-data&speed=10&lang=ko');
    const feed = page.getByRole('region', { name: '방금 일어난 일' });
    await expect(feed).toBeVisible();
    await expect(feed.getByRole('button', { name: /브로커 1의 팔로워 fetch/ })).toBeVisible();
    await feed.getByRole('checkbox', { name: '주요 이벤트만' }).uncheck();
    await page.getByRole('button', { name: /^재생$/ }).click();
    await expect(feed.getByRole('button', { name: /linger\.ms\(5 ms\)가 지나서/ }).first()).toBeVisible();
  });
});
