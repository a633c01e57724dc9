// Documents from the application (issue 18): on the check page, before sending, the resident
// attaches documents; they stay on the phone (nothing goes to the server until the application
// is sent: the law of this portal), survive a reload, and are counted on the check page. Sending
// the application opens the page that sends them; with the connection gone it says they are
// safe on the phone, and the receipt says they are still only there; once it is back they go by
// themselves; the caseworker gets them byte for byte and the phone keeps nothing. On an Arabic phone: the page right to left, without a draft, and "Start over" deleting
// what waits. axe on every state.
import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { CASEWORKER, csrf, loose, signIn } from './case';
import { message, variant } from './fluent';
import { fillApplication, label } from './journey';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** A locator's text without Fluent's isolation marks around numbers. */
const said = (locator: Locator) => async () => loose((await locator.textContent()) ?? '');
const item = (page: Page, kind: string) => page.locator(`[data-testid="document-item"][data-kind="${kind}"]`);

/** A PDF of `length` bytes: its header, then filler. */
function pdf(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  Buffer.from('%PDF-1.4\n').copy(bytes);
  for (let i = 9; i < length; i++) bytes[i] = (i * 7919) % 251;
  return bytes;
}

/** A 1 × 1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function attach(page: Page, kind: string, name: string, mimeType: string, buffer: Buffer) {
  await item(page, kind).locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

/** What waits on the device: the list's entries and the cache's. */
const onDevice = (page: Page) =>
  page.evaluate(async () => ({
    listed: JSON.parse(localStorage.getItem('husly-attachments') ?? '[]').length as number,
    cached: (await caches.has('husly-attachments'))
      ? (await (await caches.open('husly-attachments')).keys()).length
      : 0,
  }));

