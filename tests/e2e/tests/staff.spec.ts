// The staff pages against the real server: a caseworker (made by `cargo xtask test` with the
// server's own command) signs in, finds a resident's application in the inbox, reads it in
// Norwegian with the applicant's Arabic beside it, changes its status with a note, which the
// resident's receipt then shows, and signs out. axe checks each page and state (page.ts: WCAG
// 2.1 AA and best practices).
import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;
const USER = process.env.HUSLY_STAFF_USER ?? '';
const PASSWORD = process.env.HUSLY_STAFF_PASSWORD ?? '';
// Missing accounts are an error, never a skipped test.
if (!USER || !PASSWORD) {
  throw new Error('HUSLY_STAFF_USER is not set: run the end-to-end tests with `cargo xtask test`, which makes the caseworker');
}

test('a caseworker reads an application in Norwegian and Arabic side by side and moves it on', async ({ page }) => {
  const errors = watchConsole(page);
  // A resident's application, in Arabic, to Oslo.
  const key = `staff-e2e-${Date.now()}`;
  const sent = await page.request.post('/api/applications', {
    headers: { 'Idempotency-Key': key },
    data: {
      municipality: '0301',
      person: { name: 'Layla Haddad', national_id: '15038500047', phone: '912 34 567', preferred_language: 'ar', needs_interpreter: true },
      household: { adults: 1, children_ages: [7] },
      income: { amount: '240000' },
      housing: { kind: 'rented', monthly_cost: '11800' },
      needs: { sleeping_tonight: 'with_friends_or_family', risks: [], home_problems: [], circumstances: [] },
      help_wanted: ['municipal_rental_home'],
      own_words: 'نحتاج إلى بيت قريب من المدرسة',
      consent: true,
    },
  });
  expect(sent.status()).toBe(201);
  const { reference, secret } = await sent.json();

  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-login-heading'));
  await expectNoViolations(page, 'login');
  await page.getByLabel(message('nb', 'staff-username')).fill(USER);
  await page.getByLabel(message('nb', 'staff-password')).fill('wrong password!!');
  await page.getByTestId('login').click();
  await expect(page.getByTestId('error-summary')).toContainText(message('nb', 'error-login-failed'));
  await expectNoViolations(page, 'login with an error');
  await page.getByLabel(message('nb', 'staff-password')).fill(PASSWORD);
  await page.getByTestId('login').click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-inbox-heading'));
  const line = page.getByTestId('inbox-line').filter({ hasText: reference });
  await expect(line).toContainText('Layla Haddad');
  await expectNoViolations(page, 'inbox');
  await page.screenshot({ path: `${ARTIFACTS}/staff-inbox.png`, fullPage: true });

  await line.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  // The same question in Norwegian and in Arabic, each half with its own lang and dir.
  const arabic = page.locator('[lang="ar"][dir="rtl"]').filter({ hasText: message('ar', 'apply-name') });
  await expect(arabic.first()).toBeVisible();
  await expect(page.locator('[lang="nb"]').filter({ hasText: message('nb', 'apply-name') }).first()).toBeVisible();
  await expect(page.getByText('15038500047').first()).toBeVisible();
  await expect(page.locator('[lang="ar"]').filter({ hasText: message('ar', 'help-municipal-rental-home') }).first()).toBeVisible();
  await expectNoViolations(page, 'application');
  await page.screenshot({ path: `${ARTIFACTS}/staff-application-nb-ar.png`, fullPage: true });

  await page.getByLabel(message('nb', 'staff-col-status'), { exact: true }).selectOption('in_progress');
  await page.getByLabel(message('nb', 'staff-note')).fill('Ringt søker med tolk. Møte avtalt tirsdag.');
  await page.getByTestId('save-status').click();
  await expect(page.getByRole('status')).toHaveText(message('nb', 'staff-status-saved'));
  await expect(page.getByTestId('status')).toContainText(message('nb', 'staff-status-in-progress'));
  await expect(page.locator('main')).toContainText('Møte avtalt tirsdag');
  await expectNoViolations(page, 'application, status changed');

  // The resident's receipt secret now reads the new status.
  const status = await page.request.get(`/api/applications/${reference}`, { headers: { Authorization: `Bearer ${secret}` } });
  expect((await status.json()).status).toBe('in_progress');

  await page.getByTestId('logout').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-login-heading'));
  expect(await page.request.get('/api/staff/me').then((r) => r.status())).toBe(401);
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
});

// Checking a password takes the server a moment; with nothing on the button, people pressed it
// again (walk). The button says it is signing in until the answer comes.
test('the sign-in button says it is signing in while the server checks the password', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/staff/login', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/staff');
  await page.getByLabel(message('nb', 'staff-username')).fill(USER);
  await page.getByLabel(message('nb', 'staff-password')).fill(PASSWORD);
  const button = page.getByTestId('login');
  await button.click();
  await expect(button).toHaveText(message('nb', 'staff-login-busy'));
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-inbox-heading'));
});
