// Renting or owning (issue 19): the page /rent-or-buy, its own download, opened from the
// estimates. It reads the estimates' answers kept on the phone; these tests type them as
// residents do, open the page as a resident does (the estimates' link), and check that each
// figure adds up from what the page itself shows, that what stands in the way follows the
// answers, and that the page works in Arabic, offline and with a keyboard.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

/** Every whole-kroner amount in a text, in order: Western or Arabic-Indic digits. */
async function amounts(el: Locator): Promise<number[]> {
  const text = (await el.innerText()).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  return [...text.matchAll(/(\d[\d\s.,\u00a0\u202f\u066c]*\d|\d)\s*kr/g)].map((m) => Number(m[1].replace(/\D/g, '')));
}

async function household(page: Page, lang: string, answers: { income: string; rent: string; price?: string; source?: string; common?: string }) {
  await page.goto(`/estimates?lang=${lang}`);
  await page.getByLabel(message(lang, 'field-municipality')).fill('0301');
  await page.getByLabel(message(lang, 'field-income'), { exact: true }).fill(answers.income);
  if (answers.source) await page.locator('#income-source').selectOption(answers.source);
  await page.getByLabel(message(lang, 'field-housing-cost')).fill(answers.rent);
  if (answers.price) await page.getByLabel(message(lang, 'field-home-price')).fill(answers.price);
  await page.getByLabel(message(lang, 'field-maintenance')).fill(answers.common ?? '3 000');
  await page.getByLabel(message(lang, 'field-own-funds')).fill('50 000');
}

async function open(page: Page) {
  await page.getByTestId('open-rent-or-buy').click();
  await page.waitForURL(/\/rent-or-buy\/?$/);
  await expect(page.getByTestId('rent-or-buy-outlook')).toBeVisible();
}

test('a tenant who can buy the home they named sees both costs add up, and the way to apply', async ({ page }) => {
  const errors = watchConsole(page);
  await household(page, 'nb', { income: '620 000 kr', rent: '12 500', price: '2 000 000' });
  const bostotte = await amounts(page.getByTestId('bostotte-result').locator('.amount'));
  await open(page);

  // Staying: the rent less the bostøtte the estimates showed.
  const staying = page.getByTestId('rent-or-buy-staying');
  const [stayNet] = await amounts(staying.getByTestId('monthly'));
  const [rent, stayBostotte] = await amounts(staying.locator('.small'));
  expect(rent).toBe(12_500);
  expect(stayBostotte).toBe(bostotte[0] ?? 0);
  expect(stayNet).toBe(rent - stayBostotte);

  // Owning: the payment and the common costs typed, less an owner's bostøtte.
  const owning = page.getByTestId('rent-or-buy-owning');
  const [ownNet] = await amounts(owning.getByTestId('monthly'));
  const [payment, common, ownBostotte] = await amounts(owning.locator('.small'));
  expect(common).toBe(3_000);
  expect(payment).toBeGreaterThan(5_000);
  expect(ownNet).toBe(payment + common - ownBostotte);
  await expect(page.getByTestId('rent-or-buy-common-costs-missing')).toHaveCount(0);
  await expect(page.getByTestId('rent-or-buy-own-funds-missing')).toHaveCount(0);
  const [price] = await amounts(page.getByTestId('rent-or-buy-home'));
  expect(price).toBe(2_000_000);

  const [difference] = await amounts(page.getByTestId('rent-or-buy-difference'));
  expect(difference).toBe(Math.abs(ownNet - stayNet));
  const differenceId = ownNet > stayNet ? 'rent-or-buy-owning-dearer' : 'rent-or-buy-owning-cheaper';
  await expect(page.getByTestId('rent-or-buy-difference')).toContainText(message('nb', differenceId).split('{')[0].trim());

  // Until the income question is answered, nothing is promised.
  await expect(page.getByTestId('rent-or-buy-outlook')).toHaveAttribute('data-outlook', 'carries-a-loan');
  await page.getByLabel(message('nb', 'rent-or-buy-income-yes')).check();
  await expect(page.getByTestId('rent-or-buy-outlook')).toHaveAttribute('data-outlook', 'could-buy');
  await expect(page.getByTestId('rent-or-buy-no-obstacles')).toBeVisible();
  const apply = page.getByTestId('rent-or-buy-next').getByRole('link', { name: message('nb', 'rent-or-buy-next-apply-link') });
  await expect(apply).toHaveAttribute('href', '/apply');
  // Each figure is explained.
  await expect(page.getByTestId('rent-or-buy-how')).toContainText(message('nb', 'rent-or-buy-how-owner-bostotte'));
  await expectNoViolations(page, 'renting or owning, nb, could buy');

  // The answer is kept: a reload keeps it; "No" makes it not now, with what to do.
  await page.reload();
  await expect(page.getByLabel(message('nb', 'rent-or-buy-income-yes'))).toBeChecked();
  await page.getByLabel(message('nb', 'rent-or-buy-income-no')).check();
  await expect(page.getByTestId('rent-or-buy-outlook')).toHaveAttribute('data-outlook', 'not-now');
  await expect(page.getByTestId('rent-or-buy-obstacles')).toContainText(message('nb', 'rent-or-buy-obstacle-unstable').slice(0, 30));
  await expect(page.getByTestId('next-lasting-income')).toBeVisible();
  await expect(page.getByTestId('next-apply')).toHaveCount(0);

  // Back returns to the estimates with every answer as typed.
  await page.goBack();
  await expect(page.getByLabel(message('nb', 'field-home-price'))).toHaveValue('2 000 000');
  expect(errors).toEqual([]);
});

