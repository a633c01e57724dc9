// Statsforvalteren's decision on a forwarded appeal (issue 18) against the real server: the
// caseworker records it from Statsforvalteren's letter under the municipality's answer (every
// problem named beside its field at once, a day before the forwarding refused beside the day),
// and the applicant reads it first on the decision page, in Ukrainian and Arabic beside the
// Norwegian, with the caseworker's summary marked as Norwegian. axe on every state.
import { expect, test } from '@playwright/test';
import { csrf, decided, loose, residentPhone } from './case';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

/** The applicant appeals with the receipt's secret and the caseworker signed in on `page`
 * forwards the appeal to Statsforvalteren. */
async function forwarded(page: import('@playwright/test').Page, saved: any) {
  const sent = await page.request.post(`/api/applications/${saved.reference}/appeal`, {
    headers: { Authorization: `Bearer ${saved.secret}` },
    data: { text: 'Jeg er uenig. Vi bor hos venner.' },
  });
  expect(sent.status()).toBe(201);
  const outcome = await page.request.post(`/api/staff/applications/${saved.reference}/appeal/outcome`, {
    headers: { 'X-CSRF-Token': await csrf(page) },
    data: { result: 'forwarded', reason: 'Kommunen mener kravet om tre års botid gjelder.' },
  });
  expect(outcome.status()).toBe(201);
}

