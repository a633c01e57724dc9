// axe-core on every page and state the app has, in Norwegian, English and Arabic (right to left):
// WCAG 2.1 A and AA rules. Any violation fails the test, with what and where.
import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { expectNoViolations } from './page';

for (const lang of ['nb', 'en', 'ar']) {
  test.describe(`in ${lang}`, () => {
    test('the start page and the not-found page', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(lang, 'home-heading'));
      await expectNoViolations(page, 'start');
      await page.goto('/no/such/page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(lang, 'not-found-title'));
      await expectNoViolations(page, 'not found');
    });

    test('the estimates: empty, with an error, and with results opened', async ({ page }) => {
      await page.goto(`/estimates?lang=${lang}`);
      await expectNoViolations(page, 'estimates, empty');
      await page.getByLabel(message(lang, 'field-income'), { exact: true }).fill('tolv');
      await expect(page.getByText(message(lang, 'field-error-not-a-number'))).toBeVisible();
      await expectNoViolations(page, 'estimates, with an error');
      await page.getByLabel(message(lang, 'field-municipality')).fill('0301');
      await page.getByLabel(message(lang, 'field-income'), { exact: true }).fill('250000');
      await page.getByLabel(message(lang, 'field-housing-cost')).fill('12000');
      await page.getByLabel(message(lang, 'field-home-price')).fill('3000000');
      await page.getByTestId('bostotte-result').getByText(message(lang, 'how-we-calculated')).click();
      await expectNoViolations(page, 'estimates, results');
    });

    test('the needs check: start, a question with and without an error, and the result', async ({ page }) => {
      await page.goto(`/needs-check?lang=${lang}`);
      await expectNoViolations(page, 'needs start');
      await page.goto('/needs-check/tonight');
      await expectNoViolations(page, 'question');
      await page.getByTestId('continue').click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'question with the error summary');
      await page.getByLabel(message(lang, 'tonight-nowhere'), { exact: true }).check();
      await page.getByTestId('continue').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(lang, 'emergency-heading'));
      await expectNoViolations(page, 'the emergency help');
      await page.getByTestId('emergency-continue').click();
      for (let i = 0; i < 4; i++) {
        await page.getByLabel(message(lang, 'answer-none-of-these'), { exact: true }).check();
        await page.getByTestId('continue').click();
      }
      await expect(page.getByTestId('emergency')).toBeVisible();
      await expectNoViolations(page, 'result with the emergency block');
    });
    test('the application: every step with and without errors, check answers and the receipt', async ({ page }) => {
      const label = (id: string) => page.getByLabel(message(lang, id), { exact: true });
      const next = () => page.getByTestId('continue').click();
      const heading = page.getByRole('heading', { level: 1 });
      await page.goto(`/apply?lang=${lang}`);
      await expectNoViolations(page, 'apply start');
      await page.getByTestId('apply-start').click();
      await expect(heading).toHaveText(message(lang, 'apply-person-heading'));
      await expectNoViolations(page, 'person');
      await next();
      await expect(page.getByTestId('error-summary')).toBeFocused();
      await expectNoViolations(page, 'person with errors');
      await label('apply-name').fill('Kari Nordmann');
      await label('apply-national-id').fill('15038500047');
      await next();
      await expect(heading).toHaveText(message(lang, 'apply-contact-heading'));
      await expectNoViolations(page, 'contact');
      await label('apply-phone').fill('12');
      await next();
      await expect(page.getByTestId('error-summary')).toBeVisible();
      await expectNoViolations(page, 'contact with an error');
      await label('apply-phone').fill('912 34 567');
      await next();
      await label('tonight-rents-private').check();
      await next();
      for (let i = 0; i < 4; i++) {
        await label('answer-none-of-these').check();
        await next();
      }
      await expect(heading).toHaveText(message(lang, 'apply-economy-heading'));
      await expectNoViolations(page, 'economy');
      await next();
      await expect(page.getByTestId('error-summary')).toBeVisible();
      await expectNoViolations(page, 'economy with errors');
      await label('field-municipality').fill('0301');
      await label('field-income').fill('250000');
      await label('field-housing-cost').fill('12000');
      await next();
      await expect(heading).toHaveText(message(lang, 'apply-help-heading'));
      await expectNoViolations(page, 'help wanted');
      await next();
      await expect(heading).toHaveText(message(lang, 'apply-own-words-heading'));
      await expectNoViolations(page, 'own words');
      await next();
      await expect(heading).toHaveText(message(lang, 'apply-check-heading'));
      await expectNoViolations(page, 'check answers');
      await page.getByTestId('submit').click();
      await expect(page.getByTestId('error-summary')).toBeFocused();
      await expectNoViolations(page, 'check answers without consent');
      await label('apply-consent').check();
      await page.getByTestId('submit').click();
      await expect(page.getByTestId('reference')).toBeVisible();
      await expectNoViolations(page, 'receipt');
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
