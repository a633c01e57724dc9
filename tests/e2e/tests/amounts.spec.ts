// Amounts are read right or refused: what a reader of the page's language types is read as they
// mean it, and what could be read two ways is refused beside the field, with what was typed kept.
// The rule is in src/format/amount.rs; its table of cases in src/format/amount_tests.rs.
import { expect, test, type Page } from '@playwright/test';
import { message } from './fluent';
import { contact, economy, heading, helpAndWords, label, needsCheck, next } from './journey';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

/** The estimates page in `lang` with everything but the rent filled in: a single person in Oslo. */
async function estimates(page: Page, lang: string) {
  await page.goto(`/estimates?lang=${lang}`);
  await expect(heading(page)).toHaveText(message(lang, 'estimates-heading'));
  await page.getByLabel(message(lang, 'field-municipality')).fill('0301');
  await page.getByLabel(message(lang, 'field-income'), { exact: true }).fill('250000');
}

const field = (page: Page, lang: string, id: string) => page.getByLabel(message(lang, id), { exact: true });

test('in English, "11 500", "11500 kr" and "11,500" are all 11,500 kr of rent', async ({ page }) => {
  const errors = watchConsole(page);
  await estimates(page, 'en');
  const rent = field(page, 'en', 'field-housing-cost');
  const bostotte = page.getByTestId('bostotte-result');
  for (const typed of ['11 500', '11500 kr', '11,500']) {
    await rent.fill(typed);
    await rent.blur();
    await expect(rent).not.toHaveAttribute('aria-invalid');
    await expect(page.locator('#housing-cost-error')).toHaveCount(0);
    // The bostøtte explanation: "Housing costs are 11,500 kr a month."
    await expect(bostotte).toContainText(/11,500\s*kr/);
    await expect(rent).toHaveValue(typed);
  }
  expect(errors).toEqual([]);
});

test('in Norwegian, "11,500" and "12.500" are refused as ambiguous beside the field, and "1e6" as not a number', async ({ page }) => {
  await estimates(page, 'nb');
  const rent = field(page, 'nb', 'field-housing-cost');
  const error = page.locator('#housing-cost-error');
  for (const [typed, id] of [
    ['11,500', 'amount-error-ambiguous'],
    ['12.500', 'amount-error-ambiguous'],
    ['1e6', 'field-error-not-a-number'],
    ['12 500,505', 'amount-error-decimals'],
    ['-500', 'field-error-negative'],
  ]) {
    await rent.fill(typed);
    await expect(error).toHaveText(message('nb', id));
    await expect(rent).toHaveAttribute('aria-invalid', 'true');
    await expect(rent).toHaveAttribute('aria-describedby', /housing-cost-error/);
    // What was typed stays as it was, and no estimate rests on a guess.
    await expect(rent).toHaveValue(typed);
    await expect(page.getByTestId('bostotte-result')).toHaveCount(0);
  }
  // Written as Norwegians write it, it is read.
  await rent.fill('11 500');
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('bostotte-result')).toContainText(/11\s500\s*kr/);
});

test('a half-typed amount is not refused until the field is left', async ({ page }) => {
  await estimates(page, 'en');
  const rent = field(page, 'en', 'field-housing-cost');
  await rent.fill('11,5');
  await expect(page.locator('#housing-cost-error')).toHaveCount(0);
  await rent.blur();
  await expect(page.locator('#housing-cost-error')).toHaveText(message('en', 'amount-error-separators'));
  await expect(rent).toHaveValue('11,5');
});

test('in Arabic, Arabic-Indic digits are read: "١١٥٠٠" is 11,500 kr', async ({ page }) => {
  await estimates(page, 'ar');
  const rent = field(page, 'ar', 'field-housing-cost');
  await rent.fill('١١٥٠٠');
  await rent.blur();
  await expect(rent).not.toHaveAttribute('aria-invalid');
  await expect(page.getByTestId('bostotte-result')).toContainText(/11,500\s*kr/);
  await expect(rent).toHaveValue('١١٥٠٠');
});

test('adults: "0", "1.5" and "40" are refused beside the field', async ({ page }) => {
  await estimates(page, 'nb');
  const adults = field(page, 'nb', 'field-adults');
  const error = page.locator('#adults-error');
  for (const [typed, id] of [
    ['0', 'error-no-adults'],
    ['1.5', 'count-error-whole'],
    ['1,5', 'count-error-whole'],
    ['40', 'error-too-many-persons'],
  ]) {
    await adults.fill(typed);
    await adults.blur();
    await expect(error).toHaveText(message('nb', id));
    await expect(adults).toHaveAttribute('aria-invalid', 'true');
    await expect(adults).toHaveValue(typed);
  }
  await adults.fill('٢');
  await expect(error).toHaveCount(0);
});

for (const [lang, typed] of [
  ['nb', '11,500'],
  ['en', '11.500'],
  ['ar', '11.500'],
]) {
  test(`in ${lang}, an ambiguous rent is refused beside the field, accessibly, at 390 px`, async ({ page }) => {
    await estimates(page, lang);
    const rent = field(page, lang, 'field-housing-cost');
    await rent.fill(typed);
    await rent.blur();
    await expect(page.locator('#housing-cost-error')).toHaveText(message(lang, 'amount-error-ambiguous'));
    await field(page, lang, 'field-adults').fill('0');
    await expect(page.locator('#adults-error')).toHaveText(message(lang, 'error-no-adults'));
    await expectNoViolations(page, `estimates in ${lang} with an ambiguous rent`);
    // Nothing overflows the phone's width, in either direction.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await rent.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/amounts-error-${lang}-390.png` });
  });
}

test('a fødselsnummer with spaces or Arabic digits is read; a wrong one is shown beside the field on leaving it', async ({ page }) => {
  await page.goto('/apply/person');
  const id = label(page, 'apply-national-id');
  await label(page, 'apply-name').fill('Kari Nordmann');
  await id.fill('15038500048');
  await id.blur();
  await expect(page.locator('#national-id-error')).toHaveText(message('nb', 'error-invalid-national-id'));
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  // Beside the field only: the summary (which takes focus) is for "Continue".
  await expect(page.getByTestId('error-summary')).toBeHidden();
  await expect(id).toHaveValue('15038500048');
  // Mended, the message goes as the resident types.
  await id.fill('150385 000 47');
  await expect(page.locator('#national-id-error')).toHaveCount(0);
  await id.fill('١٥٠٣٨٥ ٠٠٠ ٤٧');
  await next(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-contact-heading'));
});

test('a phone number in Arabic digits is read, and shown left to right on the check page', async ({ page }) => {
  await page.goto('/apply/person');
  await label(page, 'apply-name').fill('Kari Nordmann');
  await label(page, 'apply-national-id').fill('150385 00047');
  await next(page);
  await contact(page, '+47 ٩١٢ ٣٤ ٥٦٧');
  await needsCheck(page);
  await economy(page);
  await helpAndWords(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-check-heading'));
  await expect(page.locator('.summary-line [dir="ltr"]', { hasText: '+47 912 34 567' })).toBeVisible();
  await expect(page.locator('.summary-line [dir="ltr"]', { hasText: '15038500047' })).toBeVisible();
});
