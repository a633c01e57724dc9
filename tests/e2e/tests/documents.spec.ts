// Documents (issue 18) against the real server, on an Arabic phone at 390 px: the receipt leads
// to them; the checklist is what the help applied for asks for; a text named "lease.pdf" is
// refused beside its item before anything is sent; a photo too large to send is made smaller on
// the phone and sent as JPEG; a PDF whose connection drops half-way goes on where the server got
// to when the phone is back online, and arrives whole; each item is ticked; one is removed. The
// caseworker sees the checklist and downloads the PDF, byte for byte, as an attachment. A HEIC
// photo this browser cannot convert gets its own message. A front desk attaches a walk-in's
// payslip from the staff pages. axe on every state.
import { expect, test, type Page } from '@playwright/test';
import { applied, FRONT_DESK, heading, loose, residentPhone, signIn } from './case';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

/** A PDF of `length` bytes: its header, then filler. */
function pdf(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  Buffer.from('%PDF-1.4\n').copy(bytes);
  for (let i = 9; i < length; i++) bytes[i] = (i * 7919) % 251;
  return bytes;
}

const item = (page: Page, kind: string) => page.locator(`[data-testid="document-item"][data-kind="${kind}"]`);

async function attach(page: Page, kind: string, name: string, mimeType: string, buffer: Buffer) {
  await item(page, kind).locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

/** A noisy photo of `width` × `height` as PNG, drawn by the browser (far over 10 MB). */
async function bigPhoto(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(async ([w, h]) => {
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d')!;
    const image = context.createImageData(w, h);
    for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 2654435761) >>> 24;
    context.putImageData(image, 0, 0);
    const blob: Blob = await new Promise((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }, [width, height]);
  return Buffer.from(base64, 'base64');
}

test('an Arabic phone attaches documents from the receipt, through a dropped connection, and the caseworker downloads them', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { reference, saved } = await applied(page.request, 'ar');
  const phone = await residentPhone(browser, saved, 'ar');
  const errors = watchConsole(phone);

  // The receipt leads to the documents.
  await phone.goto('/apply/receipt');
  await expect(phone.getByTestId('receipt-documents')).toContainText(message('ar', 'receipt-documents-heading'));
  await phone.getByTestId('open-documents').click();
  await expect(phone).toHaveURL(/\/case\/documents$/);
  await expect(heading(phone)).toHaveText(message('ar', 'documents-page-title'));
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  // A municipal rental home asks for ID, income and the lease; nothing attached yet.
  const asked = phone.getByTestId('documents-checklist').getByTestId('document-item');
  await expect(asked).toHaveCount(3);
  await expect(asked.nth(0)).toHaveAttribute('data-kind', 'id');
  await expect(asked.nth(1)).toHaveAttribute('data-kind', 'income');
  await expect(asked.nth(2)).toHaveAttribute('data-kind', 'lease');
  for (const kind of ['id', 'income', 'lease']) {
    await expect(item(phone, kind).getByTestId('document-state')).toHaveText(message('ar', 'documents-missing'));
  }
  await expectNoViolations(phone, 'documents, none attached (ar)');

  // A letter named "lease.pdf" is not a PDF: refused beside the lease, before anything is sent.
  await attach(phone, 'lease', 'lease.pdf', 'application/pdf', Buffer.from('Dear municipality, this is my lease.'));
  await expect(item(phone, 'lease').getByTestId('document-error')).toHaveText(message('ar', 'error-document-type'));
  await expect(item(phone, 'lease').getByTestId('add-document')).toHaveAttribute('aria-describedby', 'add-document-lease-error');
  await expectNoViolations(phone, 'documents, a file refused (ar)');

  // A 12-megapixel photo, far too large to send, is made smaller on the phone and goes as a JPEG.
  const photo = await bigPhoto(phone, 4000, 3000);
  expect(photo.length).toBeGreaterThan(10 * 1024 * 1024);
  await attach(phone, 'id', 'IMG_2041.PNG', 'image/png', photo);
  await expect(item(phone, 'id').getByTestId('document-state')).toHaveText(message('ar', 'documents-attached'), { timeout: 60_000 });
  await expect(item(phone, 'id').getByTestId('document-line')).toContainText('JPEG');

  // A PDF of three parts: the connection drops as the second goes; the page says so and goes
  // on when the phone is back online.
  const payslips = pdf(600_000);
  let dropped = false;
  await phone.route(/\/documents\/[^/]+\/parts\/262144$/, async (route) => {
    if (dropped) return route.continue();
    dropped = true;
    await phone.context().setOffline(true);
    await route.abort('internetdisconnected');
  });
  await attach(phone, 'income', 'lonnsslipp.pdf', 'application/pdf', payslips);
  const sending = item(phone, 'income').getByTestId('document-sending');
  await expect(sending).toContainText(message('ar', 'documents-paused'));
  await expect(sending.getByTestId('retry-document')).toBeVisible();
  await expectNoViolations(phone, 'documents, paused offline (ar)');
  await phone.screenshot({ path: `${ARTIFACTS}/documents-paused-ar.png`, fullPage: true });
  await phone.context().setOffline(false);
  await expect(item(phone, 'income').getByTestId('document-state')).toHaveText(message('ar', 'documents-attached'));
  await expect(sending).toHaveCount(0);
  await expect(phone.getByTestId('documents-count')).toContainText('2');
  await phone.screenshot({ path: `${ARTIFACTS}/documents-attached-ar.png`, fullPage: true });
  await expectNoViolations(phone, 'documents, two attached (ar)');

  // A wrong one removed: the item is missing again, and the focus is on its button.
  await attach(phone, 'lease', 'kontrakt.pdf', 'application/pdf', pdf(2000));
  await expect(item(phone, 'lease').getByTestId('document-state')).toHaveText(message('ar', 'documents-attached'));
  await item(phone, 'lease').getByTestId('remove-document').click();
  await expect(item(phone, 'lease').getByTestId('document-state')).toHaveText(message('ar', 'documents-missing'));
  await expect(item(phone, 'lease').getByTestId('add-document')).toBeFocused();
  // …and a screen reader hears what went.
  await expect(phone.getByTestId('documents-announced')).toContainText(loose(message('ar', 'bring-lease')));
  // The one error is the part the test cut off.
  expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);

  // The caseworker: the checklist as the applicant sees it, and the PDF as it was sent.
  await signIn(page);
  await page.goto(`/staff/applications/${reference}`);
  await expect(heading(page)).toContainText(reference);
  const part = page.getByTestId('application-documents');
  await expect(part.getByTestId('checklist-item')).toHaveCount(3);
  await expect(part.locator('[data-testid="checklist-item"][data-done="true"]')).toHaveCount(2);
  const links = part.getByTestId('document-download');
  await expect(links).toHaveCount(2);
  const pdfLink = links.filter({ hasText: 'PDF' });
  await expect(pdfLink).toHaveAttribute('download', '');
  const download = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toMatch(new RegExp(`^attachment; filename="${reference}-income-`));
  expect(Buffer.compare(await download.body(), payslips)).toBe(0);
  // The photo arrived at 2 000 pixels on its longest side.
  const photoHref = (await links.filter({ hasText: 'JPEG' }).getAttribute('href'))!;
  const width = await page.evaluate(async (href) => {
    const blob = await (await fetch(href)).blob();
    return (await createImageBitmap(blob)).width;
  }, photoHref);
  expect(width).toBe(2000);
  await expectNoViolations(page, 'staff application with documents');
});

