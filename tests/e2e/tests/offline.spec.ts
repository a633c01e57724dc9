// Offline: after one visit the service worker has the app shell, so with the network gone a
// reload still opens the app, and the estimates and the needs check work (the rules run in the
// browser).
import { expect, test } from '@playwright/test';
import { message } from './fluent';

test('after one visit, the estimates and the needs check work with no network', async ({ page, context }) => {
  await page.goto('/estimates');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Controlled by the worker now: this load puts the shell in its cache.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  await page.getByLabel(message('nb', 'field-municipality')).fill('Oslo (0301)');
  await page.getByLabel(message('nb', 'field-income'), { exact: true }).fill('250 000');
  await page.getByLabel(message('nb', 'field-housing-cost')).fill('12000');
  await expect(page.getByTestId('bostotte-result')).toContainText(/4\s449\s*kr/);

  await page.goto('/needs-check/tonight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'q-tonight'));
  await context.setOffline(false);
});
