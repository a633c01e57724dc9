// The application, end to end against the real server: from the start page to the receipt, with
// the stored row checked through the API's own idempotency, a reload in the middle, and a
// submission while the server is unreachable (or its answer is lost) that waits, goes by itself
// once the server answers, and makes one application.
import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { contact, economy, estimate, fillApplication, heading, helpAndWords, label, needsCheck, next, NATIONAL_ID, person, recordSubmissions, stored } from './journey';
import { watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

test('an application after an estimate and a needs check: nothing asked twice, sent, stored, and only the receipt kept', async ({ page }) => {
  const errors = watchConsole(page);
  // What the resident already told: an estimate and a needs check.
  await estimate(page);
  await page.goto('/needs-check/tonight');
  await needsCheck(page);
  await expect(page).toHaveURL(/\/needs-check\/result$/);

  await page.getByRole('link', { name: message('nb', 'entry-apply-title') }).click();
  await expect(heading(page)).toHaveText(message('nb', 'apply-heading'));
  await page.getByTestId('apply-start').click();
  await person(page);
  await contact(page);
  // The housing situation and the economy are known: straight on to the help wanted.
  await helpAndWords(page);

  await expect(heading(page)).toHaveText(message('nb', 'apply-check-heading'));
  await expect(heading(page)).toBeFocused();
  const main = page.locator('main');
  await expect(main).toContainText('Kari Nordmann');
  await expect(main).toContainText(/250\s000\s*kr i året før skatt/);
  await expect(main).toContainText(message('nb', 'risk-eviction'));
  await expect(main).toContainText('Oslo (0301)');

  // A change link returns to its question, and "Continue" comes back here.
  await page.getByRole('link', { name: `${message('nb', 'apply-change')} ${message('nb', 'apply-phone')}` }).click();
  await expect(heading(page)).toHaveText(message('nb', 'apply-contact-heading'));
  await label(page, 'apply-phone').fill('+47 987 65 432');
  await next(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-check-heading'));
  await expect(main).toContainText('+47 987 65 432');

  // Sending without the declaration: the error summary takes focus and links to the box.
  await page.getByTestId('submit').click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: message('nb', 'apply-error-consent') }).click();
  await expect(label(page, 'apply-consent')).toBeFocused();
  await label(page, 'apply-consent').check();
  await page.screenshot({ path: `${ARTIFACTS}/apply-check-nb-390.png`, fullPage: true });

  const sent = recordSubmissions(page);
  const created = page.waitForResponse((r) => r.url().endsWith('/api/applications'));
  await page.getByTestId('submit').click();
  expect((await created).status()).toBe(201);
  await expect(page).toHaveURL(/\/apply\/receipt$/);
  await expect(heading(page)).toHaveText(message('nb', 'apply-receipt-heading'));
  const reference = (await page.getByTestId('reference').textContent())!.trim();
  expect(reference).toMatch(/^HUS-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(page.locator('main')).toContainText(message('nb', 'apply-appeal-heading'));
  await expect(page.locator('main')).toContainText('Kari Nordmann');
  await expect(page.locator('main')).not.toContainText(NATIONAL_ID);
  await expect(page.getByTestId('status')).toContainText(message('nb', 'apply-status-received'));
  await page.screenshot({ path: `${ARTIFACTS}/apply-receipt-nb-390.png`, fullPage: true });
  // Back, as people press it: the step before is empty now, and says the application is sent,
  // with the way back to the receipt.
  await page.goBack();
  await expect(page).toHaveURL(/\/apply\/(?!receipt)/);
  await expect(page.getByTestId('apply-sent-already')).toContainText(message('nb', 'apply-sent-already'));
  await page.getByTestId('apply-sent-already').getByRole('link', { name: message('nb', 'outbox-sent-link') }).click();
  await expect(page.getByTestId('reference')).toHaveText(reference);

  // The stored row: the server holds exactly this application under this reference, since the
  // same key and body are recognised (200, same reference) and a changed body is refused (409).
  expect(sent).toHaveLength(1);
  const key = (await sent[0].allHeaders())['idempotency-key'];
  const body = sent[0].postDataJSON();
  expect(body.person.national_id).toBe(NATIONAL_ID);
  expect(body.income.persons[0].amount).toBe('250000');
  expect(body.income.persons).toHaveLength(1);
  expect(body.needs.risks).toEqual(['eviction']);
  // The estimate the resident saw goes along, for the server to check with the same rules.
  expect(Number(body.estimate.bostotte_monthly)).toBe(4449);
  expect(body.estimate.vanskeligstilt).toBe('yes');
  const replay = await page.request.post('/api/applications', { headers: { 'Idempotency-Key': key }, data: body });
  expect(replay.status()).toBe(200);
  expect((await replay.json()).reference).toBe(reference);
  // The receipt kept on the device reads the row's status with its secret.
  const receipt = JSON.parse((await page.evaluate(() => window.localStorage.getItem('husly-receipt')))!);
  expect(receipt.reference).toBe(reference);
  expect(receipt.application.person.national_id).not.toContain(NATIONAL_ID.slice(6));
  const status = await page.request.get(`/api/applications/${reference}`, {
    headers: { Authorization: `Bearer ${receipt.secret}` },
  });
  expect(status.status()).toBe(200);
  expect((await status.json()).status).toBe('received');
  const changed = await page.request.post('/api/applications', {
    headers: { 'Idempotency-Key': key },
    data: { ...body, own_words: 'Noe annet' },
  });
  expect(changed.status()).toBe(409);

  // Nothing personal stays on the device but the receipt.
  expect((await stored(page)).filter((k) => k !== 'husly-lang')).toEqual(['husly-receipt']);
  await page.goto('/estimates');
  await expect(label(page, 'field-income')).toHaveValue('');
  await page.goto('/apply/receipt');
  await expect(page.getByTestId('reference')).toHaveText(reference);
  expect(errors).toEqual([]);
});

test('a reload in the middle of the application resumes it, and a new device goes through every step', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/apply');
  await page.getByTestId('apply-start').click();
  await person(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-contact-heading'));
  await label(page, 'apply-email').fill('kari@example.no');
  await page.reload();
  await expect(heading(page)).toHaveText(message('nb', 'apply-contact-heading'));
  await expect(label(page, 'apply-email')).toHaveValue('kari@example.no');
  await page.getByRole('link', { name: message('nb', 'back') }).click();
  await expect(label(page, 'apply-name')).toHaveValue('Kari Nordmann');
  await next(page);
  await contact(page);
  await needsCheck(page);
  await page.reload();
  await economy(page);
  await helpAndWords(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-check-heading'));
  await expect(page.locator('main')).toContainText('kari@example.no');
  await page.goto('/apply');
  await expect(page.getByTestId('apply-start')).toHaveText(message('nb', 'apply-resume'));
  expect(errors).toEqual([]);
});

test('mistakes on a step: an error summary that takes focus, each message beside its field, nothing typed lost', async ({ page }) => {
  await page.goto('/apply/person');
  await next(page);
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(message('nb', 'apply-error-name'));
  await expect(summary).toContainText(message('nb', 'apply-error-national-id-missing'));

  await label(page, 'apply-name').fill('Kari Nordmann');
  await label(page, 'apply-national-id').fill('15038500048');
  await next(page);
  await expect(summary).toContainText(message('nb', 'error-invalid-national-id'));
  await expect(page.locator('#national-id-error')).toHaveText(message('nb', 'error-invalid-national-id'));
  await expect(label(page, 'apply-national-id')).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link').click();
  await expect(label(page, 'apply-national-id')).toBeFocused();
  await expect(label(page, 'apply-national-id')).toHaveValue('15038500048');

  await label(page, 'apply-national-id').fill(NATIONAL_ID);
  await next(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-contact-heading'));
  await label(page, 'apply-phone').fill('12');
  await next(page);
  await expect(page.getByTestId('error-summary')).toContainText(message('nb', 'error-invalid-phone'));
  await expect(label(page, 'apply-phone')).toHaveValue('12');
});

test('sent while the server is unreachable, then while its answer is lost: it waits, goes by itself, and makes one application', async ({ page }) => {
  await fillApplication(page);
  await label(page, 'apply-consent').check();
  const sent = recordSubmissions(page);

  // 1. Nothing reaches the server: the application waits on the device, and the page says so.
  await page.route('**/api/applications', (route) => route.abort('internetdisconnected'));
  await page.getByTestId('submit').click();
  const waiting = page.getByTestId('submit-waiting');
  await expect(waiting).toContainText(message('nb', 'apply-waiting-heading'));
  await expect(waiting).toContainText(message('nb', 'apply-waiting-body'));
  await expect(page.getByTestId('submit')).toHaveText(message('nb', 'apply-retry'));
  await expect(page.locator('main')).toContainText('Kari Nordmann');

  // 2. "Try sending again": the server stores it, but its answer never comes back.
  await page.unroute('**/api/applications');
  let storedReference = '';
  await page.route('**/api/applications', async (route) => {
    const response = await route.fetch();
    expect(response.status()).toBe(201);
    storedReference = (await response.json()).reference;
    await route.abort('connectionreset');
  });
  await page.getByTestId('submit').click();
  await expect(waiting).toContainText(message('nb', 'apply-waiting-heading'));
  expect(storedReference).toMatch(/^HUS-/);

  // 3. The server answers again: on the next start of the app the waiting application goes by
  //    itself, with the same key, and the server recognises it.
  await page.unroute('**/api/applications');
  const replayed = page.waitForResponse((r) => r.url().endsWith('/api/applications'));
  await page.reload();
  expect((await replayed).status()).toBe(200);
  await expect(page).toHaveURL(/\/apply\/receipt$/);
  await expect(page.getByTestId('reference')).toHaveText(storedReference);

  // Every try was the same application: one key, one body. (The outbox also retries every half
  // minute while online, so a slow run may hold one more try.)
  expect(sent.length).toBeGreaterThanOrEqual(3);
  const keys = await Promise.all(sent.map(async (r) => (await r.allHeaders())['idempotency-key']));
  expect(new Set(keys).size).toBe(1);
  expect(new Set(sent.map((r) => r.postData())).size).toBe(1);
  expect((await stored(page)).filter((k) => k !== 'husly-lang')).toEqual(['husly-receipt']);
});
