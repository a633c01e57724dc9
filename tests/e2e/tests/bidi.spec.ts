// Numbers inside right-to-left text, read back as the eye sees them. In Arabic, Dari and Pashto
// a phone number, an amount with its "kr", a reference, a date, a national id, a municipality
// number and a percentage must read left to right, whole: "+47 912 34 567", never
// "567 34 912 47+"; "350,000 kr", never "kr 350,000". The DOM's text is the same either way,
// so each value is read from the screen: every character's box (Range.getClientRects), sorted
// line by line and left to right. Inputs have no Range: their computed direction is checked,
// and their value is laid out in a hidden twin with the input's direction and measured there.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { applied, residentPhone } from './case';
import { message } from './fluent';
import { economy, heading, helpAndWords, label, needsCheck, next, NATIONAL_ID, person } from './journey';
import { watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;
const RIGHT_TO_LEFT = ['ar', 'prs', 'ps'];
const PHONE = '+47 912 34 567';
const EMAIL = 'kari.nordmann@example.no';

/** Invisible direction marks, and the no-break spaces the app groups and joins with, as plain spaces. */
const plain = (s: string) => s.replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ');
/** Spaces apart: a space at the end of a wrapped line has no box. Reordered groups still differ. */
const solid = (s: string) => plain(s).replace(/\s+/g, '');

/**
 * The text of `within` that is on screen (not a closed <details>, not an SVG <desc>) and how the
 * `nth` occurrence of `value` in it reads on screen: its characters sorted by their boxes, lines
 * from top to bottom, each from left to right (`null` when the value is not in the text).
 */
async function read(within: Locator, value: string, nth = 0): Promise<{ shown: string; seen: string | null }> {
  return within.evaluate(
    (root, [value, nth]) => {
      const controls = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
      const chars: { node: Text; at: number; c: string }[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement || n.parentElement.getClientRects().length === 0) continue;
        const text = (n as Text).data;
        for (let i = 0; i < text.length; i++) {
          if (controls.test(text[i])) continue;
          chars.push({ node: n as Text, at: i, c: /[\u00a0\u202f]/.test(text[i]) ? ' ' : text[i] });
        }
      }
      const shown = chars.map((c) => c.c).join('');
      let start = -1;
      for (let k = 0; k <= (nth as number); k++) {
        start = shown.indexOf(value as string, start + 1);
        if (start < 0) return { shown, seen: null };
      }
      const boxes = chars.slice(start, start + (value as string).length).flatMap((c) => {
        const range = document.createRange();
        range.setStart(c.node, c.at);
        range.setEnd(c.node, c.at + 1);
        const box = [...range.getClientRects()].find((r) => r.width > 0);
        return box ? [{ c: c.c, x: box.left + box.width / 2, y: box.top + box.height / 2, h: box.height }] : [];
      });
      boxes.sort((a, b) => a.y - b.y);
      const lines: (typeof boxes)[] = [];
      for (const box of boxes) {
        const line = lines[lines.length - 1];
        if (line && Math.abs(line[0].y - box.y) < line[0].h / 2) line.push(box);
        else lines.push([box]);
      }
      return { shown, seen: lines.map((line) => line.sort((a, b) => a.x - b.x).map((b) => b.c).join('')).join('') };
    },
    [plain(value), nth] as const,
  );
}

/** Asserts that `value` is in the text of `within` and reads on screen as written. */
async function expectReads(within: Locator, value: string, what: string, nth = 0) {
  // Read again until it is there: on a prerendered page the element found may be replaced by
  // the app's own as it is read (src/starting.rs), and a removed element shows nothing.
  let { shown, seen } = await read(within, value, nth);
  await expect
    .poll(async () => ({ shown, seen } = await read(within, value, nth)).seen, { message: `${what}: "${value}" is not in ${shown}` })
    .not.toBeNull();
  expect(solid(seen!), `${what}: "${value}" on screen`).toBe(solid(value));
}

/** Every value of the kinds the app formats (amounts, percentages, dates) in the text of `within`. */
async function valuesIn(within: Locator): Promise<string[]> {
  const { shown } = await read(within, '');
  return shown.match(/−?\d{1,3}(?:,\d{3})*(?:\.\d+)? ?kr|\d+(?:\.\d+)? ?%|\d{2}\/\d{2}\/\d{4}/g) ?? [];
}

