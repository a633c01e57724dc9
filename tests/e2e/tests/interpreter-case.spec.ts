// The interpreter view on the case pages (issue 18), on a phone in a right-to-left and a
// left-to-right language: the decision with the appeal form, its errors and the appeal sent, the
// answer to the appeal and Statsforvalteren's decision on it; the invitation to a meeting with
// the reply, its error and the reply given; the documents with a document attached and one refused,
// and before sending with one kept on the phone. Every visible text has its
// Norwegian twin by the rule in interpreter.ts (the letters are in both languages, half beside
// half), what the resident wrote is shown once as theirs, each page stays within twice its height
// without the view, and axe finds nothing. The switch is the resident app's: turned on there, it
// is on here.
import { expect, test } from '@playwright/test';
import { csrf, decided, residentPhone } from './case';
import { message } from './fluent';
import { checkPage, heights } from './interpreter';
import { watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

/** A day `days` ahead, as the date field and the API take it. */
function ahead(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

for (const [lang, words] of [
  ['ar', 'أنا لا أوافق. أعيش مع ابني عند أصدقاء منذ أكتوبر. هاتفي 912 34 567.'],
  ['uk', 'Я не згоден. Ми живемо у друзів з жовтня. Мій телефон 912 34 567.'],
]) {
  test(`every case page in the interpreter view, ${lang}`, async ({ page, browser }) => {
    test.setTimeout(300_000);
    // A decision, and an invitation by video with an interpreter in the applicant's language.
    const { reference, saved } = await decided(page, lang);
    const invited = await page.request.post(`/api/staff/applications/${reference}/interview`, {
      headers: { 'X-CSRF-Token': await csrf(page) },
      data: { date: ahead(7), time: '09:30', place: { video: { link: 'https://video.example.no/rom/7' } }, interpreter: lang },
    });
    expect(invited.status()).toBe(201);

    const phone = await residentPhone(browser, saved, lang);
    const errors = watchConsole(phone);
    // Turned on in the resident app, on in the case pages too.
    await phone.goto('/apply/receipt');
    await phone.locator('#interpreter-view').check();

    await phone.goto('/case/decision');
    await expect(phone.getByTestId('decision-letter')).toBeVisible();
    await expect(phone.locator('#interpreter-view')).toBeChecked();
    await expect(phone.locator('main .twin-nb').first()).toBeVisible();
    await checkPage(phone, lang, 'decision with the appeal form');
    await phone.screenshot({ path: `${ARTIFACTS}/interpreter-case-decision-${lang}-390.png`, fullPage: true });
    await phone.getByTestId('send-appeal').click();
    await expect(phone.locator('#appeal-text-error')).toBeVisible();
    await checkPage(phone, lang, 'appeal with an error');
    await phone.locator('#appeal-text').fill(words);
    await phone.getByTestId('send-appeal').click();
    await expect(phone.getByTestId('appeal-sent')).toBeVisible();
    await expect(phone.locator('[data-resident-text]', { hasText: '912' })).toHaveCount(1);
    await checkPage(phone, lang, 'appeal sent');

    // The municipality keeps its decision and sends the case on: the answer above the decision.
    const forwarded = await page.request.post(`/api/staff/applications/${reference}/appeal/outcome`, {
      headers: { 'X-CSRF-Token': await csrf(page) },
      data: { result: 'forwarded', reason: 'Kommunen fastholder vedtaket. Botidskravet er ikke oppfylt.' },
    });
    expect(forwarded.status()).toBe(201);
    await phone.reload();
    await expect(phone.getByTestId('appeal-answer')).toBeVisible();
    await checkPage(phone, lang, 'the answer to the appeal');

    // Statsforvalteren decides, and the caseworker records it: first on the page, both halves.
    const instance = await page.request.post(`/api/staff/applications/${reference}/appeal/instance-decision`, {
      headers: { 'X-CSRF-Token': await csrf(page) },
      data: { result: 'upheld', decided_on: new Date().toISOString().slice(0, 10), summary: 'Statsforvalteren er enig med kommunen.' },
    });
    expect(instance.status()).toBe(201);
    await phone.reload();
    await expect(phone.getByTestId('instance-decision')).toBeVisible();
    await checkPage(phone, lang, "Statsforvalteren's decision");

    await phone.goto('/case/meeting');
    await expect(phone.getByTestId('meeting-invitation').first()).toBeVisible();
    await expect(phone.locator('main .twin-nb').first()).toBeVisible();
    await checkPage(phone, lang, 'meeting with the reply form');
    await phone.getByTestId('send-meeting-reply').click();
    await expect(phone.locator('#meeting-answer-error')).toBeVisible();
    await checkPage(phone, lang, 'meeting reply with an error');
    await phone.locator('#meeting-answer-another').check();
    await phone.locator('#meeting-note').fill(words);
    await phone.getByTestId('send-meeting-reply').click();
    await expect(phone.getByTestId('meeting-replied')).toBeVisible();
    await checkPage(phone, lang, 'meeting replied');
    await phone.screenshot({ path: `${ARTIFACTS}/interpreter-case-meeting-${lang}-390.png`, fullPage: true });

    await phone.goto('/case/documents');
    await expect(phone.getByTestId('documents-checklist')).toBeVisible();
    await checkPage(phone, lang, 'documents');
    const item = (kind: string) => phone.locator(`[data-testid="document-item"][data-kind="${kind}"]`);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(30_000, 7)]);
    await item('id').locator('input[type="file"]').setInputFiles({ name: 'pass.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(item('id').getByTestId('document-line')).toHaveCount(1);
    await item('income').locator('input[type="file"]').setInputFiles({
      name: 'lønn.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('PK\u0003\u0004 not a picture'),
    });
    await expect(item('income').getByTestId('document-error')).toBeVisible();
    await checkPage(phone, lang, 'documents, one attached and one refused');
    await phone.screenshot({ path: `${ARTIFACTS}/interpreter-case-documents-${lang}-390.png`, fullPage: true });

    // Before sending (an application being written on the phone): the same page, each
    // document kept on the phone.
    await phone.evaluate(() =>
      localStorage.setItem('husly-application-draft', JSON.stringify({ help_wanted: ['municipal_rental_home'] })),
    );
    await phone.goto('/case/attach');
    await expect(phone.getByTestId('documents-checklist')).toBeVisible();
    await item('lease').locator('input[type="file"]').setInputFiles({ name: 'kontrakt.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(item('lease').getByTestId('document-line')).toHaveCount(1);
    await checkPage(phone, lang, 'documents before sending, one kept on the phone');

    await phone.goto('/case/no-such-page');
    await checkPage(phone, lang, 'case, not found');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await phone.context().close();
  });
}

test.afterAll(() => {
  console.log(`Case pages' height at 390 px, interpreter view off → on:\n  ${heights.join('\n  ')}`);
});
