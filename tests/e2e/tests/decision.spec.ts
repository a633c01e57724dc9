// The written decision (issue 18) against the real server: a caseworker makes it on the
// application's staff page (the form refuses what the law requires and is missing, beside the
// field), the letter shows in Norwegian and the applicant's Arabic side by side; the applicant
// opens it from the receipt on their phone in Arabic, their half first and right to left, the
// Norwegian beside it marked as the text that counts, with the appeal deadline that their
// opening started; on paper the halves stand side by side. axe on every state.
import { expect, test, type Page } from '@playwright/test';
import { applied, heading, loose, residentPhone, signIn } from './case';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;
/** An application in Arabic to Oslo, as a resident's phone sends it, and the receipt it keeps. */
const apply = (page: Page, lang: string) =>
  applied(page.request, lang, (a) => {
    a.person.name = 'Layla Haddad';
    a.household.children_ages = [7];
    a.income.amount = '240000';
    a.housing.monthly_cost = '11800';
    a.help_wanted = ['municipal_rental_home', 'deposit_guarantee'];
    a.own_words = 'نحتاج إلى بيت قريب من المدرسة';
  });

test('a caseworker makes the decision and the applicant reads it in Arabic beside the Norwegian', async ({ page, browser }) => {
  const errors = watchConsole(page);
  const { reference, saved } = await apply(page, 'ar');

  // Before any decision, the applicant's page says there is none yet.
  const phone = await residentPhone(browser, saved, 'ar');
  await phone.goto('/case/decision');
  await expect(phone.getByTestId('decision-not-yet')).toHaveText(message('ar', 'decision-not-yet'));

  await signIn(page);
  await page.goto(`/staff/applications/${reference}`);
  await expect(heading(page)).toContainText(reference);
  const form = page.getByTestId('decision-form');
  await expect(form).toBeVisible();
  // The rules' own finding is shown beside the question, not chosen for the caseworker.
  await expect(form.getByTestId('rules-said')).toBeVisible();

  // Nothing chosen: the message stands beside the question, nothing is sent.
  await page.getByTestId('make-decision').click();
  await expect(form.locator('fieldset').first()).toContainText(message('nb', 'error-required'));
  await page.getByLabel(message('nb', 'staff-yes'), { exact: true }).check();
  // A refusal without reasons is refused beside its reasons.
  const home = form.locator('[data-testid="decision-help"][data-help="help-municipal-rental-home"]');
  await home.getByLabel(message('nb', 'staff-decision-verdict')).selectOption('refused');
  await page.getByLabel(message('nb', 'staff-decision-facts')).fill('Søker bor hos venner med ett barn på 7 år. Leieavtalen ble sagt opp.');
  await page.getByLabel(message('nb', 'staff-decision-heard')).fill('Samtale med tolk 1. desember. Søker ønsker å bo nær skolen.');
  await page.getByTestId('make-decision').click();
  await expect(home).toContainText(message('nb', 'error-required'));
  // No verdict is chosen for the caseworker: the one left unchosen is named too, at once.
  const deposit = form.locator('[data-testid="decision-help"][data-help="help-deposit-guarantee"]');
  await expect(deposit).toContainText(message('nb', 'error-required'));
  // The first problem has the focus, so the caseworker sees where it is.
  await expect(home.getByLabel(message('nb', 'staff-decision-reason'))).toBeFocused();
  await expect(home.getByLabel(message('nb', 'staff-decision-reason'))).toHaveAttribute('aria-describedby', 'reason-help-municipal-rental-home-error');
  await expectNoViolations(page, 'decision form with errors');
  await home.getByLabel(message('nb', 'staff-decision-reason')).fill('Søker har ikke bodd i Oslo i tre år, som tildelingsreglene krever.');
  await deposit.getByLabel(message('nb', 'staff-decision-verdict')).selectOption('forwarded');
  await page.getByTestId('make-decision').click();

  // The letter: Norwegian and Arabic side by side, each half in its own language and direction.
  const letter = page.getByTestId('decision-letter');
  await expect(letter).toBeVisible();
  const nb = letter.locator('article[data-lang="nb"][lang="nb"][dir="ltr"]');
  const ar = letter.locator('article[data-lang="ar"][lang="ar"][dir="rtl"]');
  await expect(nb).toContainText(message('nb', 'decision-half-binding'));
  await expect(ar).toContainText(message('ar', 'decision-heading'));
  await expect(nb.getByTestId('decision-vanskeligstilt')).toHaveText(message('nb', 'decision-vanskeligstilt-yes'));
  await expect(nb.locator('[data-verdict="refused"]')).toContainText('tildelingsreglene krever');
  await expect(nb.locator('[data-verdict="forwarded"]')).toContainText(message('nb', 'decision-forwarded-nav'));
  // What the caseworker wrote stays Norwegian in the Arabic half, marked so.
  await expect(ar.locator('.letter-own-words[lang="nb"]').filter({ hasText: 'Søker bor hos venner' })).toHaveCount(1);
  await expect(ar.locator('.letter-own-words[lang="nb"]').filter({ hasText: 'tildelingsreglene krever' })).toHaveCount(1);
  await expect(nb).toContainText('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
  await expect(page.getByTestId('decision-opened')).toHaveText(message('nb', 'staff-decision-not-opened'));
  await expect(page.getByTestId('status')).toContainText(message('nb', 'staff-status-decided'));
  // The status change starts at "decided": saving without choosing moves nothing back (walk).
  await expect(page.locator('#new-status')).toHaveValue('decided');
  await expectNoViolations(page, 'decision letter, staff');
  await page.screenshot({ path: `${ARTIFACTS}/decision-staff-nb-ar.png`, fullPage: true });

  // The applicant: from the receipt to the decision, in Arabic, their half first.
  await phone.goto('/apply/receipt');
  await expect(phone.getByTestId('open-decision')).toBeVisible();
  // "The municipality is reading your application" no longer stands under a decision.
  await expect(phone.getByTestId('next-body')).toHaveCount(0);
  await phone.getByTestId('open-decision').click();
  await expect(heading(phone)).toHaveText(message('ar', 'decision-page-title'));
  const phoneLetter = phone.getByTestId('decision-letter');
  const halves = phoneLetter.locator('article');
  await expect(halves).toHaveCount(2);
  await expect(halves.nth(0)).toHaveAttribute('lang', 'ar');
  await expect(halves.nth(1)).toHaveAttribute('lang', 'nb');
  await expect(halves.nth(1)).toContainText(message('nb', 'decision-half-binding'));
  // Opening it started the deadline: today, and a day at least three weeks on.
  const today = new Date();
  const dd = String(today.getUTCDate()).padStart(2, '0');
  const mm = String(today.getUTCMonth() + 1).padStart(2, '0');
  const nbDeadline = loose(await halves.nth(1).getByTestId('decision-deadline').innerText());
  expect(nbDeadline).toContain(`Du fikk vedtaket ${dd}.${mm}.${today.getUTCFullYear()}.`);
  const [, d2, m2, y2] = nbDeadline.match(/senest (\d\d)\.(\d\d)\.(\d{4})/) ?? [];
  const deadline = Date.UTC(Number(y2), Number(m2) - 1, Number(d2));
  const days = (deadline - Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) / 86_400_000;
  expect(days).toBeGreaterThanOrEqual(21);
  expect(days).toBeLessThanOrEqual(27);
  expect([0, 6]).not.toContain(new Date(deadline).getUTCDay());
  // The Arabic half gives the same dates, left to right inside the right-to-left text.
  await expect(halves.nth(0).getByTestId('decision-deadline')).toContainText(`${dd}/${mm}/${today.getUTCFullYear()}`);
  await expectNoViolations(phone, 'decision, resident, ar');
  await phone.screenshot({ path: `${ARTIFACTS}/decision-resident-ar-390.png`, fullPage: true });

  // On paper: the two halves side by side, the buttons gone.
  await phone.setViewportSize({ width: 794, height: 1123 });
  await phone.emulateMedia({ media: 'print' });
  const [first, second] = [await halves.nth(0).boundingBox(), await halves.nth(1).boundingBox()];
  expect(first && second && Math.abs(first.y - second.y) < 2).toBeTruthy();
  await expect(phone.getByTestId('print')).toBeHidden();
  await phone.screenshot({ path: `${ARTIFACTS}/decision-print-ar.png`, fullPage: true });
  await phone.context().close();

  // The caseworker now sees when it reached the applicant, and the deadline.
  await page.reload();
  await expect(page.getByTestId('decision-opened')).toContainText(`${dd}.${mm}.${today.getUTCFullYear()}`);
  // A second decision is not offered: the form is gone once one is made.
  await expect(page.getByTestId('decision-form')).toHaveCount(0);
  // The staff page asks who is signed in before signing in (401), the decision page before the
  // decision was made (404): answers, not faults.
  expect(errors.filter((e) => !e.includes('404') && !e.includes('401'))).toEqual([]);
});

test('in Norwegian the applicant reads one letter, and a receipt from elsewhere reads nothing', async ({ page, browser }) => {
  const { reference, saved } = await apply(page, 'nb');
  await signIn(page);
  const made = await page.request.post(`/api/staff/applications/${reference}/decision`, {
    headers: { 'X-CSRF-Token': await page.evaluate(async () => (await (await fetch('/api/staff/me')).json()).csrf_token) },
    data: {
      vanskeligstilt: false,
      facts: 'Søker eier egen bolig som er egnet.',
      heard: 'Søker ble ringt 1. desember.',
      items: [
        { help: 'municipal_rental_home', verdict: 'refused', reason: 'Søker har en egnet bolig.' },
        { help: 'deposit_guarantee', verdict: 'forwarded', reason: 'NAV avgjør.' },
      ],
    },
  });
  expect(made.status()).toBe(201);

  const phone = await residentPhone(browser, saved, 'nb');
  // The receipt first, as the applicant comes: its page registers the service worker.
  await phone.goto('/apply/receipt');
  await phone.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await phone.goto('/case/decision');
  expect(await phone.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(heading(phone)).toHaveText(message('nb', 'decision-page-title'));
  await expect(phone.getByTestId('decision-letter').locator('article')).toHaveCount(1);
  await expect(phone.getByTestId('decision-vanskeligstilt')).toHaveText(message('nb', 'decision-vanskeligstilt-no'));
  await expectNoViolations(phone, 'decision, resident, nb');

  // Offline, the page still opens (the worker kept it, not the decision) and says what is wrong,
  // and the decision comes as soon as the network is back.
  await phone.context().setOffline(true);
  await phone.reload();
  await expect(heading(phone)).toHaveText(message('nb', 'decision-page-title'));
  await expect(phone.getByTestId('decision-unreachable')).toContainText(message('nb', 'decision-unreachable'));
  await expect(phone.getByTestId('decision-letter')).toHaveCount(0);
  await expectNoViolations(phone, 'decision, resident, offline');
  await phone.context().setOffline(false);
  await expect(phone.getByTestId('decision-vanskeligstilt')).toHaveText(message('nb', 'decision-vanskeligstilt-no'));
  await phone.context().close();

  // Someone else's device with a made-up secret for the same reference: nothing.
  const stranger = await residentPhone(browser, { ...saved, secret: 'not-the-secret' }, 'en');
  await stranger.goto('/case/decision');
  await expect(stranger.getByTestId('decision-not-yet')).toHaveText(message('en', 'decision-not-yet'));
  await expect(stranger.locator('main')).not.toContainText('Søker eier');
  await stranger.context().close();

  // A device with no receipt at all is told so, not that there is no decision yet.
  const emptyContext = await browser.newContext();
  const empty = await emptyContext.newPage();
  await empty.goto('/case/decision?lang=en');
  await expect(empty.getByTestId('decision-no-receipt')).toHaveText(message('en', 'apply-receipt-missing'));
  await expectNoViolations(empty, 'decision page without a receipt, en');
  await emptyContext.close();
});
