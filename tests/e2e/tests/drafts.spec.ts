import { expect, test } from '@playwright/test';
import { message } from './fluent';

test('what was typed in the estimates survives a reload', async ({ page }) => {
  await page.goto('/estimates');
  await page.getByLabel(message('nb', 'field-municipality')).fill('Oslo (0301)');
  await page.getByLabel(message('nb', 'field-income'), { exact: true }).fill('250 000');
  await page.getByLabel(message('nb', 'field-housing-cost')).fill('12000');
  await expect(page.getByTestId('bostotte-result')).toContainText(/4\s449\s*kr/);

  await page.reload();
  await expect(page.getByLabel(message('nb', 'field-income'), { exact: true })).toHaveValue('250 000');
  await expect(page.getByTestId('bostotte-result')).toContainText(/4\s449\s*kr/);
});

test('the needs check resumes where it was after a reload', async ({ page }) => {
  await page.goto('/needs-check/tonight');
  await page.getByLabel(message('nb', 'tonight-with-friends'), { exact: true }).check();
  await page.getByTestId('continue').click();
  await expect(page).toHaveURL(/\/needs-check\/risks$/);
  await page.reload();
  await page.getByRole('link', { name: message('nb', 'back') }).click();
  await expect(page.getByLabel(message('nb', 'tonight-with-friends'), { exact: true })).toBeChecked();
});

test('start over leaves nothing of the last person on the device', async ({ page }) => {
  await page.goto('/estimates');
  await page.getByLabel(message('nb', 'field-income'), { exact: true }).fill('250 000');
  await page.goto('/needs-check/tonight');
  await page.getByLabel(message('nb', 'tonight-nowhere'), { exact: true }).check();
  await page.getByTestId('continue').click();
  const stored = () =>
    page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('husly-')));
  await expect.poll(stored).toContain('husly-needs-draft');

  await page.getByTestId('start-over').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'home-heading'));
  // The page stores nothing again until someone types.
  expect((await stored()).filter((k) => k !== 'husly-lang')).toEqual([]);
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);

  await page.goto('/estimates');
  await expect(page.getByLabel(message('nb', 'field-income'), { exact: true })).toHaveValue('');
  await page.goto('/needs-check/tonight');
  await expect(page.getByLabel(message('nb', 'tonight-nowhere'), { exact: true })).not.toBeChecked();
});
