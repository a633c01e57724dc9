// Issue 19: the municipality's overview of need (law § 5) on the staff pages: the figures the
// server made, each chart a table with bars, small counts shown as "<5", the period in the
// address (Back returns to the one before), the same figures as a CSV download, a period that
// cannot be used said beside its field, nothing wider than a phone, and no axe violation.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { applied, heading, signIn } from './case';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

test('a caseworker reads the overview of need, chooses a period, goes back and downloads the figures', async ({ page }) => {
  const errors = watchConsole(page);
  // Five families in temporary accommodation who want a municipal home: enough to be counted.
  for (let i = 0; i < 5; i++) {
    await applied(page.request, 'ar', (a) => {
      a.needs.sleeping_tonight = 'temporary_accommodation';
    });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  // The figures the page was given: other tests send applications to Oslo meanwhile, so a
  // second request could count more.
  const [answer] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/staff/overview'),
    page.getByRole('link', { name: message('nb', 'staff-nav-overview') }).click(),
  ]);
  await expect(heading(page)).toHaveText(message('nb', 'staff-overview-heading'));
  const figures = await answer.json();
  const month = figures.months[figures.months.length - 1];
  await expect(page.getByTestId('overview-lead')).toContainText(`${figures.months[0]} til ${month}`);

  // The month's bar says what the server counted, and the waiting list its families.
  const perMonth = page.getByTestId('staff-overview-applications-per-month');
  const applications = figures.applications[figures.applications.length - 1];
  expect(applications).toBeGreaterThanOrEqual(5);
  await expect(perMonth.getByRole('row', { name: month })).toContainText(String(applications));
  const waiting = page.getByTestId('staff-overview-waiting-list');
  // Five families or more wait (these five), shown, or hidden with a small count beside it
  // (the other tests' applications decide which: a second count is hidden with a lone one).
  const families = figures.waiting_list[0][1];
  if (families !== null) expect(families).toBeGreaterThanOrEqual(5);
  await expect(waiting.getByRole('row', { name: message('nb', 'staff-overview-category-families') })).toContainText(
    families === null ? message('nb', 'staff-overview-not-shown') : String(families),
  );
  await expect(page.getByTestId('staff-overview-temporary')).toContainText(String(figures.temporary.waiting));
  // Each household type's bar says the server's count, and a suppressed one "<5", never 0 and
  // never the number (every row checked: which ones are small depends on the other tests' data).
  const households: Record<string, string> = {
    single: 'single', single_with_children: 'single-children', couple: 'couple',
    couple_with_children: 'couple-children', other_adults: 'other',
  };
  const byHousehold = page.getByTestId('staff-overview-by-household').locator('table.bars');
  expect(figures.by_household.length).toBe(5);
  for (const s of figures.by_household as { key: string; total: number | null }[]) {
    const name = message('nb', `staff-overview-household-${households[s.key]}`);
    const row = byHousehold.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText(s.total === null ? message('nb', 'staff-overview-not-shown') : String(s.total));
  }
  // Nothing wider than the phone: wide tables scroll in their own region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoViolations(page, 'overview');

  // The fields show the months shown.
  const from = page.getByLabel(message('nb', 'staff-overview-from'));
  const until = page.getByLabel(message('nb', 'staff-overview-until'));
  await expect(from).toHaveValue(figures.months[0]);
  await expect(until).toHaveValue(month);
  // A period of three months, typed as people type months; in the address; Back returns.
  const overview = page.url();
  await from.fill('1.2026');
  await until.fill('2026-3');
  await page.getByRole('button', { name: message('nb', 'staff-overview-show') }).click();
  await expect(page).toHaveURL(/from=2026-01&until=2026-03/);
  await expect(page.getByTestId('overview-lead')).toContainText('2026-01 til 2026-03');
  await expect(perMonth.getByRole('row')).toHaveCount(4);
  await expect(from).toHaveValue('2026-01');
  await page.goBack();
  await expect(page).toHaveURL(overview);
  await expect(page.getByTestId('overview-lead')).toContainText(`${figures.months[0]} til ${month}`);

  // A month the page cannot read, and a period the wrong way round: said beside the field, what
  // was typed kept, the figures shown still the ones before (a walkthrough typed "januar 2026"
  // into the browser's month field and got February without a word).
  const show = page.getByRole('button', { name: message('nb', 'staff-overview-show') });
  await from.fill('januar 2026');
  await show.click();
  await expect(page.locator('#from-error')).toHaveText(message('nb', 'staff-overview-month-invalid'));
  await expect(from).toHaveValue('januar 2026');
  await expect(from).toBeFocused();
  await expect(page).toHaveURL(overview);
  await expectNoViolations(page, 'overview, a month it cannot read');
  await from.fill('2026-09');
  await until.fill('03.2026');
  await show.click();
  await expect(page.locator('#until-error')).toHaveText(message('nb', 'staff-overview-month-order'));
  await expect(page.locator('#from-error')).toHaveCount(0);
  await expect(until).toHaveValue('03.2026');
  // The server checks the address too: said beside the field, and no download of an error.
  await page.goto('/staff/overview?from=2026-05&until=2026-01');
  await expect(page.locator('#from-error')).toHaveText(message('nb', 'error-staff-invalid-period'));
  await expect(page.getByTestId('overview-csv')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto('/staff/overview');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('overview-csv').click()]);
  expect(csv.suggestedFilename()).toBe(`husly-oversikt-0301-${figures.months[0]}-${month}.csv`);
  const file = readFileSync((await csv.path())!, 'utf8');
  expect(file.startsWith('\uFEFF')).toBe(true);
  const lines = file.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toBe(['staff-overview-csv-figure', 'staff-overview-csv-group', 'staff-overview-csv-month', 'staff-overview-csv-value'].map((id) => message('nb', id)).join(','));
  // This month's count as the server makes it at the download (other tests may have added to it).
  const counted = lines.find((l) => l.startsWith(`${message('nb', 'staff-overview-applications')},,${month},`));
  expect(Number(counted?.split(',')[3])).toBeGreaterThanOrEqual(applications);
  expect(file).not.toContain('Hawa Ahmed');
  expect(errors.filter((e) => !e.includes('401') && !e.includes('400'))).toEqual([]);
});
