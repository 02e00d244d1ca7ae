import AxeBuilder from '@axe-core/playwright';
/**
 * Replication presets in the built site: open each, play at 10×, crash a broker by clicking it, and
 * check what a learner sees — ISR labels, the lost-after-ack counter, error badges named by exception.
 */
import { expect, test, type Page } from '@playwright/test';

const PRESETS = [
  'acks-all-too-few-replicas',
  'acks-1-loses-acked-data',
  'acks-all-survives',
  'acks-0-fire-and-forget',
  'retries-duplicate-and-reorder',
  'idempotence-exactly-once',
  'unclean-election-loses-data',
];

async function simSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-time').textContent()) ?? '';
  return Number(text.replace(/[^\d.]/g, ''));
}

async function playUntil(page: Page, seconds: number) {
  await page.getByRole('button', { name: /^Play$/ }).click();
  await expect.poll(() => simSeconds(page), { timeout: 25_000 }).toBeGreaterThan(seconds);
  await page.getByRole('button', { name: /^Pause$/ }).click();
}

const counter = (page: Page, name: string) => page.getByTestId(`ledger-${name}`).locator('dd');

test.describe('replication presets', () => {
  for (const id of PRESETS) {
    test(`${id}: plays, and clicking a broker crashes it`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`./?scenario=${id}&speed=10&lang=en`);
      await expect(page.getByRole('heading', { name: /Brokers and replicas/ })).toBeVisible();
      await playUntil(page, 2);
      const running = page.getByRole('button', { name: /^Broker \d is running: crash it$/ }).last();
      const broker = ((await running.getAttribute('aria-label')) ?? '').replace(/\D/g, '');
      await running.click();
      await expect(page.getByTestId(`broker-${broker}`)).toContainText('crashed');
      await expect(page.getByRole('button', { name: `Broker ${broker} is down: restart it` })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('S1: the ISR shrinks to {0} and NotEnoughReplicasException badges appear', async ({ page }) => {
    await page.goto('./?scenario=acks-all-too-few-replicas&speed=10&lang=en');
    await playUntil(page, 12);
    await expect(page.getByTestId('isr-0')).toContainText('ISR {0} · min.insync.replicas 2');
    await expect(page.getByTestId('isr-0')).toContainText('under min ISR');
    await expect(page.getByTestId('replica-1-0')).toContainText('○ out of ISR');
    await expect(page.getByTestId('error-badge').first()).toContainText('NotEnoughReplicasException');
  });

  test('S2: acknowledged records are lost after the leader crashes', async ({ page }) => {
    await page.goto('./?scenario=acks-1-loses-acked-data&speed=10&lang=en');
    await playUntil(page, 13);
    await expect(page.getByTestId('replica-1-0')).toContainText('★ leader');
    expect(Number(await counter(page, 'lostAfterAck').textContent())).toBeGreaterThan(0);
  });

  test('S3: acks=all loses nothing when the leader crashes', async ({ page }) => {
    await page.goto('./?scenario=acks-all-survives&speed=10&lang=en');
    await playUntil(page, 13);
    await expect(counter(page, 'lostAfterAck')).toHaveText('0');
  });

  test('S5: duplicated and reordered counters rise; S6 keeps both at 0', async ({ page }) => {
    await page.goto('./?scenario=retries-duplicate-and-reorder&speed=10&lang=en');
    await playUntil(page, 13);
    expect(Number(await counter(page, 'duplicated').textContent())).toBeGreaterThan(0);
    expect(Number(await counter(page, 'reordered').textContent())).toBeGreaterThan(0);
    await page.goto('./?scenario=idempotence-exactly-once&speed=10&lang=en');
    await playUntil(page, 13);
    await expect(counter(page, 'duplicated')).toHaveText('0');
    await expect(counter(page, 'reordered')).toHaveText('0');
    await expect(page.getByTestId('error-badge').first()).toBeVisible();
  });

  test('fault tools: cutting a follower off with the mouse drops it from the ISR; the wire shows fetches', async ({
    page,
  }) => {
    await page.goto('./?scenario=acks-all-survives&speed=10&lang=en');
    await page.getByRole('button', { name: /Broker 2: cut off from the other brokers/ }).click();
    await expect(
      page.getByRole('button', { name: /Broker 2: cut off from the other brokers/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('broker-2')).toContainText('cut off from the other brokers');
    await playUntil(page, 1);
    // Broker 1 still fetches: the wire names what is in flight.
    await expect(page.getByTestId('wire-summary')).toContainText('In flight:');
    // replica.lag.time.max.ms (30 s), checked every 15 s: broker 2 leaves the ISR by 45 s.
    await playUntil(page, 46);
    await expect(page.getByTestId('replica-2-0')).toContainText('○ out of ISR');
    await expect(page.getByTestId('isr-0')).toContainText('ISR {0, 1}');
  });

  test('the brokers’ version select switches the high-watermark rule', async ({ page }) => {
    await page.goto('./?scenario=acks-all-too-few-replicas&lang=en');
    await expect(page.getByTestId('hw-rule')).toContainText('Kafka 3.7+');
    await page.getByRole('combobox', { name: 'Brokers run' }).selectOption('3.6');
    await expect(page.getByTestId('hw-rule')).toContainText('Before Kafka 3.7');
  });

  for (const [id, lang] of [
    ['acks-1-loses-acked-data', 'en'],
    ['s12-cooperative-join', 'ko'],
  ] as const) {
    test(`axe finds no serious violations on ${id} (${lang})`, async ({ page }) => {
      await page.goto(`./?scenario=${id}&speed=10&lang=${lang}`);
      await page.locator('.playback button').first().click();
      await expect.poll(() => simSeconds(page)).toBeGreaterThan(4);
      await page.locator('.playback button').first().click();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }
});
