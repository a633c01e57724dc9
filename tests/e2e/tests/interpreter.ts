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
//   5. marked translate="no": the same in every language (the app's name, a reference number);
//   6. inside one half of a letter shown in two languages (.letter-pair > .letter, the decision,
//      the answer to an appeal, the invitation to a meeting) whose Norwegian half is beside it.
// The options of a <select> are plain text: each must read "own — norsk", except the language
// pickers', where each language is named in itself.
import { expect, type Page } from '@playwright/test';
import { expectNoViolations } from './page';

/** Text runs on the page that break the rule above, each with where it stands. */
export async function untwinned(page: Page): Promise<string[]> {
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
      const letter = el.closest('.letter-pair > .letter');
      const norwegianLetter = letter?.parentElement?.querySelector(':scope > .letter[lang="nb"]');
      if (letter && norwegianLetter && norwegianLetter !== letter && (norwegianLetter.textContent ?? '').trim()) continue;
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

export const heights: string[] = [];

/**
 * The page as it is now, in the interpreter view: no text without its twin, titled in both
 * languages, within twice its height without the view, every Norwegian half behind a button
 * reachable, and axe-core clean.
 */
export async function checkPage(page: Page, lang: string, state: string) {
  // A page prerendered at build time is the app's only once the app has taken it over (the
  // html loses data-prerendered); on a slow machine the switch can be pressed before that.
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered', /.*/, { timeout: 30_000 });
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

