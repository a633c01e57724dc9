// The glossary: a Norwegian term that another language keeps in Norwegian (NAV, startlån …) is
// explained in that language, from its glossary.ftl, where it first appears on the page, and
// not again further down; a Norwegian page, and the interpreter view's Norwegian half, explain
// nothing.
import { expect, test, type Page } from '@playwright/test';
import { message } from './fluent';
import { appearances } from './glossary';
import { heading } from './journey';
import { watchConsole } from './page';

const explanation = (page: Page, key: string) => page.locator(`main [data-gloss="${key}"] > .gloss`);

for (const lang of ['ar', 'en', 'uk', 'so']) {
  test(`${lang}: NAV is explained once, where it first appears on the page`, async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(`/needs-check/emergency?lang=${lang}`);
    await expect(heading(page)).toHaveText(message(lang, 'emergency-heading'));

    await expect(explanation(page, 'nav')).toHaveCount(1);
    expect(await explanation(page, 'nav').textContent()).toBe(` (${message(lang, 'glossary-nav')})`);
    // The page says NAV more than once, and only the first appearance has the explanation.
    const found = await appearances(page, ['NAV'], 'nav');
    expect(found.length, `${lang}: NAV appears in running text more than once`).toBeGreaterThan(1);
    expect(found, lang).toEqual([true, ...found.slice(1).map(() => false)]);
    // Not inside a heading: the first NAV on the page is in one, and has none.
    await expect(page.getByRole('heading', { level: 2 }).locator('.gloss')).toHaveCount(0);
    // In the page's language, though inside the Norwegian term, for screen readers.
    await expect(explanation(page, 'nav')).toHaveAttribute('lang', lang);
    await expect(page.locator('main .gloss')).toHaveCount(await page.locator('main [data-gloss] > .gloss').count());
    expect(errors).toEqual([]);
  });
}

test('a Norwegian page explains no Norwegian term', async ({ page }) => {
  for (const lang of ['nb', 'nn']) {
    await page.goto(`/needs-check/emergency?lang=${lang}`);
    await expect(heading(page)).toHaveText(message(lang, 'emergency-heading'));
    await expect(page.locator('main [lang="nb"]').first()).toBeAttached();
    await expect(page.locator('.gloss')).toHaveCount(0);
  }
});

test('the interpreter view explains in the reader’s half only, and the explanation stays put', async ({ page }) => {
  await page.goto('/needs-check/emergency?lang=en');
  await expect(explanation(page, 'nav')).toHaveCount(1);
  const before = await appearances(page, ['NAV'], 'nav');

  await page.getByLabel(message('en', 'interpreter-view')).check();
  await expect(page.locator('main .twin-nb').first()).toBeVisible();
  await expect(page.locator('.twin-nb .gloss')).toHaveCount(0);
  await expect(explanation(page, 'nav')).toHaveCount(1);
  expect(await appearances(page, ['NAV'], 'nav')).toEqual(before);

  await page.getByLabel(message('en', 'interpreter-view')).uncheck();
  await expect(page.locator('main .twin-nb')).toHaveCount(0);
  await expect(explanation(page, 'nav')).toHaveCount(1);
  expect(await appearances(page, ['NAV'], 'nav')).toEqual(before);
});

test('another language, or another page, explains again from the start', async ({ page }) => {
  await page.goto('/needs-check/emergency?lang=en');
  await expect(explanation(page, 'nav')).toHaveText(` (${message('en', 'glossary-nav')})`.trim());
  await page.goto('/needs-check/emergency?lang=uk');
  await expect(explanation(page, 'nav')).toHaveCount(1);
  await expect(explanation(page, 'nav')).toHaveText(` (${message('uk', 'glossary-nav')})`.trim());

  // Away and back by links inside the app (no reload): the page explains again, once, at the
  // first appearance, though the blocks that explained before are gone.
  await page.locator('header a.brand').click();
  await expect(heading(page)).toHaveText(message('uk', 'home-heading'));
  await page.getByTestId('entry-emergency').click();
  await expect(heading(page)).toHaveText(message('uk', 'emergency-heading'));
  await expect(explanation(page, 'nav')).toHaveCount(1);
  const found = await appearances(page, ['NAV'], 'nav');
  expect(found, 'after the route changed').toEqual([true, ...found.slice(1).map(() => false)]);

  await page.goto('/estimates?lang=en');
  await page.getByLabel(message('en', 'field-municipality')).fill('0301');
  await page.getByLabel(message('en', 'field-income'), { exact: true }).fill('250000');
  await page.getByLabel(message('en', 'field-housing-cost')).fill('12000');
  await expect(page.getByTestId('bostotte-result')).toBeVisible();
  for (const key of ['bostotte', 'husbanken']) {
    await expect(explanation(page, key), key).toHaveCount(1);
  }
  const bostotte = await appearances(page, ['bostøtte', 'Bostøtte'], 'bostotte');
  expect(bostotte[0], 'at the first bostøtte').toBe(true);

  // The answer changes as the reader types: the explanation stays where it was.
  await page.getByLabel(message('en', 'field-income'), { exact: true }).fill('260000');
  await expect(explanation(page, 'bostotte')).toHaveCount(1);
  expect(await appearances(page, ['bostøtte', 'Bostøtte'], 'bostotte')).toEqual(bostotte);
});
