// The municipality profiles on the pages, against the real server and the repository's
// municipalities/: the receipt says who will contact the resident about which help, with the
// housing office's contact (its phone a tel: link); a caseworker reads the profile their
// municipality goes by, with every value's status and source and the history of editions.
import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { fillApplication, heading, label } from './journey';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;
const USER = process.env.HUSLY_STAFF_USER ?? '';
const PASSWORD = process.env.HUSLY_STAFF_PASSWORD ?? '';
if (!USER || !PASSWORD) {
  throw new Error('HUSLY_STAFF_USER is not set: run the end-to-end tests with `cargo xtask test`, which makes the caseworker');
}

test('the receipt says who will contact the resident about what, with a phone link', async ({ page }) => {
  const errors = watchConsole(page);
  await fillApplication(page);
  await label(page, 'apply-consent').check();
  const created = page.waitForResponse((r) => r.url().endsWith('/api/applications'));
  await page.getByTestId('submit').click();
  expect((await created).status()).toBe(201);
  await expect(heading(page)).toHaveText(message('nb', 'apply-receipt-heading'));

  const handledBy = page.getByTestId('handled-by');
  await expect(handledBy.getByRole('heading', { level: 2 })).toHaveText(message('nb', 'apply-handled-by-heading'));
  // The needs check found a municipal rental home fitting: the housing office handles it.
  const office = handledBy.locator('[data-recipient="housing_office"]');
  await expect(office).toContainText(message('nb', 'help-municipal-rental-home'));
  // Fluent isolates the municipality's name (U+2068 … U+2069).
  const who = (await office.getByRole('heading', { level: 3 }).textContent())!.replace(/[\u2068\u2069]/g, '');
  expect(who).toBe(message('nb', 'handler-housing-office').replace('{ $municipality }', 'Oslo'));
  const phone = office.getByTestId('contact-phone');
  await expect(phone).toHaveAttribute('href', /^tel:\+?[0-9]{8,15}$/);
  // The number runs left to right, isolated, whatever the page's direction.
  await expect(office.locator('bdi[dir="ltr"]:has([data-testid="contact-phone"])')).toHaveCount(1);
  await expectNoViolations(page, 'receipt with who handles what');
  await page.screenshot({ path: `${ARTIFACTS}/receipt-handled-by-nb-390.png`, fullPage: true });

  // Read again later, the receipt still says it.
  await page.reload();
  await expect(page.getByTestId('handled-by').getByTestId('contact-phone')).toHaveAttribute('href', /^tel:/);
  expect(errors).toEqual([]);
});

test('a caseworker reads the profile their municipality goes by, and its history', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/staff');
  await page.getByLabel(message('nb', 'staff-username')).fill(USER);
  await page.getByLabel(message('nb', 'staff-password')).fill(PASSWORD);
  await page.getByTestId('login').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-inbox-heading'));

  await page.getByRole('link', { name: message('nb', 'staff-nav-profile') }).click();
  await expect(page).toHaveURL(/\/staff\/profile$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-profile-heading'));
  // The e2e caseworker works for Oslo, which has no profile of its own: the page says so.
  await expect(page.getByTestId('profile-whose')).toHaveText(
    message('nb', 'staff-profile-national').replace('{ $municipality }', 'Oslo').replace('{ $number }', '0301'),
  );
  const values = page.getByTestId('profile-in-force');
  await expect(values.getByRole('rowheader', { name: message('nb', 'staff-profile-residence-permit') })).toBeVisible();
  // Every value says how sure it is, in words.
  const statuses = ['staff-profile-verified', 'staff-profile-from-seed', 'staff-profile-assumed'].map((id) => message('nb', id));
  const cells = await values.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(cells.length).toBeGreaterThan(10);
  for (const cell of cells) expect(statuses).toContain(cell);
  await expect(page.getByTestId('profile-history')).toContainText(message('nb', 'staff-profile-state-in-force'));
  await expectNoViolations(page, 'staff profile');
  await page.screenshot({ path: `${ARTIFACTS}/staff-profile.png`, fullPage: true });
  // The sign-in page's first question (who is signed in?) answers 401, as it should.
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
});
