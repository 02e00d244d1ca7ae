/**
 * Config-key docs come from the i18n catalogues (i18n/configDocsEn.ts / configDocsKo.ts): a slider named by
 * its Kafka key is described in the UI language, and switching language switches the description.
 */
import { expect, test } from './fixtures';

test('the linger.ms slider is described in English, then in Korean after the language switch', async ({
  page,
}) => {
  await page.goto('./?scenario=steady-stream&lang=en');
  const linger = page.getByRole('slider', { name: 'linger.ms', exact: true });
  await expect(linger).toHaveAccessibleDescription(/may wait for more records before it is sent/);
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(linger).toHaveAccessibleDescription(/레코드를 더 모으려고 기다리는 최대 시간/);
});
