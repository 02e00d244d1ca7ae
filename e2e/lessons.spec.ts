/**
 * A learner takes lessons in the real app with the keyboard only: predicts, plays, reaches each goal with
 * the lesson's own controls, and moves on with N. Plus deep links, the course map, presenter mode, the
 * embedded lesson, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until `target` has the focus (as a keyboard user would), at most `max` times. */
async function tabTo(page: Page, target: Locator, max = 80) {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not Tab to ${target}`);
}

interface GoalMove {
  control: string;
  value: string;
  key: 'ArrowRight' | 'ArrowLeft';
}

/** Takes a whole lesson: first choice for predictions, `goals[step]` for the goals, N to go on. */
async function completeLesson(page: Page, lang: 'en' | 'ko', goals: Record<number, GoalMove>) {
  const card = page.getByTestId('lesson');
  const steps = await card.locator('.lesson__dot').count();
  const t =
    lang === 'en'
      ? {
          play: /^▶ Play/,
          result: /What happened|Right\.|Not quite\./,
          passed: /Goal reached/,
          recap: 'What you saw',
        }
      : {
          play: /^▶ (재생|답을)/,
          result: /일어난 일|맞았다\.|아쉽다\./,
          passed: /목표 달성/,
          recap: '이번에 본 것',
        };
  for (let i = 0; i < steps; i++) {
    await expect(card.locator('.lesson__dot').nth(i)).toHaveAttribute('aria-current', 'step');
    const radios = card.getByRole('radio');
    if ((await radios.count()) > 0) {
      await tabTo(page, radios.first());
      await page.keyboard.press('Space');
      await expect(radios.first()).toBeChecked();
    }
    const goal = goals[i];
    const play = card.getByRole('button', { name: t.play });
    if (await play.isVisible()) {
      await tabTo(page, play);
      await page.keyboard.press('Enter');
    }
    if (goal) {
      const slider = card.getByRole('slider', { name: goal.control, exact: true });
      await tabTo(page, slider);
      for (let k = 0; k < 30 && (await slider.getAttribute('aria-valuetext')) !== goal.value; k++)
        await page.keyboard.press(goal.key);
      await expect(slider).toHaveAttribute('aria-valuetext', goal.value);
      await expect(card.getByText(t.passed)).toBeVisible({ timeout: 30_000 });
    } else if (
      (await card.locator('.lesson__result, .lesson__reveal').count()) === 0 &&
      !(await card.getByText(/Read, look|읽고, 강조된/).isVisible())
    ) {
      await expect(card.locator('.lesson__result, .lesson__reveal').first()).toBeVisible({ timeout: 30_000 });
      await expect(card.locator('.lesson__result, .lesson__reveal').first()).toContainText(t.result);
    }
    await expect(card.locator('.lesson__dot').nth(i)).toHaveClass(/is-done/);
    if (i < steps - 1) {
      await page.locator('body').press('n');
    }
  }
  await expect(card.getByRole('heading', { name: t.recap })).toBeVisible();
}

test('a learner completes the batching lesson with the keyboard only (English)', async ({ page }) => {
  await page.goto('./?lesson=batching&lang=en&speed=10');
  await expect(page.getByRole('heading', { name: /linger\.ms is time, batch\.size is size/ })).toBeVisible();
  await completeLesson(page, 'en', {
    1: { control: 'linger.ms', value: '200 ms', key: 'ArrowRight' },
    3: { control: 'batch.size', value: '16,384 B', key: 'ArrowRight' },
  });
  await expect(page).toHaveURL(/lesson=batching&step=4/);
  // The course map shows the progress, kept in localStorage across a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Course' }).first().click();
  await expect(page.getByRole('dialog').getByText('4 of 4 steps done')).toBeVisible();
});

test('a learner completes the serializers lesson with the keyboard only (Korean)', async ({ page }) => {
  await page.goto('./?lesson=serializers&lang=ko&speed=10');
  await expect(page.getByRole('heading', { name: 'Kafka는 바이트만 옮긴다' })).toBeVisible();
  await completeLesson(page, 'ko', { 2: { control: '값 크기', value: '1,000 B', key: 'ArrowRight' } });
  await expect(page).toHaveURL(/lesson=serializers&step=4/);
  await expect(page).toHaveURL(/lang=ko/);
});

test('a deep link opens a later step with the earlier ones played; N and P move between steps', async ({
  page,
}) => {
  await page.goto('./?lesson=batching&step=3&lang=en');
  const card = page.getByTestId('lesson');
  await expect(card.getByText('Step 3 of 4')).toBeVisible();
  await expect(card.getByRole('heading', { name: 'A smaller batch.size' })).toBeVisible();
  await page.locator('body').press('PageUp');
  await expect(card.getByText('Step 2 of 4')).toBeVisible();
  await page.locator('body').press('PageDown');
  await expect(card.getByText('Step 3 of 4')).toBeVisible();
  await expect(page).toHaveURL(/step=3/);
});

test('Space plays and pauses even when a button has the focus, and never clicks it', async ({ page }) => {
  await page.goto('./?scenario=acks-all-survives&lang=en');
  const broker = page.getByTestId('broker-0');
  await broker.getByRole('button').first().focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(broker).toHaveClass(/broker--up/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('Restart asks before discarding recorded changes', async ({ page }) => {
  await page.goto('./?scenario=steady-stream&lang=en');
  const slider = page.getByRole('slider', { name: 'linger.ms', exact: true });
  await slider.focus();
  await slider.press('ArrowRight');
  await page.getByRole('button', { name: 'Restart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restart the scenario?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restart, keep my changes' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', '10 ms');
});

test('an embedded lesson shows its narration as the caption at 360 and 960 px', async ({ page }) => {
  for (const width of [360, 960]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?embed&lesson=batching&lang=en&speed=10');
    const caption = page.locator('figcaption');
    await expect(caption.getByRole('heading', { name: 'Records wait in batches' })).toBeVisible();
    await caption.getByRole('radio').first().check();
    await caption.getByRole('button', { name: /^▶ Play/ }).click();
    await expect(caption.getByText('What Kafka does:')).toBeVisible({ timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  }
});

for (const mode of ['lesson', 'presenter']) {
  test(`axe finds no serious violations in ${mode} mode`, async ({ page }) => {
    await page.goto(`./?lesson=batching&lang=ko${mode === 'presenter' ? '&present' : ''}`);
    await expect(page.getByTestId('lesson')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}