test('beside a wage, introduksjonsstønad is left out of the loan, and said', async ({ page }) => {
  // One adult with a permanent job, the other in the introduction programme (a walk's family).
  await page.goto('/estimates?lang=nb');
  await page.getByLabel(message('nb', 'field-municipality')).fill('0301');
  await page.getByLabel(message('nb', 'field-adults')).fill('2');
  await page.locator('#income').fill('480 000');
  await page.locator('#income-2').fill('220 000');
  await page.locator('#income-source-2').selectOption('benefit');
  await page.getByLabel(message('nb', 'field-housing-cost')).fill('12 500');
  await page.getByLabel(message('nb', 'field-maintenance')).fill('3 000');
  const [withStonad] = await amounts(page.getByTestId('startlan-result').locator('.amount'));
  await open(page);
  await page.getByLabel(message('nb', 'rent-or-buy-income-yes')).check();
  await expect(page.getByTestId('rent-or-buy-obstacles')).toContainText('introduksjonsstønad');
  // The loan compared is less than the estimates' (which counts the stønad), and a loan is
  // still possible on the wage: not "ask again later".
  const [, loan] = await amounts(page.getByTestId('rent-or-buy-home'));
  expect(loan).toBeLessThan(withStonad);
  await expect(page.getByTestId('rent-or-buy-outlook')).toHaveAttribute('data-outlook', 'carries-a-loan');
  await expect(page.getByTestId('next-lasting-income')).toHaveCount(0);
  await expect(page.getByTestId('next-apply')).toBeVisible();
  // Savings not typed where the purchase counts them: said beside the home.
  await expect(page.getByTestId('rent-or-buy-own-funds-missing')).toBeVisible();
});

test('introduksjonsstønad ends with the programme: not now, and why', async ({ page }) => {
  await household(page, 'nb', { income: '250000', rent: '11000', source: 'benefit' });
  await open(page);
  // The stønad is the only income: no loan rests on it.
  await expect(page.getByTestId('rent-or-buy-no-loan')).toBeVisible();
  await page.getByLabel(message('nb', 'rent-or-buy-income-yes')).check();
  await expect(page.getByTestId('rent-or-buy-outlook')).toHaveAttribute('data-outlook', 'not-now');
  await expect(page.getByTestId('rent-or-buy-obstacles')).toContainText('introduksjonsstønad');
  await expect(page.getByTestId('next-lasting-income')).toBeVisible();
});

test('a price beyond reach says how far, and what the loan reaches', async ({ page }) => {
  await household(page, 'nb', { income: '450000', rent: '11000', price: '9 000 000', common: '' });
  await open(page);
  // Common costs left out make owning look cheaper: the page says so.
  await expect(page.getByTestId('rent-or-buy-common-costs-missing')).toBeVisible();
  await expect(page.getByTestId('rent-or-buy-obstacles')).toBeVisible();
  const [reach, short] = await amounts(page.getByTestId('next-cheaper'));
  expect(reach).toBeLessThan(9_000_000);
  expect(short).toBeGreaterThan(0);
  await expect(page.getByTestId('rent-or-buy-outlook')).toHaveAttribute('data-outlook', 'not-now');
});

test('without the estimates answered, the page says where to answer them', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/rent-or-buy');
  await expect(page.getByTestId('rent-or-buy-no-answers')).toBeVisible();
  await expect(page.getByRole('link', { name: message('nb', 'rent-or-buy-to-estimates') })).toHaveAttribute('href', '/estimates');
  await expectNoViolations(page, 'renting or owning without answers');
  // The bar's links lead back into the resident app.
  await page.getByRole('link', { name: 'Husly' }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('entry-estimates')).toBeVisible();
  expect(errors).toEqual([]);
});

test('in Arabic, typed with Arabic digits: mirrored, amounts isolated, every text translated', async ({ page }) => {
  const errors = watchConsole(page);
  await household(page, 'ar', { income: '٦٢٠٠٠٠', rent: '١٢٥٠٠', price: '٢٠٠٠٠٠٠' });
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText(message('ar', 'rent-or-buy-heading'));
  const [rent] = await amounts(page.getByTestId('rent-or-buy-staying').locator('.small'));
  expect(rent).toBe(12_500);
  // Each amount is isolated left to right inside the Arabic sentence.
  const detail = await page.getByTestId('rent-or-buy-staying').locator('.small').innerText();
  expect(detail).toContain('\u2066');
  await expectNoViolations(page, 'renting or owning, ar');
  expect(errors).toEqual([]);
});

test('offline, once opened, the page still opens and compares', async ({ page, context }) => {
  await household(page, 'nb', { income: '620000', rent: '12500' });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await open(page);
  // The worker keeps the page's app as it passes.
  await page.reload();
  await expect(page.getByTestId('rent-or-buy-owning')).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('rent-or-buy-owning')).toBeVisible();
  await expect(page.getByTestId('rent-or-buy-home')).toContainText(message('nb', 'rent-or-buy-home-reached').split(':')[0]);
  await context.setOffline(false);
});

test.describe('without the municipalities\' terms', () => {
  // A service worker would answer the profiles' request before a route could.
  test.use({ serviceWorkers: 'block' });

  test('the page says the national terms are used because the municipality\'s could not be read', async ({ page }) => {
    await page.route('**/api/municipality-profiles', (r) => r.fulfill({ status: 503, body: '' }));
    await household(page, 'nb', { income: '620000', rent: '12500' });
    await open(page);
    await expect(page.getByTestId('rent-or-buy-terms')).toHaveText(message('nb', 'estimates-terms-unavailable'));
  });
});
