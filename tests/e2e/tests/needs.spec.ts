import { expect, test, type Page } from '@playwright/test';
import { message } from './fluent';

const ARTIFACTS = `${__dirname}/../artifacts`;

async function answer(page: Page, question: string, labels: string[]) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', question));
  for (const label of labels) {
    await page.getByLabel(message('nb', label), { exact: true }).check();
  }
  await page.getByTestId('continue').click();
}

test('a complete needs check: someone about to be evicted gets the help that fits, with the law behind it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/needs-check');
  await page.getByTestId('needs-start').click();
  // Fluent isolates each argument with U+2068 … U+2069, so match around them.
  await expect(page.getByText(/Spørsmål\W*1\W*av\W*6/)).toBeVisible();

  await answer(page, 'q-tonight', ['tonight-rents-private']);
  await answer(page, 'q-risks', ['risk-eviction', 'risk-rent-arrears']);
  await answer(page, 'q-home', ['answer-none-of-these']);
  await answer(page, 'q-circumstances', ['answer-none-of-these']);
  await answer(page, 'q-plans', ['answer-none-of-these']);
  await answer(page, 'q-about', []);

  await expect(page).toHaveURL(/\/needs-check\/result$/);
  await expect(page.getByTestId('emergency')).toHaveCount(0);
  await expect(page.getByTestId('needs-outcome')).toHaveText(message('nb', 'needs-outcome-yes'));
  await expect(page.getByText(message('nb', 'reason-at-risk-of-losing-home'))).toBeVisible();
  const help = page.getByTestId('help');
  await expect(help.first()).toContainText(message('nb', 'help-municipal-rental-home'));
  await expect(page.getByRole('heading', { name: message('nb', 'help-economic-advice') })).toBeVisible();
  await expect(page.getByTestId('law')).toContainText(message('nb', 'explain-law-individual-help'));
  await expect(page.getByTestId('law')).not.toContainText(message('nb', 'explain-law-temporary-accommodation'));
  await page.screenshot({ path: `${ARTIFACTS}/needs-result-nb-390.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('no bed tonight: the emergency block with NAV comes first, before anything else', async ({ page }) => {
  await page.goto('/needs-check/tonight');
  await answer(page, 'q-tonight', ['tonight-nowhere']);
  // The emergency help at once (emergency.spec.ts); the rest of the check is optional.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'emergency-heading'));
  await page.getByTestId('emergency-continue').click();
  await answer(page, 'q-risks', ['answer-none-of-these']);
  await answer(page, 'q-home', ['answer-none-of-these']);
  await answer(page, 'q-circumstances', ['circumstance-mental-health']);
  await answer(page, 'q-plans', ['answer-none-of-these']);
  await answer(page, 'q-about', []);

  const emergency = page.getByTestId('emergency');
  await expect(emergency).toContainText(message('nb', 'emergency-heading'));
  await expect(emergency).toContainText('55 55 33 33');
  await expect(emergency.getByRole('link', { name: '55 55 33 33' })).toHaveAttribute('href', 'tel:+4755553333');
  await expect(page.getByTestId('needs-outcome')).toHaveText(message('nb', 'needs-outcome-emergency'));
  const emergencyBox = await emergency.boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(emergencyBox!.y).toBeLessThan(heading!.y);
  await expect(page.getByTestId('help').first()).toContainText(message('nb', 'help-temporary-accommodation'));
});

test('continuing without an answer shows the error summary, and the back link returns', async ({ page }) => {
  await page.goto('/needs-check/tonight');
  await page.getByTestId('continue').click();
  await expect(page.getByRole('alert').getByText(message('nb', 'error-summary-title'))).toBeVisible();
  await expect(page.getByRole('alert')).toBeFocused();
  await page.getByRole('alert').getByRole('link', { name: message('nb', 'needs-error-choose') }).click();
  await answer(page, 'q-tonight', ['tonight-with-friends']);
  await page.getByRole('link', { name: message('nb', 'back') }).click();
  await expect(page.getByLabel(message('nb', 'tonight-with-friends'))).toBeChecked();
});

test('an estimate made first is used by the needs check: bostøtte appears without asking again', async ({ page }) => {
  await page.goto('/estimates');
  await page.getByLabel(message('nb', 'field-municipality')).fill('Oslo (0301)');
  await page.getByLabel(message('nb', 'field-income'), { exact: true }).fill('250 000');
  await page.getByLabel(message('nb', 'field-housing-cost')).fill('12000');
  await expect(page.getByTestId('bostotte-result')).toContainText(/4\s449\s*kr/);

  await page.goto('/needs-check/tonight');
  await answer(page, 'q-tonight', ['tonight-rents-private']);
  await answer(page, 'q-risks', ['risk-rent-arrears']);
  await answer(page, 'q-home', ['answer-none-of-these']);
  await answer(page, 'q-circumstances', ['answer-none-of-these']);
  await answer(page, 'q-plans', ['answer-none-of-these']);
  await answer(page, 'q-about', []);
  await expect(page.getByRole('heading', { name: message('nb', 'help-bostotte') })).toBeVisible();
  await expect(page.getByText(message('nb', 'why-bostotte-estimate-positive'))).toBeVisible();
});
