// The appeal (issue 18) against the real server: the applicant appeals on their phone in Arabic,
// under the decision, in their own words (an empty appeal is named beside its field, a send
// that fails offline keeps every word); the caseworker sees it above the inbox with the days left
// of the municipality's review, reads it in the applicant's language and forwards it to
// Statsforvalteren; the applicant then reads the answer in Arabic beside the Norwegian. After the
// deadline, the page explains forvaltningsloven § 31 and asks why it is late. axe on every state.
import { expect, test } from '@playwright/test';
import { FRONT_DESK, decided, heading, loose, opening, residentPhone, signIn } from './case';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

test('an applicant appeals in Arabic and the caseworker forwards the appeal to Statsforvalteren', async ({ page, browser }) => {
  const errors = watchConsole(page);
  const { reference, saved } = await decided(page, 'ar');
  const phone = await residentPhone(browser, saved, 'ar');
  await phone.goto('/case/decision');
  const form = phone.getByTestId('appeal-form');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText(message('ar', 'appeal-heading'));
  // The deadline, three weeks or a little more from today, as the letter gives it.
  await expect(form.getByTestId('appeal-deadline')).toContainText(opening('ar', 'appeal-deadline-open'));

  // Nothing written: named beside the field, which gets the focus; nothing sent.
  await phone.getByTestId('send-appeal').click();
  const words = phone.getByLabel(message('ar', 'appeal-text-label'));
  await expect(form.locator('#appeal-text-error')).toHaveText(message('ar', 'appeal-error-text'));
  await expect(words).toBeFocused();
  await expect(words).toHaveAttribute('aria-describedby', 'appeal-text-hint appeal-text-error');
  await expectNoViolations(phone, 'appeal form with an error, ar');
  await form.screenshot({ path: `${ARTIFACTS}/appeal-form-error-ar-390.png` });

  // Offline, the send fails and every word stays.
  const text = 'أنا لا أوافق. أعيش مع ابني عند أصدقاء منذ أكتوبر. هاتفي 912 34 567.';
  await words.fill(text);
  await phone.context().setOffline(true);
  await phone.getByTestId('send-appeal').click();
  await expect(phone.getByTestId('appeal-problem')).toHaveText(message('ar', 'appeal-error-send'));
  await expect(phone.getByTestId('appeal-problem')).toBeFocused();
  await expect(words).toHaveValue(text);
  await phone.context().setOffline(false);
  // The message says what was written is kept: a reload (as people do) finds it still there.
  await phone.reload();
  await expect(phone.getByLabel(message('ar', 'appeal-text-label'))).toHaveValue(text);

  await phone.getByTestId('send-appeal').click();
  const sent = phone.getByTestId('appeal-sent');
  await expect(sent.getByRole('heading', { level: 2 })).toHaveText(message('ar', 'appeal-sent-heading'));
  await expect(sent.getByRole('heading', { level: 2 })).toBeFocused();
  const own = sent.locator('.letter-own-words[lang="ar"]');
  await expect(own).toHaveText(text);
  // Its direction from its first letter: Arabic words right to left.
  expect(await own.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  await expect(sent.locator('.letter-own-words bdi[dir="ltr"]')).toHaveText('912 34 567');
  await expect(sent.getByRole('status')).toContainText('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
  await expectNoViolations(phone, 'appeal sent, ar');
  await sent.screenshot({ path: `${ARTIFACTS}/appeal-sent-ar-390.png` });
  // Read again, the page says it was sent: one appeal per decision.
  await phone.reload();
  await expect(phone.getByTestId('appeal-sent')).toBeVisible();
  await expect(phone.getByTestId('appeal-form')).toHaveCount(0);

  // The caseworker: the appeal above the inbox, with the month the municipality has.
  await page.goto('/staff');
  const open = page.getByTestId('open-appeal').filter({ hasText: reference });
  await expect(open).toContainText('Hawa Ahmed');
  await expect(open).toContainText(/\d+ dager igjen/);
  await expectNoViolations(page, 'open appeals above the inbox');
  await open.getByRole('link').click();
  // The appeal is far down the application's page: the notice at the top takes one there.
  await page.getByTestId('appeal-waiting').getByRole('button').click();
  await expect(page.locator('#appeal-shown-heading')).toBeFocused();
  const shown = page.getByTestId('appeal-shown');
  await expect(shown.getByTestId('appeal-words')).toHaveText(text);
  await expect(shown.getByTestId('appeal-words')).toHaveAttribute('lang', 'ar');
  expect(await shown.getByTestId('appeal-words').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  // The phone number in the Arabic words keeps its order: isolated left to right.
  await expect(shown.getByTestId('appeal-words').locator('bdi[dir="ltr"]')).toHaveText('912 34 567');

  // The review: both problems named at once, the first focused.
  await page.getByTestId('save-appeal-outcome').click();
  await expect(page.locator('#appeal-result-reversed-error')).toHaveText(message('nb', 'error-required'));
  await expect(page.locator('#appeal-outcome-reason-error')).toBeVisible();
  await expect(page.getByLabel(message('nb', 'staff-appeal-result-reversed'))).toBeFocused();
  await expectNoViolations(page, 'appeal review with errors');
  await page.getByLabel(message('nb', 'staff-appeal-result-forwarded')).check();
  await page.getByLabel(message('nb', 'staff-appeal-reason')).fill('Kommunen mener kravet om tre års botid gjelder. Se vedtaket.');
  await page.getByTestId('save-appeal-outcome').click();
  const answer = page.getByTestId('appeal-answer');
  await expect(answer.locator('article[lang="nb"][data-result="forwarded"]')).toContainText('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
  await expect(answer.locator('article[lang="ar"][dir="rtl"]')).toContainText(message('ar', 'appeal-outcome-heading'));
  await expect(page.getByTestId('appeal-outcome-form')).toHaveCount(0);
  await expectNoViolations(page, 'appeal answer, staff');
  await page.getByTestId('appeal-shown').screenshot({ path: `${ARTIFACTS}/appeal-staff-nb-ar.png` });
  await page.goto('/staff');
  await expect(heading(page)).toHaveText(message('nb', 'staff-inbox-heading'));
  await expect(page.getByTestId('open-appeal').filter({ hasText: reference })).toHaveCount(0);
  // It waits at Statsforvalteren now, listed as such until its decision is recorded.
  await expect(page.getByTestId('forwarded-appeal').filter({ hasText: reference })).toBeVisible();

  // The applicant reads the answer, in Arabic first and the Norwegian that counts beside it.
  await phone.reload();
  const halves = phone.getByTestId('appeal-answer').locator('article');
  // The answer is the news: it comes before the decision, and what she wrote is still shown.
  await expect(halves).toHaveCount(2);
  const [answerBox, letterBox] = [await phone.getByTestId('appeal-answer').boundingBox(), await phone.getByTestId('decision-letter').boundingBox()];
  expect(answerBox && letterBox && answerBox.y < letterBox.y).toBeTruthy();
  await expect(phone.locator('.letter-own-words[lang="ar"]').filter({ hasText: 'أنا لا أوافق' })).toHaveCount(1);
  await expect(halves).toHaveCount(2);
  await expect(halves.nth(0)).toHaveAttribute('lang', 'ar');
  await expect(halves.nth(1)).toHaveAttribute('lang', 'nb');
  await expect(halves.nth(0).locator('.letter-own-words[lang="nb"]')).toContainText('tre års botid');
  expect(loose(await halves.nth(1).innerText())).toContain('Klagen er sendt til Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
  await expectNoViolations(phone, 'appeal answer, resident, ar');
  await phone.getByTestId('appeal-answer').screenshot({ path: `${ARTIFACTS}/appeal-answer-ar-390.png` });
  await phone.context().close();
  // The staff pages ask who is signed in before signing in (401): an answer, not a fault.
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
});

test('after the deadline the page explains § 31 and asks why, and a language chosen keeps what is typed', async ({ page, browser }) => {
  const { saved } = await decided(page, 'en');
  const phone = await residentPhone(browser, saved, 'en');
  // The server's day moved 40 days on: the three weeks are over (the server itself is tested
  // with a decision read 40 days ago in the API tests).
  await phone.route('**/api/applications/*/decision', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    const later = new Date(Date.now() + 40 * 86_400_000);
    body.today = later.toISOString().slice(0, 10);
    await route.fulfill({ response, json: body });
  });
  await phone.goto('/case/decision');
  const late = phone.getByTestId('appeal-late');
  await expect(late).toContainText(opening('en', 'appeal-late-heading'));
  expect(loose(await late.innerText())).toContain(loose(message('en', 'appeal-late-body')));
  const words = phone.getByLabel(message('en', 'appeal-text-label'));
  await words.fill('I disagree: I have lived in Oslo for three years.');
  await phone.getByTestId('send-appeal').click();
  const reason = phone.getByLabel(message('en', 'appeal-late-reason-label'));
  await expect(phone.locator('#appeal-late-reason-error')).toHaveText(message('en', 'appeal-error-late-reason'));
  await expect(reason).toBeFocused();
  await expectNoViolations(phone, 'late appeal with an error, en');

  // Another language chosen while writing: the page is now Norwegian, the words are all there.
  await reason.fill('I was in hospital.');
  await phone.getByLabel(message('en', 'language-picker-label')).selectOption('nb');
  await expect(phone.getByTestId('appeal-form').getByRole('heading', { level: 2 })).toHaveText(message('nb', 'appeal-heading'));
  await expect(phone.getByLabel(message('nb', 'appeal-text-label'))).toHaveValue('I disagree: I have lived in Oslo for three years.');
  await expect(phone.getByLabel(message('nb', 'appeal-late-reason-label'))).toHaveValue('I was in hospital.');
  await phone.getByTestId('appeal-form').screenshot({ path: `${ARTIFACTS}/appeal-late-nb-390.png` });
  await phone.context().close();
});

test('a front desk writes the appeal for a walk-in, and the caseworker sees who sent it', async ({ page, browser }) => {
  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await signIn(desk, FRONT_DESK);
  const { reference } = await decided(page, 'ti', desk.request);

  await desk.goto(`/staff/applications/${reference}`);
  const form = desk.getByTestId('appeal-for-applicant');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText(message('nb', 'staff-appeal-for-heading'));
  await desk.getByTestId('send-appeal-for-applicant').click();
  const words = desk.getByLabel(message('nb', 'staff-appeal-for-text'));
  await expect(form.locator('#appeal-for-text-error')).toHaveText(message('nb', 'error-required'));
  await expect(words).toBeFocused();
  await expectNoViolations(desk, 'appeal for a walk-in, with an error');
  await words.fill('Søkeren forteller (med tolk): Jeg har bodd i Oslo siden 2022 og har papirer på det.');
  await desk.getByTestId('send-appeal-for-applicant').click();
  const shown = desk.getByTestId('appeal-shown');
  await expect(shown.getByTestId('appeal-words')).toBeVisible();
  expect(loose(await shown.innerText())).toContain(`Sendt av ${FRONT_DESK} i skranken for søkeren.`);
  await expect(shown.getByTestId('appeal-words')).toHaveAttribute('lang', 'nb');
  // A front desk does not review appeals.
  await expect(desk.getByTestId('appeal-outcome-form')).toHaveCount(0);
  await expectNoViolations(desk, 'appeal sent for a walk-in');
  await deskContext.close();

  await page.goto('/staff');
  await expect(page.getByTestId('open-appeal').filter({ hasText: reference })).toBeVisible();
});
