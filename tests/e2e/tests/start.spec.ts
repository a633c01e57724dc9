import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

test('the start page loads in Norwegian with three ways in and no console errors', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'home-heading'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveTitle(message('nb', 'home-page-title'));
  for (const id of ['entry-needs-title', 'entry-estimates-title', 'entry-apply-title']) {
    await expect(page.getByRole('link', { name: message('nb', id) })).toBeVisible();
  }
  await page.screenshot({ path: `${ARTIFACTS}/start-nb-390.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('Arabic sets rtl and the Arabic heading, and survives a reload', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await page.getByLabel(message('nb', 'language-picker-label')).selectOption('ar');

  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('ar', 'home-heading'));

  await page.reload();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('ar', 'home-heading'));
  await expect(page.getByLabel(message('ar', 'language-picker-label'))).toHaveValue('ar');

  // Mirrored: the brand sits at the inline start, which is the right-hand side in Arabic.
  const brand = await page.getByRole('link', { name: message('ar', 'app-name') }).boundingBox();
  expect(brand).not.toBeNull();
  expect(brand!.x).toBeGreaterThan(390 / 2);

  await page.screenshot({ path: `${ARTIFACTS}/start-ar-390.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('a ?lang= link chooses the language', async ({ page }) => {
  await page.goto('/?lang=uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('uk', 'home-heading'));
});

test('an entry leads to its own deep-linkable page, and back works', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('link', { name: message('nb', 'entry-estimates-title') }).click();
  await expect(page).toHaveURL(/\/estimates$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'home-heading'));

  await page.goto('/estimates');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  expect(errors).toEqual([]);
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'not-found-title'));
});

test('nothing scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of ['nb', 'ar', 'uk']) {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(lang, 'home-heading'));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow in ${lang}`).toBeLessThanOrEqual(0);
  }
});

test('the server answers /healthz and /api/version', async ({ request }) => {
  const health = await request.get('/healthz');
  expect(health.status()).toBe(200);
  expect(await health.text()).toBe('ok');
  const version = await request.get('/api/version');
  expect(version.status()).toBe(200);
  const body = await version.json();
  expect(body.app_version).toMatch(/^\d+\.\d+\.\d+/);
  expect(body.rules_parameters_valid_from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