for (const lang of ['uk', 'ar']) {
  test(`the caseworker records Statsforvalteren's decision and the applicant reads it first, in ${lang}`, async ({ page, browser }) => {
    const errors = watchConsole(page);
    const { reference, saved } = await decided(page, lang);
    await forwarded(page, saved);

    // Above the inbox, with the appeals at Statsforvalteren (a walk found no way to it but its
    // reference): from there to the application.
    await page.goto('/staff');
    const waiting = page.getByTestId('forwarded-appeal').filter({ hasText: reference });
    await expect(waiting).toContainText(message('nb', 'staff-appeal-forwarded-on').split('{')[0].trim());
    await expectNoViolations(page, `appeals at Statsforvalteren above the inbox (${lang})`);
    await waiting.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/staff/applications/${reference}$`));
    // Someone who reads Arabic or Ukrainian may write the appeal in Norwegian: it reads left to
    // right, its full stop at its end (a walk found it right to left).
    const words = page.getByTestId('appeal-words');
    await expect(words).toHaveText('Jeg er uenig. Vi bor hos venner.');
    expect(await words.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    const form = page.getByTestId('instance-form');
    await expect(form.getByRole('heading', { level: 3 })).toHaveText(message('nb', 'staff-instance-heading'));
    // Nothing chosen or written: every problem beside its field, the first focused.
    await form.getByTestId('save-instance-decision').click();
    await expect(form.locator('#instance-result-upheld-error')).toHaveText(message('nb', 'staff-instance-error-result'));
    await expect(form.locator('#instance-decided-on-error')).toHaveText(message('nb', 'staff-instance-error-date'));
    await expect(form.locator('#instance-summary-error')).toHaveText(message('nb', 'staff-instance-error-summary'));
    await expect(page.getByLabel(message('nb', 'staff-instance-upheld'))).toBeFocused();
    await expectNoViolations(page, `Statsforvalteren's decision form with errors (${lang})`);

    // The days the letter can bear are said under the field, in Norwegian order (the browser
    // shows a date field's day in its own), and the field holds no other.
    const date = page.getByLabel(message('nb', 'staff-instance-date'));
    const norwegian = (d: Date) => `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
    await expect(form.locator('#instance-decided-on-hint')).toHaveText(`Fra ${norwegian(new Date())} til i dag, ${norwegian(new Date())}.`);
    await expect(date).toHaveAttribute('aria-describedby', 'instance-decided-on-hint instance-decided-on-error');
    await expect(date).toHaveAttribute('max', new Date().toISOString().slice(0, 10));
    // A radio is a target a thumb can hit (the staff pages are used on phones at the desk too).
    const radio = await page.getByLabel(message('nb', 'staff-instance-upheld')).boundingBox();
    expect(radio && radio.width >= 20 && radio.height >= 20).toBeTruthy();

    // A letter dated before the appeal was forwarded (yesterday) is refused beside the day,
    // and nothing typed is lost.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    const summary = 'Statsforvalteren mener kommunen ikke har vurdert barnets skolevei. Saken sendes tilbake til kommunen.';
    await page.getByLabel(message('nb', 'staff-instance-repealed')).check();
    await page.getByLabel(message('nb', 'staff-instance-date')).fill(yesterday);
    await page.getByLabel(message('nb', 'staff-instance-summary')).fill(summary);
    await form.getByTestId('save-instance-decision').click();
    await expect(form.locator('#instance-decided-on-error')).toBeVisible();
    await expect(form.locator('#instance-summary-error')).toHaveCount(0);
    await expect(page.getByLabel(message('nb', 'staff-instance-date'))).toBeFocused();
    await expect(page.getByLabel(message('nb', 'staff-instance-summary'))).toHaveValue(summary);
    await expect(page.getByLabel(message('nb', 'staff-instance-repealed'))).toBeChecked();

    await page.getByLabel(message('nb', 'staff-instance-date')).fill(today);
    await form.getByTestId('save-instance-decision').click();
    const note = page.getByTestId('instance-decision');
    // What was saved is where the form was, and the focus is on it.
    await expect(page.locator('#instance-done')).toBeFocused();
    await expect(note.locator('article')).toHaveCount(2);
    await expect(note.locator('article[lang="nb"][data-result="repealed"]')).toContainText('opphevet kommunens vedtak');
    await expect(note.locator(`article[lang="${lang}"]`)).toContainText(message(lang, 'instance-heading'));
    await expect(page.getByTestId('instance-form')).toHaveCount(0);
    await expectNoViolations(page, `Statsforvalteren's decision recorded, staff (${lang})`);
    // Read again, it is there and cannot be recorded twice; the appeal is no longer waiting.
    await page.reload();
    await expect(page.getByTestId('instance-decision')).toBeVisible();
    await expect(page.getByTestId('instance-form')).toHaveCount(0);
    const listed = page.waitForResponse((r) => r.url().endsWith('/api/staff/appeals'));
    await page.goto('/staff');
    expect((await listed).ok()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-inbox-heading'));
    await expect(page.getByTestId('forwarded-appeal').filter({ hasText: reference })).toHaveCount(0);

    // The applicant: Statsforvalteren's decision first, above the municipality's answer, in
    // their language first and the Norwegian beside it; the summary marked as Norwegian.
    const phone = await residentPhone(browser, saved, lang);
    await phone.goto('/case/decision');
    const halves = phone.getByTestId('instance-decision').locator('article');
    await expect(halves).toHaveCount(2);
    await expect(halves.nth(0)).toHaveAttribute('lang', lang);
    await expect(halves.nth(0)).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(halves.nth(1)).toHaveAttribute('lang', 'nb');
    await expect(halves.nth(0).getByRole('heading', { level: 2 })).toHaveText(message(lang, 'instance-heading'));
    await expect(halves.nth(0).locator('.letter-own-words[lang="nb"]')).toHaveText(summary);
    expect(loose(await halves.nth(0).innerText())).toContain('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
    expect(loose(await halves.nth(1).innerText())).toContain(loose(message('nb', 'instance-final')));
    const [instanceBox, answerBox] = [
      await phone.getByTestId('instance-decision').boundingBox(),
      await phone.getByTestId('appeal-answer').boundingBox(),
    ];
    expect(instanceBox && answerBox && instanceBox.y < answerBox.y).toBeTruthy();
    await expectNoViolations(phone, `Statsforvalteren's decision, resident (${lang})`);
    await phone.getByTestId('instance-decision').screenshot({ path: `${ARTIFACTS}/instance-decision-${lang}-390.png` });
    await phone.context().close();
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
}
