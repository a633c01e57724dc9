// What the case tests share (decision, appeal, interview): an application as a resident's phone
// sends it, with the receipt the phone keeps; a resident's phone with that receipt on it; a staff
// member signed in; an application with a decision on it; and how a message reads on the page.
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { message } from './fluent';

export const STAFF_PASSWORD = process.env.HUSLY_STAFF_PASSWORD ?? '';
export const CASEWORKER = process.env.HUSLY_STAFF_USER ?? '';
export const FRONT_DESK = process.env.HUSLY_DESK_USER ?? '';
if (!CASEWORKER || !STAFF_PASSWORD || !FRONT_DESK) {
  throw new Error('HUSLY_STAFF_USER is not set: run the end-to-end tests with `cargo xtask test`, which makes the staff accounts');
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** Fluent's isolation marks and spaces, wherever a value sits in a message. */
export const loose = (text: string) => text.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
/** A message's text before its first variable. */
export const opening = (locale: string, id: string) => message(locale, id).split('{')[0].trim();

/** The text of message `id` in `locale` around its variables: each part is on `text`. */
export function partsOf(locale: string, id: string): string[] {
  return message(locale, id)
    .split(/\{[^}]*\}/)
    .map((part) => loose(part))
    .filter((part) => part.length > 1);
}

/** Signs `user` in on the staff pages; the inbox is shown. */
export async function signIn(page: Page, user: string = CASEWORKER) {
  await page.goto('/staff');
  await page.getByLabel(message('nb', 'staff-username')).fill(user);
  await page.getByLabel(message('nb', 'staff-password')).fill(STAFF_PASSWORD);
  await page.getByTestId('login').click();
  await expect(heading(page)).toHaveText(message('nb', 'staff-inbox-heading'));
}

/** The signed-in staff member's CSRF token, for an API call from the page's context. */
export async function csrf(page: Page): Promise<string> {
  return page.evaluate(async () => (await (await fetch('/api/staff/me')).json()).csrf_token);
}

/** An application to Oslo from a resident who reads `lang` (changed by `adjust`), sent by
 * `sender` (a phone, or a signed-in front desk), and the receipt the phone keeps. */
export async function applied(sender: APIRequestContext, lang: string, adjust: (a: any) => void = () => {}) {
  const application: any = {
    municipality: '0301',
    person: { name: 'Hawa Ahmed', national_id: '15038500047', phone: '912 34 567', preferred_language: lang, needs_interpreter: true },
    household: { adults: 1, children_ages: [4] },
    income: { amount: '210000' },
    housing: { kind: 'rented', monthly_cost: '12500' },
    needs: { sleeping_tonight: 'with_friends_or_family', risks: [], home_problems: [], circumstances: [] },
    help_wanted: ['municipal_rental_home'],
    own_words: '',
    consent: true,
  };
  adjust(application);
  const sent = await sender.post('/api/applications', {
    headers: { 'Idempotency-Key': `case-e2e-${lang}-${Date.now()}-${Math.random()}` },
    data: application,
  });
  expect(sent.status()).toBe(201);
  const receipt = await sent.json();
  const today = new Date();
  const saved = {
    reference: receipt.reference,
    secret: receipt.secret,
    submitted_on: [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()],
    application: { ...application, person: { ...application.person, national_id: '150385*****' } },
    handled_by: receipt.handled_by,
  };
  return { reference: receipt.reference as string, saved };
}

/** A resident's phone with the receipt on it, in `lang`. */
export async function residentPhone(browser: Browser, saved: object, lang: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(
    ([receipt, lang]) => {
      if (!localStorage.getItem('husly-receipt')) {
        localStorage.setItem('husly-receipt', receipt);
        localStorage.setItem('husly-lang', lang);
      }
    },
    [JSON.stringify(saved), lang],
  );
  return context.newPage();
}

/** An application to Oslo in `lang` (sent by `sender`: a phone, or a signed-in front desk) with
 * a decision on it by the caseworker signed in on `page`, and the receipt the phone keeps. */
export async function decided(page: Page, lang: string, sender: APIRequestContext = page.request) {
  const { reference, saved } = await applied(sender, lang);
  await signIn(page, CASEWORKER);
  const made = await page.request.post(`/api/staff/applications/${reference}/decision`, {
    headers: { 'X-CSRF-Token': await csrf(page) },
    data: {
      vanskeligstilt: true,
      facts: 'Søker bor hos venner med ett barn på 4 år.',
      heard: 'Samtale med tolk 2. desember.',
      items: [{ help: 'municipal_rental_home', verdict: 'refused', reason: 'Søker har ikke bodd i Oslo i tre år, som tildelingsreglene krever.' }],
    },
  });
  expect(made.status()).toBe(201);
  return { reference, saved };
}
