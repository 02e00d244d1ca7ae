/** Shared e2e fixture: every test fails if the page logs a console error or throws. */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Sets the playback speed slider to a given multiplier (stops: 0.1, 0.25, 0.5, 1, 2, 5, 10). */
export async function setSpeed(page: Page, speed: number) {
  const slider = page.getByRole('slider', { name: /Speed|속도/ });
  await slider.focus();
  for (let i = 0; i < 10 && (await slider.getAttribute('aria-valuetext')) !== `${speed}×`; i++) {
    const now = Number((await slider.getAttribute('aria-valuetext'))!.replace('×', ''));
    await slider.press(now < speed ? 'ArrowRight' : 'ArrowLeft');
  }
  await expect(slider).toHaveAttribute('aria-valuetext', `${speed}×`);
}

/** Moves a config slider with the keyboard until its value reads `text` (as a learner would). */
export async function setSlider(
  page: Page,
  name: string,
  text: string,
  direction: 'ArrowRight' | 'ArrowLeft',
) {
  const slider = page.getByRole('slider', { name, exact: true });
  await slider.focus();
  for (let i = 0; i < 30 && (await slider.getAttribute('aria-valuetext')) !== text; i++)
    await slider.press(direction);
  await expect(slider).toHaveAttribute('aria-valuetext', text);
}

/** Reads a number shown in the page (thousands separators removed). */
export async function readNumber(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).innerText();
  return Number(text.replace(/[^\d.-]/g, ''));
}

export async function simTime(page: Page): Promise<number> {
  const text = await page.getByTestId('sim-time').innerText();
  return Number(text.replace(/[^\d.]/g, ''));
}

/** Presses Restart; when changes were recorded, answers the dialog (discard them, unless `keep`). */
export async function restart(page: Page, keep = false) {
  await page.getByRole('button', { name: 'Restart', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Restart the scenario?' });
  if (
    await dialog.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    )
  ) {
    await dialog
      .getByRole('button', { name: keep ? 'Restart, keep my changes' : 'Restart, discard my changes' })
      .click();
  }
}
