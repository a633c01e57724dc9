// The interpreter view, walked through every resident page and state in a right-to-left and a
// left-to-right language: every visible text has its Norwegian twin, what the resident typed is
// shown once, and on a phone (390 px) each page stays within twice its height without the view.
//
// The rule for a visible text run (a text node with letters in it, in the page's body, rendered:
// not display:none/visibility:hidden, not in a closed <details> (all are opened first), not
// clipped to a pixel like .visually-hidden). It passes when it is
//   1. inside either half of a twin (.twin-own or .twin-nb), and that twin has a Norwegian half
//      with text (on a phone a long text's Norwegian half waits behind its "Norsk" button: the
//      test opens every such button and checks the Norwegian shows);
//   2. inside a resident-text mark ([data-resident-text]): what the resident typed (a name, an
//      e-mail address, their own words), shown once as typed, never translated;
//   3. a pure value: nothing but digits (of any script), spaces, punctuation and symbols
//      (+, @, %, ·, –, …), once the currency words "kr" and "NOK" are taken out;
//   4. Norwegian already: its nearest `lang` is nb (the words to say at a NAV office, the legal
//      references, the switch's Norwegian label);
//   5. marked translate="no": the same in every language (the app's name, a reference number).
// The options of a <select> are plain text: each must read "own — norsk", except the language
// pickers', where each language is named in itself.
import { expect, test, type Page } from '@playwright/test';
import { message } from './fluent';
import { expectNoViolations, watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

// The outbox is tested here by refusing and failing the request in the page: no service worker,
// which would send the request itself, out of the page's reach.
test.use({ serviceWorkers: 'block' });

/** Text runs on the page that break the rule above, each with where it stands. */
async function untwinned(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const value = (text: string) =>
      /^[\p{Nd}\p{P}\p{S}\p{Z}\p{Cf}\s]*$/u.test(text.replace(/(^|[^\p{L}])(kr|NOK)(?=$|[^\p{L}])/gu, '$1'));
    const hidden = (el: Element) => {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
      for (let a: Element | null = el; a; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return true;
      }
      return false;
    };
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let a: Element | null = el; a && a !== document.body && parts.length < 3; a = a.parentElement) {
        const cls = typeof a.className === 'string' && a.className ? `.${a.className.trim().split(/\s+/).join('.')}` : '';
        parts.unshift(`${a.tagName.toLowerCase()}${cls}`);
      }
      return parts.join(' > ');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('script, style, noscript, template, select, datalist, svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1) || hidden(el)) continue;
      const half = el.closest('.twin-own, .twin-nb');
      const nb = half?.parentElement?.querySelector(':scope > .twin-nb');
      if (half && nb && (nb.textContent ?? '').trim()) continue;
      // (The whole page says translate="no" to the browser's own translation: only a mark inside it counts.)
      const fixed = el.closest('[translate="no"]');
      if (el.closest('[data-resident-text]') || (fixed && fixed !== document.documentElement)) continue;
      if (el.closest('[lang]')?.getAttribute('lang') === 'nb') continue;
      if (value(text)) continue;
      found.push(`"${text}" in ${where(el)}`);
    }
    return found;
  });
}

/** Options of a select that do not read "own — norsk" (the language pickers name each language in itself). */
async function untwinnedOptions(page: Page): Promise<string[]> {
  return page
    .locator('select:not(#language-picker):not(#preferred-language) option')
    .evaluateAll((options) =>
      options.map((o) => o.textContent ?? '').filter((t) => !/\S — \S/.test(t)),
    );
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const openDetails = (page: Page) =>
  page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));

async function documentHeight(page: Page): Promise<number> {
  await settle(page);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

const heights: string[] = [];

/**
 * The page as it is now, in the interpreter view: no text without its twin, titled in both
 * languages, within twice its height without the view, every Norwegian half behind a button
 * reachable, and axe-core clean.
 */
async function checkPage(page: Page, lang: string, state: string) {
  const view = page.locator('#interpreter-view');
  await openDetails(page);
  await view.setChecked(false);
  const off = await documentHeight(page);
  await view.setChecked(true);
  const on = await documentHeight(page);
  heights.push(`${lang} ${state}: ${off} px → ${on} px (×${(on / off).toFixed(2)})`);
  const runs = await untwinned(page);
  expect.soft(runs, `${lang}, ${state}: text without its Norwegian twin:\n  ${runs.join('\n  ')}`).toEqual([]);
  const options = await untwinnedOptions(page);
  expect.soft(options, `${lang}, ${state}: options without Norwegian`).toEqual([]);
  expect.soft(on / off, `${lang}, ${state}: ${off} px without the view, ${on} px with it`).toBeLessThanOrEqual(2.0);
  await expect.soft(page, `${lang}, ${state}: the title in both languages`).toHaveTitle(/\S — \S/, { timeout: 1000 });
  await expectNoViolations(page, `${lang}, ${state}, interpreter view`);

  // Every long text's Norwegian is one tap away, and the button says whether it is shown.
  const toggles = page.locator('main .twin-toggle, footer .twin-toggle');
  const count = await toggles.count();
  for (let i = 0; i < count; i++) {
    const toggle = toggles.nth(i);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle.locator('xpath=following-sibling::*[contains(@class, "twin-nb")][1]')).toBeVisible();
  }
  if (count > 0) await expectNoViolations(page, `${lang}, ${state}, every Norwegian text shown`);
}

const next = (page: Page) => page.getByTestId('continue').click();