test('a HEIC photo this browser cannot read gets its own message, in English', async ({ page, browser }) => {
  const { saved } = await applied(page.request, 'en');
  const phone = await residentPhone(browser, saved, 'en');
  await phone.goto('/case/documents');
  await expect(heading(phone)).toHaveText(message('en', 'documents-page-title'));
  const heic = Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(4000)]);
  await attach(phone, 'id', 'IMG_0001.HEIC', 'image/heic', heic);
  await expect(item(phone, 'id').getByTestId('document-error')).toHaveText(loose(message('en', 'error-document-heic')));
  // Nothing was sent, and the item still waits for a document.
  await expect(item(phone, 'id').getByTestId('document-state')).toHaveText(message('en', 'documents-missing'));
  await expectNoViolations(phone, 'documents, HEIC refused (en)');
});

test('a front desk attaches a walk-in\'s payslip from the staff pages', async ({ page }) => {
  await signIn(page, FRONT_DESK);
  const { reference } = await applied(page.request, 'so');
  await page.goto(`/staff/applications/${reference}`);
  await expect(heading(page)).toContainText(reference);
  const form = page.getByTestId('attach-form');
  // Sent without a file: said beside the file field, which gets the focus.
  await page.getByTestId('attach-send').click();
  await expect(form.getByTestId('attach-error')).toHaveText(message('nb', 'staff-documents-error-file'));
  await expect(form.getByTestId('attach-file')).toBeFocused();
  await expectNoViolations(page, 'attach form with an error');
  await form.getByLabel(message('nb', 'staff-documents-kind')).selectOption('income');
  await form.getByTestId('attach-file').setInputFiles({ name: 'lonn.pdf', mimeType: 'application/pdf', buffer: pdf(300_000) });
  await page.getByTestId('attach-send').click();
  const part = page.getByTestId('application-documents');
  await expect(part.getByTestId('document-download')).toHaveCount(1);
  await expect(part.getByTestId('document-download')).toContainText(message('nb', 'bring-income'));
  await expect(part.locator('[data-testid="checklist-item"][data-done="true"]')).toHaveCount(1);
  await expectNoViolations(page, 'staff application with a document attached by the front desk');
});
