// axe-core on every page and state the app has, in every one of its twelve languages: WCAG 2.1 A
// and AA rules and axe's best practices (see page.ts). Any violation fails the test, with what
// and where. Four tests a language (start pages, needs check, estimates with renting or owning,
// application), so they run in parallel and each stays short; the interpreter view in two
// right-to-left languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { message } from './fluent';
import { expectNoViolations } from './page';

const LANGUAGES: string[] = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'locales', 'languages.json'), 'utf8'),
).map(([id]: [string]) => id);

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('every language of the app is checked', () => {
  expect(LANGUAGES).toHaveLength(12);
});

for (const lang of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    const label = (page: Page, id: string) => page.getByLabel(message(lang, id), { exact: true });

    test('the start page, not found and the emergency help', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(heading(page)).toHaveText(message(lang, 'home-heading'));
      await expectNoViolations(page, `${lang}: start`);
      await page.goto('/no/such/page');
      await expect(heading(page)).toHaveText(message(lang, 'not-found-title'));
      await expectNoViolations(page, `${lang}: not found`);
      await page.goto('/needs-check/emergency');
      await expect(heading(page)).toHaveText(message(lang, 'emergency-heading'));
      await expectNoViolations(page, `${lang}: the emergency help from the start page`);
    });

    test('the needs check: every question, with an error, the emergency help and the result', async ({ page }) => {
      // Twelve states, each checked: three times the usual time.
      test.slow();
      await page.goto(`/needs-check?lang=${lang}`);
      await expectNoViolations(page, `${lang}: needs start`);
      await page.goto('/needs-check/tonight');
      await expect(heading(page)).toHaveText(message(lang, 'q-tonight'));
      await expectNoViolations(page, `${lang}: question 1`);
      await page.getByTestId('continue').click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, `${lang}: question 1 with the error summary`);
      await label(page, 'tonight-nowhere').check();
      await page.getByTestId('continue').click();
      await expect(heading(page)).toHaveText(message(lang, 'emergency-heading'));
      await expectNoViolations(page, `${lang}: the emergency help in the needs check`);
      await page.getByTestId('emergency-continue').click();
      for (const [i, q] of ['q-risks', 'q-home', 'q-circumstances', 'q-plans'].entries()) {
        await expect(heading(page)).toHaveText(message(lang, q));
        await expectNoViolations(page, `${lang}: question ${i + 2}`);
        if (i === 0) {
          // The checkbox questions' error too.
          await page.getByTestId('continue').click();
          await expect(page.getByRole('alert')).toBeVisible();
          await expectNoViolations(page, `${lang}: question 2 with the error summary`);
        }
        await label(page, 'answer-none-of-these').check();
        await page.getByTestId('continue').click();
      }
      await expect(heading(page)).toHaveText(message(lang, 'q-about'));
      await expectNoViolations(page, `${lang}: question 6`);
      await page.getByTestId('continue').click();
      await expect(page.getByTestId('emergency')).toBeVisible();
      await expectNoViolations(page, `${lang}: result with the emergency block`);
    });

    test('the estimates: empty, with an error, and with results opened', async ({ page }) => {
      await page.goto(`/estimates?lang=${lang}`);
      await expect(heading(page)).toHaveText(message(lang, 'estimates-heading'));
      await expectNoViolations(page, `${lang}: estimates, empty`);
      await label(page, 'field-income').fill('tolv');
      await expect(page.getByText(message(lang, 'field-error-not-a-number'))).toBeVisible();
      await expectNoViolations(page, `${lang}: estimates, with an error`);
      await label(page, 'field-municipality').fill('0301');
      await label(page, 'field-income').fill('250000');
      await label(page, 'field-housing-cost').fill('12000');
      await label(page, 'field-home-price').fill('3000000');
      await page.getByTestId('bostotte-result').getByText(message(lang, 'how-we-calculated')).click();
      await expect(page.getByTestId('bostotte-result').locator('details')).toHaveAttribute('open', '');
      await expectNoViolations(page, `${lang}: estimates, results with how we calculated`);
      // Renting or owning (its own app), from the same answers, with a comparison opened.
      await page.getByTestId('open-rent-or-buy').click();
      await expect(heading(page)).toHaveText(message(lang, 'rent-or-buy-heading'));
      await page.getByLabel(message(lang, 'rent-or-buy-income-yes')).check();
      const how = page.getByTestId('rent-or-buy-how');
      await how.getByText(message(lang, 'how-we-calculated')).first().click();
      await expect(how.locator('details').first()).toHaveAttribute('open', '');
      await expectNoViolations(page, `${lang}: renting or owning, how we calculated open`);
    });

    test('the application: every step with and without errors, check answers and the receipt', async ({ page }) => {
      // One journey of sixteen states, each checked: three times the usual time.
      test.slow();
      const field = (id: string) => label(page, id);
      const next = () => page.getByTestId('continue').click();
      const errors = page.getByTestId('error-summary');
      await page.goto(`/apply?lang=${lang}`);
      await expect(heading(page)).toHaveText(message(lang, 'apply-heading'));
      await expectNoViolations(page, `${lang}: apply start`);
      await page.getByTestId('apply-start').click();
      await expect(heading(page)).toHaveText(message(lang, 'apply-person-heading'));
      await expectNoViolations(page, `${lang}: person`);
      await next();
      await expect(errors).toBeFocused();
      await expectNoViolations(page, `${lang}: person with errors`);
      await field('apply-name').fill('Kari Nordmann');
      await field('apply-national-id').fill('15038500047');
      await next();
      await expect(heading(page)).toHaveText(message(lang, 'apply-contact-heading'));
      await expectNoViolations(page, `${lang}: contact`);
      await field('apply-phone').fill('12');
      await next();
      await expect(errors).toBeVisible();
      await expectNoViolations(page, `${lang}: contact with an error`);
      await field('apply-phone').fill('912 34 567');
      await next();
      // The needs check's questions inside the application.
      await expect(heading(page)).toHaveText(message(lang, 'q-tonight'));
      await expectNoViolations(page, `${lang}: the application's first question`);
      await field('tonight-rents-private').check();
      await next();
      for (let i = 0; i < 4; i++) {
        await field('answer-none-of-these').check();
        await next();
      }
      // The last question, "About you": nothing it asks is required.
      await expect(heading(page)).toHaveText(message(lang, 'q-about'));
      await expectNoViolations(page, `${lang}: the application's last question`);
      await next();
      await expect(heading(page)).toHaveText(message(lang, 'apply-economy-heading'));
      await expectNoViolations(page, `${lang}: economy`);
      await next();
      await expect(errors).toBeVisible();
      await expectNoViolations(page, `${lang}: economy with errors`);
      await field('field-municipality').fill('0301');
      await field('field-income').fill('250000');
      await field('field-housing-cost').fill('12000');
      await next();
      await expect(heading(page)).toHaveText(message(lang, 'apply-help-heading'));
      await expectNoViolations(page, `${lang}: help wanted`);
      await next();
      await expect(heading(page)).toHaveText(message(lang, 'apply-own-words-heading'));
      await expectNoViolations(page, `${lang}: own words`);
      await next();
      await expect(heading(page)).toHaveText(message(lang, 'apply-check-heading'));
      await expectNoViolations(page, `${lang}: check answers`);
      await page.getByTestId('submit').click();
      await expect(errors).toBeFocused();
      await expectNoViolations(page, `${lang}: check answers without consent`);
      await field('apply-consent').check();
      await page.getByTestId('submit').click();
      await expect(page.getByTestId('reference')).toBeVisible();
      await expectNoViolations(page, `${lang}: receipt`);
    });
  });
}

// The interpreter view doubles every text: both halves must pass too, in a right-to-left
// language and in Dari (right to left, fetched when chosen).
for (const lang of ['ar', 'prs']) {
  test(`the interpreter view in ${lang}: a question, the estimates with results, and the header`, async ({ page }) => {
    await page.goto(`/needs-check/tonight?lang=${lang}`);
    await page.getByLabel(message(lang, 'interpreter-view')).check();
    await expect(page.locator('h1 .twin > [lang="nb"]')).toHaveText(message('nb', 'q-tonight'));
    await expectNoViolations(page, 'question, interpreter view');
    await page.getByTestId('continue').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'question with the error summary, interpreter view');
    await page.goto('/estimates');
    // Each label now names the field in both languages, so the fields are found by id.
    await expect(page.locator('#income')).toHaveAccessibleName(
      new RegExp(`${message(lang, 'field-income')}.*${message('nb', 'field-income')}`),
    );
    await page.locator('#municipality').fill('0301');
    await page.locator('#income').fill('250000');
    await page.locator('#housing-cost').fill('12000');
    await page.getByTestId('bostotte-result').locator('summary').first().click();
    await expectNoViolations(page, 'estimates with results, interpreter view');
  });
}