/**
 * An input for something that runs left to right: `dir="ltr"`, computed left to right, the
 * right keyboard, and `typed` laid out as the input lays it out (a hidden twin with its
 * direction, in its place) reading as typed.
 */
async function expectLeftToRightInput(input: Locator, inputmode: string, typed: string) {
  await expect(input).toHaveAttribute('dir', 'ltr');
  await expect(input).toHaveAttribute('inputmode', inputmode);
  await input.fill(typed);
  const seen = await input.evaluate((el) => {
    const style = getComputedStyle(el);
    const twin = document.createElement('div');
    twin.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${style.font}`;
    twin.style.direction = style.direction;
    twin.style.unicodeBidi = style.unicodeBidi;
    twin.textContent = (el as HTMLInputElement).value;
    el.parentElement!.appendChild(twin);
    const text = twin.firstChild as Text;
    const xs = [...text.data].map((c, i) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const box = range.getBoundingClientRect();
      return { c, x: box.left + box.width / 2 };
    });
    twin.remove();
    return { direction: style.direction, visual: xs.sort((a, b) => a.x - b.x).map((b) => b.c).join('') };
  });
  expect(seen.direction).toBe('ltr');
  expect(seen.visual).toBe(typed);
}

/** The application, typed in Norwegian (the journey's own steps), ending on the check page. */
async function fillWithPhoneAndEmail(page: Page) {
  await page.goto('/apply?lang=nb');
  await page.getByTestId('apply-start').click();
  await person(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-contact-heading'));
  await label(page, 'apply-phone').fill(PHONE);
  await label(page, 'apply-email').fill(EMAIL);
  await label(page, 'apply-interpreter').check();
  await next(page);
  await needsCheck(page);
  await economy(page);
  await helpAndWords(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-check-heading'));
}

for (const lang of RIGHT_TO_LEFT) {
  test(`in ${lang}: phone, id, e-mail, amounts, municipality, reference and date read left to right on every step, the check page, the receipt and its printout`, async ({ page }) => {
    const errors = watchConsole(page);
    await fillWithPhoneAndEmail(page);
    // 250 000 kr a year and 12 000 kr a month, as these languages write them.
    const income = '250,000 kr';
    const rent = '12,000 kr';

    // The steps' inputs, in the language.
    await page.goto(`/apply/person?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(heading(page)).toHaveText(message(lang, 'apply-person-heading'));
    await expectLeftToRightInput(page.locator('#national-id'), 'numeric', NATIONAL_ID);
    await page.goto('/apply/contact');
    await expect(heading(page)).toHaveText(message(lang, 'apply-contact-heading'));
    await expectLeftToRightInput(page.locator('#phone'), 'tel', PHONE);
    await expectLeftToRightInput(page.locator('#email'), 'email', EMAIL);
    await page.goto('/apply/economy');
    await expect(heading(page)).toHaveText(message(lang, 'apply-economy-heading'));
    await expectLeftToRightInput(page.locator('#housing-cost'), 'decimal', '12 000');
    await expectLeftToRightInput(page.locator('#adults'), 'numeric', '1');

    // The check page.
    await page.goto('/apply/check');
    await expect(heading(page)).toHaveText(message(lang, 'apply-check-heading'));
    const main = page.locator('main');
    await expectReads(main, PHONE, 'phone on the check page');
    await expectReads(main, NATIONAL_ID, 'national id on the check page');
    await expectReads(main, EMAIL, 'e-mail on the check page');
    await expectReads(main, income, 'income on the check page');
    await expectReads(main, rent, 'housing cost on the check page');
    await expectReads(main, 'Oslo (0301)', 'municipality on the check page');
    if (lang === 'ar') await page.screenshot({ path: `${ARTIFACTS}/bidi-check-ar-390.png`, fullPage: true });

    await page.locator('#consent').check();
    await page.getByTestId('submit').click();
    await expect(page).toHaveURL(/\/apply\/receipt$/);
    await expect(heading(page)).toHaveText(message(lang, 'apply-receipt-heading'));
    const reference = plain((await page.getByTestId('reference').textContent()) ?? '').trim();
    expect(reference).toMatch(/^HUS-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const today = new Date();
    const date = [today.getDate(), today.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/') + `/${today.getFullYear()}`;
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const where = `on the receipt (${media})`;
      await expectReads(page.getByTestId('reference'), reference, `reference ${where}`);
      await expectReads(main, date, `date sent ${where}`);
      // NAV's number, inside the text of what happens next.
      await expectReads(main, '55 55 33 33', `NAV's number ${where}`);
      await expectReads(main, PHONE, `phone ${where}`);
      await expectReads(main, income, `income ${where}`);
      await expectReads(main, rent, `housing cost ${where}`);
      await expectReads(main, 'Oslo (0301)', `municipality ${where}`);
      // The national id, masked: the birth date and the stars.
      await expectReads(main, `${NATIONAL_ID.slice(0, 6)} *****`, `masked national id ${where}`);
      if (lang === 'ar') await page.screenshot({ path: `${ARTIFACTS}/bidi-receipt-ar-390-${media}.png`, fullPage: true });
    }
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  test(`in ${lang}: a typed amount, the results, "how we calculated" and the chart read left to right`, async ({ page }) => {
    // Some sixty values, each read from the screen.
    test.setTimeout(120_000);
    const errors = watchConsole(page);
    await page.goto(`/estimates?lang=${lang}`);
    await expect(heading(page)).toHaveText(message(lang, 'estimates-heading'));
    await page.getByLabel(message(lang, 'field-municipality')).fill('0301');
    await expectLeftToRightInput(page.locator('#housing-cost'), 'decimal', '12 000');
    // The report: "350 000" typed showed as "000 350".
    const income = page.locator('#income');
    await expectLeftToRightInput(income, 'decimal', '350 000');
    const results = page.locator('section.results');
    await expect(page.getByTestId('bostotte-result')).toContainText(/\d\s*kr/);

    // Every "how we calculated" opened, with each step, figure, date and source.
    for (const summary of await page.locator('details.how-we-calculated > summary').all()) await summary.click();
    const values = await valuesIn(results);
    const amounts = values.filter((v) => v.endsWith('kr'));
    // Enough to mean something: results, steps, figures, the chart's axes; a share; a date.
    expect(amounts.length, values.join(' | ')).toBeGreaterThanOrEqual(10);
    expect(values.filter((v) => v.endsWith('%')).length, values.join(' | ')).toBeGreaterThanOrEqual(1);
    expect(values.filter((v) => v.includes('/')).length, values.join(' | ')).toBeGreaterThanOrEqual(1);
    const seen = new Map<string, number>();
    for (const value of values) {
      const nth = seen.get(value) ?? 0;
      seen.set(value, nth + 1);
      await expectReads(results, value, 'estimates', nth);
    }
    // The chart's axes.
    for (const axis of ['chart-axis-x', 'chart-axis-y']) {
      const [amount] = await valuesIn(page.getByTestId(axis));
      expect(amount, axis).toMatch(/kr$/);
      await expectReads(page.getByTestId(axis), amount, axis);
    }
    // The sources are Norwegian: "Forskrift om bustøtte § 3" must not become "3 § Forskrift …".
    const sources = page.locator('.figures a[lang="nb"]');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const source of await sources.all()) {
      await expectReads(source, plain((await source.textContent()) ?? ''), 'source');
    }
    if (lang === 'ar') {
      for (const id of ['income-result', 'bostotte-result']) await page.getByTestId(id).screenshot({ path: `${ARTIFACTS}/bidi-estimates-${id}-ar-390.png` });
    }
    expect(errors).toEqual([]);
  });

  test(`in ${lang}: the emergency page's numbers read left to right and call the right number`, async ({ page }) => {
    await page.goto(`/needs-check/emergency?lang=${lang}`);
    await expect(heading(page)).toHaveText(message(lang, 'emergency-heading'));
    // Prerendered: read the app's page, not one being replaced.
    await page.waitForFunction(() => (window as any).huslyDrawn);
    const help = page.getByTestId('emergency');
    for (const [number, href] of [
      ['55 55 33 33', 'tel:+4755553333'],
      ['116 117', 'tel:116117'],
      ['112', 'tel:112'],
    ]) {
      const link = help.locator(`a[href="${href}"]`);
      await expect(link).toHaveText(number);
      await expectReads(link, number, `${href} on the emergency page`);
    }
  });
}

// The staff pages are Norwegian, but the resident's answers are not: the Arabic half reads
// numbers left to right, and an Arabic name stays whole, right to left, on the Norwegian side.
test('staff: an Arabic application reads left to right where it should, and the name stays whole', async ({ page }) => {
  const user = process.env.HUSLY_STAFF_USER ?? '';
  const password = process.env.HUSLY_STAFF_PASSWORD ?? '';
  // Missing accounts are an error, never a skipped test.
  expect(user, 'HUSLY_STAFF_USER is not set: run with `cargo xtask test`, which makes the caseworker').not.toBe('');
  const name = 'ليلى حداد';
  const sent = await page.request.post('/api/applications', {
    headers: { 'Idempotency-Key': `bidi-staff-${Date.now()}` },
    data: {
      municipality: '0301',
      person: { name, national_id: NATIONAL_ID, phone: PHONE, email: EMAIL, preferred_language: 'ar', needs_interpreter: true },
      household: { adults: 1, children_ages: [] },
      income: { amount: '350000' },
      housing: { kind: 'rented', monthly_cost: '12000' },
      needs: { sleeping_tonight: 'own_home', risks: [], home_problems: [], circumstances: [] },
      help_wanted: ['municipal_rental_home'],
      own_words: 'نحتاج إلى بيت قريب من المدرسة',
      consent: true,
    },
  });
  expect(sent.status()).toBe(201);
  const { reference } = await sent.json();

  await page.goto('/staff');
  await page.getByLabel(message('nb', 'staff-username')).fill(user);
  await page.getByLabel(message('nb', 'staff-password')).fill(password);
  await page.getByTestId('login').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'staff-inbox-heading'));
  const line = page.getByTestId('inbox-line').filter({ hasText: reference });
  // The name, isolated with its own direction in the Norwegian table.
  const inboxName = line.locator('bdi').filter({ hasText: name });
  expect(await inboxName.evaluate((b) => [getComputedStyle(b).direction, getComputedStyle(b).unicodeBidi])).toEqual(['rtl', 'isolate']);

  await line.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  const pair = (id: string) =>
    page.locator('.pair').filter({ has: page.locator('[lang="nb"] > .pair-question').getByText(message('nb', id), { exact: true }) });
  const arabic = (id: string) => pair(id).locator('[lang="ar"]');
  await expect(arabic('apply-phone')).toBeVisible();
  await expectReads(arabic('apply-phone'), PHONE, 'phone in the Arabic half');
  await expectReads(arabic('apply-national-id'), NATIONAL_ID, 'national id in the Arabic half');
  await expectReads(arabic('apply-email'), EMAIL, 'e-mail in the Arabic half');
  await expectReads(arabic('field-income'), '350,000 kr', 'income in the Arabic half');
  await expectReads(arabic('field-housing-cost'), '12,000 kr', 'housing cost in the Arabic half');
  await expectReads(arabic('field-municipality'), 'Oslo (0301)', 'municipality in the Arabic half');
  await expectReads(pair('field-income').locator('[lang="nb"]'), '350 000 kr', 'income in the Norwegian half');
  // The resident's own words and name on the Norwegian side: isolated, right to left, whole.
  for (const id of ['apply-name', 'apply-own-words-label']) {
    const typed = pair(id).locator('[lang="nb"] bdi');
    expect(await typed.evaluate((b) => [getComputedStyle(b).direction, getComputedStyle(b).unicodeBidi]), id).toEqual(['rtl', 'isolate']);
  }
  await page.screenshot({ path: `${ARTIFACTS}/bidi-staff-application.png`, fullPage: true });
  await page.getByTestId('logout').click();
});

test('a law and its section read whole in Arabic: "forvaltningsloven § 11 a" on the receipt, never "a 11 §"', async ({ page, browser }) => {
  const { saved } = await applied(page.request, 'ar');
  const phone = await residentPhone(browser, saved, 'ar');
  await phone.goto('/apply/receipt');
  const law = phone.locator('main [lang="nb"]', { hasText: 'forvaltningsloven § 11 a' }).first();
  await expectReads(law, 'forvaltningsloven § 11 a', 'the law with its section');
  // One Norwegian piece: any explanation comes after the section, not between the name and its number.
  expect(await law.evaluate((el) => el.firstChild?.textContent)).toBe('forvaltningsloven § 11 a');
  // The law is explained on the page, once: a law cited in brackets is not a translation in brackets.
  await expect(phone.locator('main [data-gloss="forvaltningsloven"] > .gloss')).toHaveCount(1);
  await law.locator('xpath=..').screenshot({ path: `${ARTIFACTS}/bidi-law-section-ar.png` });
  await phone.context().close();
});