for (const [lang, name, words] of [
  ['ar', 'ليلى حداد', 'يجب أن نخرج من الشقة في مارس.'],
  ['uk', 'Олена Коваль', 'Нам треба виїхати з квартири в березні.'],
]) {
  test(`every resident page in the interpreter view, ${lang}`, async ({ page }) => {
    test.setTimeout(600_000);
    const errors = watchConsole(page);
    await page.goto(`/?lang=${lang}`);
    await page.locator('#interpreter-view').check();
    await checkPage(page, lang, 'start');

    await page.goto('/needs-check');
    await checkPage(page, lang, 'needs check, start');
    await page.goto('/needs-check/tonight');
    await next(page);
    await expect(page.locator('.error-summary')).toBeVisible();
    await checkPage(page, lang, 'needs check, a question with its error');
    for (const [question, answer] of [
      ['tonight', 'rents_private'],
      ['risks', 'eviction'],
      ['home', 'none'],
      ['circumstances', 'none'],
      ['plans', 'wants_to_own'],
    ]) {
      await expect(page).toHaveURL(new RegExp(`/needs-check/${question}`));
      await checkPage(page, lang, `needs check, ${question}`);
      await page.locator(`#answer-${answer}`).check();
      await next(page);
    }
    await expect(page).toHaveURL(/\/needs-check\/about/);
    await checkPage(page, lang, 'needs check, about');
    await next(page);
    await expect(page.getByTestId('needs-outcome')).toBeVisible();
    await checkPage(page, lang, 'needs check, result');
    await page.goto('/needs-check/emergency');
    await checkPage(page, lang, 'emergency');

    await page.goto('/estimates');
    await checkPage(page, lang, 'estimates, empty');
    await page.locator('#income').fill('abc');
    await page.locator('#income').blur();
    await expect(page.locator('#income-error')).toBeVisible();
    await checkPage(page, lang, 'estimates, with errors');
    await page.locator('#municipality').fill('Oslo (0301)');
    await page.locator('#income').fill('250000');
    await page.locator('#housing-cost').fill('12000');
    await page.locator('#home-price').fill('2500000');
    await expect(page.getByTestId('bostotte-result')).toBeVisible();
    await checkPage(page, lang, 'estimates with results, how we calculated open');
    await page.screenshot({ path: `${ARTIFACTS}/interpreter-estimates-${lang}-390.png`, fullPage: true });

    await page.goto('/apply');
    await checkPage(page, lang, 'apply, start');
    await page.getByTestId('apply-start').click();
    await expect(page).toHaveURL(/\/apply\/person/);
    await next(page);
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await checkPage(page, lang, 'apply, person with errors');
    await page.locator('#name').fill(name);
    await page.locator('#national-id').fill('15038500047');
    await next(page);
    await expect(page).toHaveURL(/\/apply\/contact/);
    await checkPage(page, lang, 'apply, contact');
    await next(page);
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await checkPage(page, lang, 'apply, contact with errors');
    await page.locator('#phone').fill('912 34 567');
    await page.locator('#email').fill('olena@example.no');
    await next(page);
    // The needs check and the economy are answered already: on to the help wanted.
    await expect(page).toHaveURL(/\/apply\/help/);
    await checkPage(page, lang, 'apply, help');
    await next(page);
    await expect(page).toHaveURL(/\/apply\/own-words/);
    await checkPage(page, lang, 'apply, own words');
    await page.locator('#own-words').fill(words);
    await next(page);
    await expect(page).toHaveURL(/\/apply\/check/);
    // What the resident typed is shown once, marked, with the note that it is theirs.
    await expect(page.locator('[data-resident-text]', { hasText: name })).toHaveCount(1);
    await expect(page.locator('[data-resident-text]', { hasText: words })).toHaveCount(1);
    await expect(page.getByText(message('nb', 'interpreter-resident-typed')).first()).toBeVisible();
    await checkPage(page, lang, 'apply, check');
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await checkPage(page, lang, 'apply, check with errors');

    // The steps answered earlier, as opened from the check page.
    await page.goto('/needs-check/risks?return=/apply/check');
    await checkPage(page, lang, 'apply, a needs question');
    await page.goto('/apply/economy');
    await page.locator('#housing-cost').fill('');
    await next(page);
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await checkPage(page, lang, 'apply, economy with errors');
    await page.locator('#housing-cost').fill('12000');

    // Refused by the server, then the network gone: the application waits, and every page says so.
    await page.goto('/apply/check');
    await page.locator('#consent').check();
    await page.route('**/api/applications', (r) =>
      r.fulfill({ status: 400, contentType: 'application/json', body: '{"message_id":"error-invalid-input"}' }),
    );
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('submit-failed')).toBeVisible();
    await checkPage(page, lang, 'apply, check refused');
    await page.unroute('**/api/applications');
    await page.route('**/api/applications', (r) => r.abort('internetdisconnected'));
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('submit-waiting')).toBeVisible();
    await checkPage(page, lang, 'apply, check waiting');
    await page.locator('header .brand').click();
    await expect(page.getByTestId('outbox-notice')).toBeVisible();
    await checkPage(page, lang, 'start, an application waiting');
    await page.unroute('**/api/applications');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.getByTestId('outbox-notice').locator('a')).toHaveAttribute('href', '/apply/receipt');
    await checkPage(page, lang, 'start, the application sent');
    await page.getByTestId('outbox-notice').locator('a').click();
    await expect(page.getByTestId('receipt')).toBeVisible();
    await expect(page.locator('[data-resident-text]', { hasText: name })).toHaveCount(1);
    await checkPage(page, lang, 'receipt');

    await page.goto('/no-such-page');
    await checkPage(page, lang, 'not found');
    // The refusal and the lost network above are the test's own doing.
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
}

test.afterAll(() => {
  console.log(`Document height at 390 px, interpreter view off → on:\n  ${heights.join('\n  ')}`);
});
