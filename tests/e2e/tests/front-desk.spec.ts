// Front-desk mode on a shared device: a front-desk employee signs in on the staff pages, helps a
// walk-in through the application, and after sending, then "New client", nothing of the walk-in
// is left in storage or the form's memory, while the application is on the server, marked as
// made on the walk-in's behalf.
import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { fillApplication, heading, label } from './journey';

const DESK = process.env.HUSLY_DESK_USER ?? '';
const PASSWORD = process.env.HUSLY_STAFF_PASSWORD ?? '';
// Missing accounts are an error, never a skipped test.
if (!DESK || !PASSWORD) {
  throw new Error('HUSLY_DESK_USER is not set: run the end-to-end tests with `cargo xtask test`, which makes the front-desk account');
}

const traces = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ({
    local: Object.keys(window.localStorage).filter((k) => k.startsWith('husly-') && k !== 'husly-lang'),
    session: window.sessionStorage.length,
  }));

test('a walk-in helped at the front desk leaves no trace on the device', async ({ page }) => {
  await page.goto('/staff');
  await page.getByLabel(message('nb', 'staff-username')).fill(DESK);
  await page.getByLabel(message('nb', 'staff-password')).fill(PASSWORD);
  await page.getByTestId('login').click();
  await expect(page.getByTestId('signed-in')).toHaveText(DESK);

  await page.goto('/apply');
  await expect(page.getByTestId('front-desk')).toContainText(DESK);
  await expect(page.getByTestId('start-over')).toHaveText(message('nb', 'front-desk-new-client'));
  await page.getByTestId('apply-start').click();
  await expect(label(page, 'apply-name')).toHaveAttribute('autocomplete', 'off');

  await fillApplication(page);
  await expect(page.getByTestId('on-behalf')).toHaveText(message('nb', 'front-desk-on-behalf'));
  await label(page, 'apply-consent').check();
  await page.getByTestId('submit').click();
  await expect(heading(page)).toHaveText(message('nb', 'apply-receipt-heading'));
  const reference = (await page.getByTestId('reference').textContent())!.trim();

  // Sent: the receipt is on the screen to print, but nothing of the walk-in is stored.
  expect(await traces(page)).toEqual({ local: [], session: 0 });

  await page.getByTestId('start-over').click();
  await expect(page).toHaveURL(/\/$/);
  expect(await traces(page)).toEqual({ local: [], session: 0 });
  await page.goto('/apply/receipt');
  await expect(heading(page)).toHaveText(message('nb', 'apply-receipt-missing'));
  await page.goto('/apply/person');
  await expect(label(page, 'apply-name')).toHaveValue('');
  // Still in front-desk mode for the next person.
  await expect(page.getByTestId('front-desk')).toBeVisible();

  // The next walk-in reads Tigrinya: the desk chooses it and turns the interpreter view on,
  // finding the switch by its Norwegian label; "New client" turns both off again.
  await page.goto('/');
  await page.locator('#language-picker').selectOption('ti');
  await expect(heading(page)).toHaveText(message('ti', 'home-heading'));
  await page.locator('label[for="interpreter-view"] [lang="nb"]', { hasText: message('nb', 'interpreter-view') }).click();
  await expect(page.locator('h1 .twin > [lang="nb"]')).toHaveText(message('nb', 'home-heading'));
  await expect(page.getByTestId('front-desk').locator('.twin > [lang="nb"]')).toContainText(DESK);
  await page.getByTestId('start-over').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(heading(page)).toHaveText(message('nb', 'home-heading'));
  await expect(page.locator('.twin')).toHaveCount(0);
  expect(await traces(page)).toEqual({ local: [], session: 0 });

  // On the server: made on the walk-in's behalf, and in this front desk's own list.
  const mine = await (await page.request.get('/api/staff/applications')).json();
  const line = mine.lines.find((l: { reference: string }) => l.reference === reference);
  expect(line.on_behalf).toBe(true);

  // Signing out of the staff pages ends front-desk mode on the device.
  await page.goto('/staff');
  await page.getByTestId('logout').click();
  await expect(page.getByLabel(message('nb', 'staff-username'))).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('front-desk')).toHaveCount(0);
  await expect(page.getByTestId('start-over')).toHaveText(message('nb', 'start-over'));
});
