// The invitation to a meeting (issue 18) against the real server: a caseworker invites an
// applicant who asked for an interpreter (the applicant's Arabic offered first; a form sent
// without a day names the day beside its field); the applicant sees it on the receipt in Arabic,
// opens it in Arabic beside the Norwegian with the day in words, and asks for another time (no
// choice, and no times written, named beside their fields; a send that fails offline keeps what
// was written); the caseworker reads the reply and invites again, by video; the applicant
// confirms. axe on every state.
import { expect, test, type Page } from '@playwright/test';
import { applied, heading, loose, partsOf, residentPhone, signIn } from './case';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

/** `days` from today as a date field takes it, and the day itself. */
function ahead(days: number): { field: string; day: Date } {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { field: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`, day };
}

async function invite(page: Page, date: string, time: string, where: { address?: string; link?: string }) {
  const form = page.getByTestId('interview-form');
  await form.getByLabel(message('nb', 'staff-interview-date')).fill(date);
  await form.getByLabel(message('nb', 'staff-interview-time')).fill(time);
  if (where.link) {
    await form.getByLabel(message('nb', 'staff-interview-video')).check();
    await form.getByLabel(message('nb', 'staff-interview-link')).fill(where.link);
  } else {
    await form.getByLabel(message('nb', 'staff-interview-address')).fill(where.address ?? '');
  }
  await page.getByTestId('send-interview').click();
}

test('a caseworker invites with an Arabic interpreter, the applicant asks for another time in Arabic, and confirms the new one', async ({ page, browser }) => {
  const errors = watchConsole(page);
  const { reference, saved } = await applied(page.request, 'ar');

  // The caseworker: the applicant's language is the interpreter offered first.
  await signIn(page);
  await page.goto(`/staff/applications/${reference}`);
  await expect(heading(page)).toContainText(reference);
  const form = page.getByTestId('interview-form');
  await expect(form.getByLabel(message('nb', 'staff-interview-interpreter'))).toHaveValue('ar');
  // Nothing filled in: every problem at once beside its field, the first focused; nothing sent.
  await page.getByTestId('send-interview').click();
  const dateField = form.getByLabel(message('nb', 'staff-interview-date'));
  await expect(form.locator('#interview-date-error')).toHaveText(message('nb', 'staff-interview-error-date'));
  await expect(form.locator('#interview-time-error')).toHaveText(message('nb', 'staff-interview-error-time'));
  await expect(form.locator('#interview-address-error')).toHaveText(message('nb', 'staff-interview-error-address'));
  await expect(dateField).toBeFocused();
  await expectNoViolations(page, 'interview form with an error');
  const first = ahead(7);
  await invite(page, first.field, '09:30', { address: 'Servicetorget, Rådhuset, 1. etasje' });
  const shown = page.getByTestId('interview-shown');
  await expect(shown).toContainText('09:30');
  await expect(shown).toContainText('Servicetorget, Rådhuset, 1. etasje');
  await expect(shown).toContainText('العربية (ar)');
  await expect(shown.getByTestId('interview-reply')).toHaveText(message('nb', 'staff-interview-reply-none'));
  // Invited: the application is being worked on, and its history says when and how.
  await expect(page.getByTestId('status')).toContainText(message('nb', 'staff-status-in-progress'));
  await expect(page.getByText(/Innkalt til samtale .* kl\. 09:30 \(oppmøte, tolk: ar\)\./)).toBeVisible();
  await expectNoViolations(page, 'interview sent, staff page');

  // The applicant's phone, in Arabic: the receipt says it, with the time.
  const phone = await residentPhone(browser, saved, 'ar');
  const phoneErrors = watchConsole(phone);
  // Coming back to the start page, the application sent is the first way in (walk: she could
  // not find her invitation).
  await phone.goto('/');
  await phone.getByTestId('entry-receipt').click();
  await expect(phone.getByTestId('status')).toContainText(message('ar', 'apply-status-in-progress'));
  const notice = phone.getByTestId('receipt-meeting');
  await expect(notice.getByRole('heading', { level: 2 })).toHaveText(message('ar', 'receipt-meeting-heading'));
  await expect(notice).toContainText('09:30');
  await expectNoViolations(phone, 'receipt with an invitation, ar');
  await notice.screenshot({ path: `${ARTIFACTS}/receipt-meeting-ar-390.png` });
  await phone.getByTestId('open-meeting').click();
  await expect(heading(phone)).toHaveText(message('ar', 'meeting-page-title'));

  // The invitation in Arabic, right to left, and in Norwegian beside it: the day in words.
  const halves = phone.getByTestId('meeting-invitation');
  await expect(halves).toHaveCount(2);
  await expect(halves.nth(0)).toHaveAttribute('lang', 'ar');
  await expect(halves.nth(0)).toHaveAttribute('dir', 'rtl');
  await expect(halves.nth(1)).toHaveAttribute('lang', 'nb');
  const weekday = first.day.toLocaleDateString('nb-NO', { weekday: 'long' });
  await expect(halves.nth(1).getByTestId('meeting-when')).toContainText(weekday);
  await expect(halves.nth(1).getByTestId('meeting-when')).toContainText('09:30');
  await expect(halves.nth(0).getByTestId('meeting-interpreter')).toContainText('العربية');
  // Named in each half's own language: the Norwegian half says "arabisk", not the Arabic name.
  await expect(halves.nth(1).getByTestId('meeting-interpreter')).toContainText('arabisk');
  await expect(halves.nth(0).getByTestId('meeting-address')).toHaveText('Servicetorget, Rådhuset, 1. etasje');
  await expect(halves.nth(0).getByTestId('meeting-address')).toHaveAttribute('lang', 'nb');
  await expectNoViolations(phone, 'meeting page, ar');
  await phone.screenshot({ path: `${ARTIFACTS}/meeting-ar-390.png`, fullPage: true });

  // No choice: said beside the question, the first answer focused.
  await phone.getByTestId('send-meeting-reply').click();
  await expect(phone.locator('#meeting-answer-error')).toHaveText(message('ar', 'meeting-error-answer'));
  await expect(phone.locator('#meeting-answer-confirmed')).toBeFocused();
  // Another time, with no times written: said beside the field, which is focused.
  await phone.getByLabel(message('ar', 'meeting-answer-another')).check();
  const note = phone.getByLabel(message('ar', 'meeting-note-label-another'));
  await phone.getByTestId('send-meeting-reply').click();
  await expect(phone.locator('#meeting-note-error')).toHaveText(message('ar', 'meeting-error-note'));
  await expect(note).toBeFocused();
  await expectNoViolations(phone, 'meeting reply with an error, ar');

  // What is written is kept on the phone: a reload loses nothing.
  const times = 'بعد الساعة ١٢ كل يوم، أو يوم الجمعة. هاتفي 912 34 567';
  await note.fill(times);
  await phone.reload();
  await expect(phone.getByLabel(message('ar', 'meeting-answer-another'))).toBeChecked();
  await expect(note).toHaveValue(times);
  // Offline, the send fails and what was written stays.
  await phone.context().setOffline(true);
  await phone.getByTestId('send-meeting-reply').click();
  await expect(phone.getByTestId('meeting-problem')).toHaveText(message('ar', 'meeting-error-send'));
  await expect(phone.getByTestId('meeting-problem')).toBeFocused();
  await expect(note).toHaveValue(times);
  await phone.context().setOffline(false);
  await phone.getByTestId('send-meeting-reply').click();
  const replied = phone.getByTestId('meeting-replied');
  await expect(replied).toBeVisible();
  const said = loose(await replied.innerText());
  for (const part of partsOf('ar', 'meeting-replied-another')) expect(said).toContain(part);
  expect(said).toContain(loose(times));
  await expect(phone.locator('#meeting-reply-heading')).toBeFocused();
  await expectNoViolations(phone, 'meeting replied, ar');

  // Replied: the form waits behind "Change your reply".
  await expect(phone.getByTestId('send-meeting-reply')).toHaveCount(0);
  await expect(phone.getByTestId('change-meeting-reply')).toHaveText(message('ar', 'meeting-change-open'));
  // Back on the receipt, the answer given.
  await phone.goBack();
  await expect(phone.getByTestId('receipt-meeting-replied')).toHaveText(message('ar', 'receipt-meeting-another'));

  // The caseworker reads it, and invites again by video: the reply goes with the old time.
  await page.reload();
  await expect(page.getByTestId('interview-reply')).toContainText('om en annen tid');
  await expect(page.getByTestId('interview-reply-note')).toHaveText(times);
  // In the digits the caseworker reads as well.
  await expect(page.getByTestId('interview-reply-digits')).toContainText('بعد الساعة 12 كل يوم');
  const second = ahead(9);
  await invite(page, second.field, '13:00', { link: 'https://video.example.no/rom/42' });
  await expect(page.getByTestId('interview-shown')).toContainText('13:00');
  await expect(page.getByTestId('interview-reply')).toHaveText(message('nb', 'staff-interview-reply-none'));

  await phone.goto('/case/meeting');
  await expect(phone.getByTestId('meeting-link').first()).toHaveAttribute('href', 'https://video.example.no/rom/42');
  await expect(phone.getByTestId('meeting-replied')).toHaveCount(0);
  await phone.getByLabel(message('ar', 'meeting-answer-confirmed')).check();
  await phone.getByTestId('send-meeting-reply').click();
  await expect(phone.getByTestId('meeting-replied')).toBeVisible();
  const confirmed = loose(await phone.getByTestId('meeting-replied').innerText());
  for (const part of partsOf('ar', 'meeting-replied-confirmed')) expect(confirmed).toContain(part);
  await page.reload();
  await expect(page.getByTestId('interview-reply')).toContainText('at de kommer');

  // "Start over" would lose the receipt, the only way to the invitation here: it asks first,
  // and "Cancel" keeps it.
  await phone.goto('/');
  const asked: string[] = [];
  phone.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await phone.getByTestId('start-over').click();
  await expect.poll(() => asked).toEqual([message('ar', 'start-over-receipt')]);
  await expect(phone.getByTestId('entry-receipt')).toBeVisible();
  // The sign-in page asks who is signed in first: the one 401 is that question's answer.
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  // The one send made offline on purpose.
  expect(phoneErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

test('with no invitation the meeting page says so, in English, and without the receipt it says that', async ({ page, browser }) => {
  const { saved } = await applied(page.request, 'en');
  const phone = await residentPhone(browser, saved, 'en');
  await phone.goto('/case/meeting');
  await expect(heading(phone)).toHaveText(message('en', 'meeting-page-title'));
  await expect(phone.getByTestId('meeting-none')).toHaveText(message('en', 'meeting-none'));
  await expect(phone.getByTestId('receipt-meeting')).toHaveCount(0);
  await expectNoViolations(phone, 'meeting page without an invitation, en');
  await page.goto('/case/meeting');
  await expect(page.getByTestId('meeting-no-receipt')).toHaveText(message('nb', 'apply-receipt-missing'));
});

test('what a caseworker types is kept when the applicant\'s language arrives late', async ({ browser }) => {
  // The Arabic messages held back until the caseworker has typed (a slow connection); no service
  // worker, so the page's own request is the one held.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const { reference } = await applied(page.request, 'ar');
  await signIn(page);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/locales/ar.ftl', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/staff/applications/${reference}`);
  await expect(heading(page)).toContainText(reference);
  const form = page.getByTestId('interview-form');
  const day = ahead(10).field;
  await form.getByLabel(message('nb', 'staff-interview-date')).fill(day);
  await form.getByLabel(message('nb', 'staff-interview-time')).fill('10:15');
  await form.getByLabel(message('nb', 'staff-interview-address')).fill('Servicetorget, 2. etasje');
  const note = page.getByLabel(message('nb', 'staff-note'));
  await note.fill('Ringt søker med tolk.');
  // Until now the Arabic half shows Norwegian; the language arrives and the answers are drawn in it.
  release();
  await expect(page.locator('[lang="ar"]').filter({ hasText: message('ar', 'apply-name') }).first()).toBeVisible();
  await expect(form.getByLabel(message('nb', 'staff-interview-date'))).toHaveValue(day);
  await expect(form.getByLabel(message('nb', 'staff-interview-time'))).toHaveValue('10:15');
  await expect(form.getByLabel(message('nb', 'staff-interview-address'))).toHaveValue('Servicetorget, 2. etasje');
  await expect(note).toHaveValue('Ringt søker med tolk.');
  await page.getByTestId('send-interview').click();
  await expect(page.getByTestId('interview-shown')).toContainText('10:15');
  await context.close();
});
