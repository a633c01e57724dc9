import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

test('a single person in Oslo sees the bostøtte and startlån the rules give, with how they were calculated', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/estimates');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  await expect(page.getByTestId('estimate-incomplete')).toHaveText(message('nb', 'estimate-incomplete'));

  await page.getByLabel(message('nb', 'field-municipality')).fill('Oslo (0301)');
  await page.getByLabel(message('nb', 'field-income'), { exact: true }).fill('250 000');
  await page.getByLabel(message('nb', 'field-housing-cost')).fill('12000');

  // rules/tests/cases/bostotte.json: 4 449 kr a month for this household.
  const bostotte = page.getByTestId('bostotte-result');
  await expect(bostotte).toContainText(/4\s449\s*kr/);
  await expect(page.getByRole('img', { name: message('nb', 'chart-title') })).toBeVisible();

  await bostotte.getByText(message('nb', 'how-we-calculated')).click();
  await expect(bostotte.getByText('Forskrift om bustøtte § 3 (FOR-2012-11-29-1283)').first()).toBeVisible();
  await expect(bostotte).toContainText(/120\s216\s*kr/);

  // A home price brings the monthly payment and, here, no grant need below capacity.
  await page.getByLabel(message('nb', 'field-home-price')).fill('1 500 000');
  await expect(page.getByTestId('startlan-payment')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/estimates-nb-390.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('a typing mistake is shown beside the field and keeps what was typed', async ({ page }) => {
  await page.goto('/estimates');
  const income = page.getByLabel(message('nb', 'field-income'), { exact: true });
  await income.fill('250 000 kroner');
  await expect(page.getByText(message('nb', 'field-error-not-a-number'))).toBeVisible();
  await expect(income).toHaveAttribute('aria-invalid', 'true');
  await expect(income).toHaveValue('250 000 kroner');
});

test('the estimates work in Arabic, right to left', async ({ page }) => {
  await page.goto('/estimates?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel(message('ar', 'field-municipality')).fill('0301');
  await page.getByLabel(message('ar', 'field-income'), { exact: true }).fill('250000');
  await page.getByLabel(message('ar', 'field-housing-cost')).fill('12000');
  await expect(page.getByTestId('bostotte-result')).toContainText(/4,449\s*kr/);
  await page.screenshot({ path: `${ARTIFACTS}/estimates-ar-390.png`, fullPage: true });
});
