/** The simulator's network jitter control in the cluster settings: labelled, keyboard operable, no console errors. */
import { expect, setSlider, simTime, test } from './fixtures';

test('kafkascope.network.jitter.ms is set with the keyboard and the run goes on', async ({ page }) => {
  await page.goto('./?scenario=acks-all-survives&lang=en');
  await page.getByText('More settings from the notes').click();
  const slider = page.getByRole('slider', { name: 'kafkascope.network.jitter.ms', exact: true });
  await expect(slider).toHaveAccessibleDescription(/Not a Kafka setting; models network variation/);
  await expect(slider).toHaveAttribute('aria-valuetext', '0 ms');
  await setSlider(page, 'kafkascope.network.jitter.ms', '50 ms', 'ArrowRight');
  await page.locator('.playback button').first().click();
  await expect.poll(() => simTime(page)).toBeGreaterThan(1);
});
