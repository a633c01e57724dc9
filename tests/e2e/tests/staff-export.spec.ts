// Issue 15: the inbox's export links give a real download in the browser (the router used to
// catch them and show "not found"), a CSV with Norwegian column names and the children as the
// age bands the resident gave; the inbox says how many applications the filters cover.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { watchConsole } from './page';

const USER = process.env.HUSLY_STAFF_USER ?? '';
const PASSWORD = process.env.HUSLY_STAFF_PASSWORD ?? '';
// Missing accounts are an error, never a skipped test.
if (!USER || !PASSWORD) {
  throw new Error('HUSLY_STAFF_USER is not set: run the end-to-end tests with `cargo xtask test`, which makes the caseworker');
}

test('the export links download every application, in Norwegian, with age bands', async ({ page }) => {
  const errors = watchConsole(page);
  // Three children: one in 0–5, two in 11–17, as the app sends them (a representative age each).
  const sent = await page.request.post('/api/applications', {
    headers: { 'Idempotency-Key': `export-e2e-${Date.now()}` },
    data: {
      municipality: '0301',
      person: { name: 'Nadia Rahimi', national_id: '15038500047', phone: '912 34 567', preferred_language: 'prs', needs_interpreter: false },
      household: { adults: 1, children_ages: [3, 14, 14] },
      income: { amount: '240000' },
      housing: { kind: 'rented', monthly_cost: '11800' },
      help_wanted: ['deposit_guarantee'],
      consent: true,
    },
  });
  expect(sent.status()).toBe(201);
  const { reference } = await sent.json();

  await page.goto('/staff');
  await page.getByLabel(message('nb', 'staff-username')).fill(USER);
  await page.getByLabel(message('nb', 'staff-password')).fill(PASSWORD);
  await page.getByTestId('login').click();
  await expect(page.getByTestId('inbox-line').filter({ hasText: reference })).toContainText('Nadia Rahimi');
  // "Viser 1–n av n": the total the server counted, not the lines that fit on the page.
  const api = await (await page.request.get('/api/staff/applications')).json();
  const total = String(api.total).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  await expect(page.getByTestId('inbox-showing')).toContainText(`av ${total}`);

  const inbox = page.url();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/^husly-\d{4}-\d{2}-\d{2}\.csv$/);
  // A download, not a page: the inbox is still there.
  expect(page.url()).toBe(inbox);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-inbox-heading'));
  const file = readFileSync((await csv.path())!, 'utf8');
  // A byte order mark first, so a spreadsheet on Windows reads the file as UTF-8.
  expect(file.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = file.slice(1).trim().split('\n');
  expect(header.startsWith(
    [message('nb', 'staff-csv-reference'), message('nb', 'staff-csv-received'), message('nb', 'staff-csv-status')].join(','),
  )).toBe(true);
  expect(header).toContain(message('nb', 'staff-csv-children'));
  const row = rows.find((r) => r.startsWith(reference));
  expect(row).toContain(`${message('nb', 'staff-csv-band-0-5')}: 1; ${message('nb', 'staff-csv-band-11-17')}: 2`);
  // Values in Norwegian too, as the inbox shows them: the status, the help, yes or no.
  expect(row).toContain(`,${message('nb', 'staff-status-received')},`);
  expect(row).toContain(message('nb', 'help-deposit-guarantee'));
  expect(row).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC,/);
  // Every application the caseworker may see, not a page of them (others may arrive meanwhile).
  expect(rows.filter((r) => r.startsWith('HUS-')).length).toBeGreaterThanOrEqual(api.total);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const all = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(all.length).toBeGreaterThanOrEqual(api.total);
  expect(all.find((a: { reference: string }) => a.reference === reference).application.person.name).toBe('Nadia Rahimi');
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
});

// A walkthrough typed 31 February into "Mottatt fra og med": the field showed it, the browser
// could not read it, and the list stayed unfiltered with no word, so it looked filtered.
test('a date filter the browser cannot read is said beside its field, and nothing unfiltered is listed', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/staff');
  await page.getByLabel(message('nb', 'staff-username')).fill(USER);
  await page.getByLabel(message('nb', 'staff-password')).fill(PASSWORD);
  await page.getByTestId('login').click();
  await expect(page.getByTestId('inbox-line').first()).toBeVisible();

  const from = page.getByLabel(message('nb', 'staff-filter-from'));
  // Typed digit by digit as a person does (the tests' browser is nb-NO: day.month.year).
  await from.click();
  await page.keyboard.type('31022026');
  // Out of the field (the first Tab reaches its calendar button): the browser fires no
  // "change" for a date it cannot read, leaving the field reads it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  const said = page.locator('#from-error');
  await expect(said).toHaveText(message('nb', 'error-staff-invalid-date'));
  await expect(from).toHaveAttribute('aria-describedby', 'from-error');
  await expect(page.getByTestId('inbox-filter-problem')).toBeVisible();
  await expect(page.getByTestId('inbox-line')).toHaveCount(0);

  // A real day clears it; a "to" before the "from" is said beside "to".
  await from.fill('2026-03-01');
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');
  const to = page.getByLabel(message('nb', 'staff-filter-to'));
  await to.fill('2026-02-01');
  await expect(page.locator('#to-error')).toHaveText(message('nb', 'error-staff-date-order'));
  await expect(page.getByTestId('inbox-line')).toHaveCount(0);
  await to.fill('');
  await from.fill('');
  await expect(page.getByTestId('inbox-line').first()).toBeVisible();
  // The one 401 is "who is signed in?" asked before signing in.
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
});