test('documents attached before sending stay on the phone, then go with the application', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  const toServer: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/documents')) toServer.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });

  await fillApplication(page);
  await expect(page.getByTestId('apply-documents')).toHaveText(loose(variant('nb', 'apply-documents', '0')));
  await page.getByTestId('attach-documents').click();
  await expect(page).toHaveURL(/\/case\/attach$/);
  await expect(heading(page)).toHaveText(message('nb', 'documents-page-title'));
  await expect(page.getByText(message('nb', 'documents-before-intro'))).toBeVisible();
  // The checklist is the help chosen in the draft (a municipal rental home asks for ID, income
  // and the lease, among others), each item missing yet.
  const asked = page.getByTestId('documents-checklist').getByTestId('document-item');
  await expect(asked.first()).toBeVisible();
  const kinds = await asked.evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
  expect(kinds).toEqual(expect.arrayContaining(['id', 'income', 'lease']));
  for (const kind of kinds) {
    await expect(item(page, kind!).getByTestId('document-state')).toHaveText(message('nb', 'documents-missing'));
  }
  await expectNoViolations(page, 'attach before sending, none yet (nb)');

  // A text named like a PDF is refused beside its item; a PDF and a photo are kept.
  await attach(page, 'lease', 'husleiekontrakt.pdf', 'application/pdf', Buffer.from('Min kontrakt'));
  await expect(item(page, 'lease').getByTestId('document-error')).toHaveText(message('nb', 'error-document-type'));
  const payslip = pdf(600_000);
  await attach(page, 'income', 'lonnsslipp.pdf', 'application/pdf', payslip);
  await expect(item(page, 'income').getByTestId('document-state')).toHaveText(message('nb', 'documents-attached'));
  await expect(item(page, 'income').getByTestId('document-line')).toContainText(
    message('nb', 'documents-on-device').split('}').pop()!.trim(),
  );
  await attach(page, 'id', 'pass.png', 'image/png', PNG);
  await expect(item(page, 'id').getByTestId('document-state')).toHaveText(message('nb', 'documents-attached'));
  await expect(page.getByTestId('documents-announced')).toContainText(message('nb', 'bring-id'));
  await expect(page.getByTestId('documents-count')).toContainText('2');
  expect(await onDevice(page)).toEqual({ listed: 2, cached: 2 });
  await expectNoViolations(page, 'attach before sending, two kept (nb)');
  await page.screenshot({ path: `${ARTIFACTS}/attach-before-sending-nb.png`, fullPage: true });

  // A reload keeps them; one removed goes from the phone, and the focus is on its button.
  await page.reload();
  await expect(item(page, 'income').getByTestId('document-state')).toHaveText(message('nb', 'documents-attached'));
  await attach(page, 'lease', 'kontrakt.pdf', 'application/pdf', pdf(3000));
  await expect(item(page, 'lease').getByTestId('document-state')).toHaveText(message('nb', 'documents-attached'));
  await item(page, 'lease').getByTestId('remove-document').click();
  await expect(item(page, 'lease').getByTestId('document-state')).toHaveText(message('nb', 'documents-missing'));
  await expect(item(page, 'lease').getByTestId('add-document')).toBeFocused();
  expect(await onDevice(page)).toEqual({ listed: 2, cached: 2 });
  // Nothing of them has left the phone.
  expect(toServer).toEqual([]);

  // Back to the application: the count, and the answers as they were.
  await page.getByTestId('documents-done').click();
  await expect(heading(page)).toHaveText(message('nb', 'apply-check-heading'));
  await expect.poll(said(page.getByTestId('apply-documents'))).toBe(loose(variant('nb', 'apply-documents', 'other', 2)));
  await label(page, 'apply-consent').check();

  // Sent while the documents cannot go yet (their requests fail as on a dropped connection):
  // the page that sends them comes at once, says the application is sent and that they are
  // safe on the phone.
  const cut = (route: Route) => route.abort('internetdisconnected');
  await page.route(/\/api\/applications\/[^/]+\/documents/, cut);
  await page.getByTestId('submit').click();
  await expect(page).toHaveURL(/\/case\/documents$/);
  await expect(page.getByTestId('documents-brought')).toHaveText(message('nb', 'documents-application-sent'));
  await expect(page.getByTestId('documents-waiting-offline')).toHaveText(message('nb', 'documents-waiting-offline'));
  await expectNoViolations(page, 'documents brought, the connection gone (nb)');
  expect(await onDevice(page)).toEqual({ listed: 2, cached: 2 });

  // The receipt: still only on the phone, and the way to send them.
  await page.goto('/apply/receipt');
  await expect(page.getByTestId('reference')).toBeVisible();
  const reference = loose((await page.getByTestId('reference').textContent()) ?? '');
  await expect.poll(said(page.getByTestId('documents-waiting'))).toBe(loose(variant('nb', 'receipt-documents-waiting', 'other', 2)));
  await expect(page.getByTestId('open-documents')).toHaveText(message('nb', 'receipt-documents-send'));
  await expectNoViolations(page, 'receipt with documents waiting (nb)');

  // The connection back: they go by themselves, each ticked once the server has it whole.
  await page.unroute(/\/api\/applications\/[^/]+\/documents/, cut);
  await page.getByTestId('open-documents').click();
  await expect(page).toHaveURL(/\/case\/documents$/);
  await expect(page.getByTestId('documents-brought')).toContainText(message('nb', 'documents-all-sent'));
  await expect(item(page, 'income').getByTestId('document-state')).toHaveText(message('nb', 'documents-attached'));
  await expect(item(page, 'id').getByTestId('document-state')).toHaveText(message('nb', 'documents-attached'));
  await expect(page.getByTestId('document-sending')).toHaveCount(0);
  await expect(page.getByTestId('document-line')).toHaveCount(2);
  // "Start over" loads the start page again: a look while it navigates is tried again (the full
  // run once read the device as the page went, and the look itself failed).
  await expect.poll(() => onDevice(page).catch(() => 'navigating')).toEqual({ listed: 0, cached: 0 });
  await expectNoViolations(page, 'documents sent from the phone (nb)');
  await page.screenshot({ path: `${ARTIFACTS}/attach-sent-nb.png`, fullPage: true });

  // The receipt no longer asks.
  await page.goto('/apply/receipt');
  await expect(page.getByTestId('receipt-documents')).toBeVisible();
  await expect(page.getByTestId('documents-waiting')).toHaveCount(0);
  await expect(page.getByTestId('open-documents')).toHaveText(message('nb', 'receipt-documents-open'));

  // The caseworker has them, the payslip byte for byte.
  const staff = await page.context().browser()!.newPage();
  await signIn(staff, CASEWORKER);
  const listed = await staff.request.get(`/api/staff/applications/${reference}/documents`, {
    headers: { 'X-CSRF-Token': await csrf(staff) },
  });
  expect(listed.status()).toBe(200);
  const documents = (await listed.json()).documents as { id: string; kind: string; size: number; received: number }[];
  expect(documents.map((d) => d.kind).sort()).toEqual(['id', 'income']);
  expect(documents.every((d) => d.received === d.size)).toBe(true);
  const income = documents.find((d) => d.kind === 'income')!;
  const download = await staff.request.get(`/api/staff/applications/${reference}/documents/${income.id}`);
  expect(Buffer.compare(await download.body(), payslip)).toBe(0);
  await staff.close();
  // The one kind of error is the requests the test cut off.
  expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

test('an Arabic phone attaches before sending, right to left, and "Start over" deletes what waits', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ar' });
  const page = await context.newPage();
  const errors = watchConsole(page);

  // No application being written: the page says so and leads to one.
  await page.goto('/case/attach?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('documents-no-draft')).toHaveText(message('ar', 'documents-no-draft'));
  await expectNoViolations(page, 'attach without a draft (ar)');

  // A draft that asks for bostøtte: its checklist.
  await page.evaluate(() =>
    localStorage.setItem('husly-application-draft', JSON.stringify({ name: 'ليلى', help_wanted: ['bostotte'] })),
  );
  await page.reload();
  await expect(heading(page)).toHaveText(message('ar', 'documents-page-title'));
  await expect(page.getByTestId('documents-checklist').getByTestId('document-item').first()).toBeVisible();
  await attach(page, 'other', 'رسالة.pdf', 'application/pdf', pdf(5000));
  await expect(item(page, 'other').getByTestId('document-line')).toHaveCount(1);
  await expect(page.getByTestId('documents-back')).toHaveText(message('ar', 'documents-to-application'));
  await expectNoViolations(page, 'attach before sending, one kept (ar)');
  await page.screenshot({ path: `${ARTIFACTS}/attach-before-sending-ar.png`, fullPage: true });
  expect(await onDevice(page)).toEqual({ listed: 1, cached: 1 });

  // "Start over" on the resident app: nothing of it left on the phone.
  await page.goto('/?lang=ar');
  await page.getByTestId('start-over').click();
  await expect(page).toHaveURL(/\/$/);
  // "Start over" loads the start page again: a look while it navigates is tried again (the full
  // run once read the device as the page went, and the look itself failed).
  await expect.poll(() => onDevice(page).catch(() => 'navigating')).toEqual({ listed: 0, cached: 0 });
  expect(errors).toEqual([]);
  await context.close();
});
