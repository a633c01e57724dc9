// The estimates with the municipality's own terms (issue 16): Sarpsborg's deleie and leie til eie
// beside renting and a full startlån (on renting or owning, /rent-or-buy, opened from the
// estimates since issue 19), Oslo on the national terms. Every expectation is computed
// here from the terms the server serves (`/api/municipality-profiles`), not by the app's code.
//
// HUSLY_PROFILES_FIXTURE=<path to a ProfileSet JSON> serves that file instead of the server's
// profiles (to walk the page before a server has them); the expectations follow the file.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

// A service worker would answer the profiles' request before a route could.
test.use({ serviceWorkers: 'block' });

type Sourced<T> = { value: T; source: string; status: string };
type Edition = {
  from: string;
  until?: string;
  offers: {
    deleie?: { minimum_share: Sourced<string>; compensation_rate: Sourced<string> };
    leie_til_eie?: {
      first_share: Sourced<string>;
      rest_after_years: Sourced<number>;
      rent_rate: Sourced<string>;
    };
  };
};
type Profile = { municipality: string; name: string; edition: Edition[] };

/** The profiles the page will get, and the route that gives them when a fixture is named. */
async function profiles(page: Page): Promise<Profile[]> {
  const fixture = process.env.HUSLY_PROFILES_FIXTURE;
  if (fixture) {
    const body = readFileSync(fixture, 'utf8');
    await page.route('**/api/municipality-profiles', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    return JSON.parse(body).profiles;
  }
  const answer = await page.request.get('/api/municipality-profiles');
  expect(answer.ok()).toBe(true);
  return (await answer.json()).profiles;
}

/** The edition in force today, as `MunicipalityProfile::at` is documented to choose it. */
function inForce(all: Profile[], number: string): { profile: Profile; edition: Edition } {
  const today = new Date().toISOString().slice(0, 10);
  const profile = all.find((p) => p.municipality === number);
  if (!profile) throw new Error(`no profile ${number}`);
  const edition = [...profile.edition].reverse().find((e) => e.from <= today);
  if (!edition || (edition.until && edition.until < today)) throw new Error(`${number}: none in force`);
  return { profile, edition };
}

/** Whole kroner read from a cell: every digit, Western or Arabic-Indic, in order. */
async function kroner(cell: Locator): Promise<number> {
  const text = (await cell.innerText()).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const amount = text.match(/\d[\d\s.,\u00a0\u202f]*\d\s*kr|\d\s*kr/);
  if (!amount) throw new Error(`no amount in "${text}"`);
  return Number(amount[0].replace(/\D/g, ''));
}

const row = (page: Page, key: string) => page.getByTestId(`ownership-${key}`);

/** Opens renting or owning, where the comparison of owning a share is, from the estimates. */
async function comparison(page: Page) {
  await page.getByTestId('open-rent-or-buy').click();
  await page.waitForURL(/\/rent-or-buy\/?$/);
  await expect(page.getByTestId('rent-or-buy-outlook')).toBeVisible();
}

async function household(page: Page, lang: string, municipality: string, price: string) {
  await page.goto(`/estimates?lang=${lang}`);
  await page.getByLabel(message(lang, 'field-municipality')).fill(municipality);
  await page.getByLabel(message(lang, 'field-income'), { exact: true }).fill('650000');
  await page.getByLabel(message(lang, 'field-housing-cost')).fill('11000');
  await page.getByLabel(message(lang, 'field-home-price')).fill(price);
}

test('in Sarpsborg, deleie and leie til eie stand beside renting and a full startlån, and add up', async ({ page }) => {
  const errors = watchConsole(page);
  const { profile, edition } = inForce(await profiles(page), '3105');
  const deleie = edition.offers.deleie;
  expect(deleie, 'Sarpsborg offers kommunal deleie (seed 000)').toBeDefined();
  const price = 2_500_000;
  await household(page, 'nb', 'Sarpsborg', '2 500 000');

  await expect(page.getByTestId('terms-used')).toContainText(profile.name);
  await comparison(page);
  await expect(page.getByTestId('ownership')).toBeVisible();
  await expect(row(page, 'renting').getByTestId('monthly')).toContainText(/11\s000\s*kr/);
  const full = { monthly: await kroner(row(page, 'full-startlan').getByTestId('monthly')), loan: await kroner(row(page, 'full-startlan').getByTestId('loan')) };
  expect(full.loan).toBeGreaterThanOrEqual(price);
  // An annuity's payment is proportional to the loan: the full loan's payment per krone.
  const perKrone = full.monthly / full.loan;

  // Deleie at the smallest share: the share bought with the loan, and compensation on the rest.
  const minimum = Number(deleie!.minimum_share.value);
  const compensation = Math.round((price * (1 - minimum) * Number(deleie!.compensation_rate.value)) / 12);
  const d = row(page, 'deleie');
  await expect(d.getByTestId('owned')).toContainText(`${Math.round(minimum * 100)}`);
  const dLoan = await kroner(d.getByTestId('loan'));
  const dMonthly = await kroner(d.getByTestId('monthly'));
  expect(dLoan).toBeGreaterThanOrEqual(price * minimum);
  expect(dLoan).toBeLessThan(full.loan);
  expect(Math.abs(dMonthly - (dLoan * perKrone + compensation))).toBeLessThanOrEqual(2);
  // Paying the compensation rate on half costs less than paying interest and repayment on it.
  if (Number(deleie!.compensation_rate.value) / 12 < perKrone) expect(dMonthly).toBeLessThan(full.monthly);

  // A larger share: more loan, less compensation.
  await page.getByTestId('deleie-share').selectOption('0.7');
  await expect(d.getByTestId('owned')).toContainText('70');
  const compensation70 = Math.round((price * 0.3 * Number(deleie!.compensation_rate.value)) / 12);
  await expect(async () => {
    const loan70 = await kroner(d.getByTestId('loan'));
    expect(loan70).toBeGreaterThan(dLoan);
    expect(Math.abs((await kroner(d.getByTestId('monthly'))) - (loan70 * perKrone + compensation70))).toBeLessThanOrEqual(2);
  }).toPass();

  const lte = edition.offers.leie_til_eie;
  if (lte) {
    const first = Number(lte.first_share.value);
    const rent = Math.round((price * (1 - first) * Number(lte.rent_rate.value)) / 12);
    const l = row(page, 'leie-til-eie');
    const lLoan = await kroner(l.getByTestId('loan'));
    expect(lLoan).toBeGreaterThanOrEqual(price * first);
    expect(Math.abs((await kroner(l.getByTestId('monthly'))) - (lLoan * perKrone + rent))).toBeLessThanOrEqual(2);
    await expect(l.getByTestId('owned')).toContainText(`${lte.rest_after_years.value}`);
  } else {
    await expect(row(page, 'leie-til-eie')).toHaveCount(0);
  }

  // How each was calculated, with the municipality's figures.
  const how = page.getByTestId('ownership-how-deleie');
  await how.getByText(message('nb', 'how-we-calculated')).click();
  await expect(how).toContainText(message('nb', 'figure-profile-offers-deleie-minimum_share'));
  await page.screenshot({ path: `${ARTIFACTS}/estimates-sarpsborg-nb-390.png`, fullPage: true });
  await expectNoViolations(page, 'Sarpsborg, deleie explained');
  expect(errors).toEqual([]);
});

test('without a price, the comparison says what to type', async ({ page }) => {
  await profiles(page);
  await household(page, 'nb', '3105', '');
  await comparison(page);
  await expect(page.getByTestId('ownership-price-missing')).toHaveText(message('nb', 'ownership-price-missing'));
  await expect(page.getByTestId('ownership-table')).toHaveCount(0);
});

test('Oslo has no profile of its own: no deleie, and the page says the national terms are used', async ({ page }) => {
  await profiles(page);
  await household(page, 'nb', '0301', '2 500 000');
  await expect(page.getByTestId('startlan-result')).toBeVisible();
  const [before, after] = message('nb', 'estimates-terms-national').split('{ $municipality }');
  const terms = page.getByTestId('terms-used');
  for (const part of [before, 'Oslo', after]) await expect(terms).toContainText(part.trim());
  await comparison(page);
  await expect(page.getByTestId('ownership')).toHaveCount(0);
});

for (const [lang, typed] of [
  ['nb', '2.500.000 kr'],
  ['en', '2,500,000'],
  ['ar', '٢٥٠٠٠٠٠'],
]) {
  test(`in ${lang}, a price typed as "${typed}" is 2 500 000 kr, and 320 px does not scroll sideways`, async ({ page }) => {
    await profiles(page);
    await household(page, lang, '3105', typed);
    await comparison(page);
    await expect(page.getByTestId('ownership-table')).toBeVisible();
    await expect(row(page, 'full-startlan').getByTestId('owned')).toContainText(/2[\s,.\u00a0]500[\s,.\u00a0]000/);
    await page.screenshot({ path: `${ARTIFACTS}/estimates-sarpsborg-${lang}-390.png`, fullPage: true });
    await expectNoViolations(page, `Sarpsborg in ${lang}`);
    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/estimates-sarpsborg-${lang}-320.png`, fullPage: true });
  });
}
