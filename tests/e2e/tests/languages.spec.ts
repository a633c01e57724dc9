// Languages: every locale end to end (start page, a needs-check question, an estimate, the
// receipt) with its lang, dir and its own text; the picker; the notice on machine-assisted text;
// translate="no"; a language fetched only when chosen and kept for offline use; and the
// interpreter view, on and off, stacked on phones and side by side from 600 px.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { message } from './fluent';
import { textWithoutGlossary } from './glossary';
import { fillApplication, heading } from './journey';
import { watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;
const LANGUAGES: [string, string, 'ltr' | 'rtl'][] = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'locales', 'languages.json'), 'utf8'),
);

/** Whether the locale's text is checked by a qualified translator (its `translation-status`). */
const reviewed = (lang: string) => message(lang, 'translation-status') === 'reviewed';

async function expectLanguage(page: Page, lang: string, dir: string) {
  const html = page.locator('html');
  await expect(html, `${lang}: lang`).toHaveAttribute('lang', lang);
  await expect(html, `${lang}: dir`).toHaveAttribute('dir', dir);
}

async function sendApplication(page: Page) {
  await fillApplication(page);
  await page.getByLabel(message('nb', 'apply-consent'), { exact: true }).check();
  await page.getByTestId('submit').click();
  await expect(page).toHaveURL(/\/apply\/receipt$/);
}

test('every language: start page, a needs-check question, an estimate and the receipt', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchConsole(page);
  await sendApplication(page);

  for (const [lang, , dir] of LANGUAGES) {
    await page.goto(`/?lang=${lang}`);
    await expectLanguage(page, lang, dir);
    await expect(heading(page), `${lang}: start`).toHaveText(message(lang, 'home-heading'));
    await expect(page.getByTestId('translation-notice'), `${lang}: notice`).toHaveCount(reviewed(lang) ? 0 : 1);
    if (!reviewed(lang)) {
      // Says who wrote it: the team's own text does not claim a machine translated it.
      const team = message(lang, 'translation-status') === 'team';
      await expect(page.getByTestId('translation-notice'), `${lang}: notice`).toHaveText(
        message(lang, team ? 'translation-notice-team' : 'translation-notice'),
      );
    }

    await page.goto('/needs-check/tonight');
    await expectLanguage(page, lang, dir);
    await expect(heading(page), `${lang}: question`).toHaveText(message(lang, 'q-tonight'));
    await expect(page.getByLabel(message(lang, 'tonight-nowhere'), { exact: true })).toBeVisible();

    await page.goto('/estimates');
    await expectLanguage(page, lang, dir);
    await page.getByLabel(message(lang, 'field-municipality'), { exact: true }).fill('Oslo (0301)');
    await page.getByLabel(message(lang, 'field-income'), { exact: true }).fill('250000');
    await page.getByLabel(message(lang, 'field-housing-cost'), { exact: true }).fill('12000');
    const result = page.getByTestId('bostotte-result');
    await expect(result.getByRole('heading', { level: 3 }), `${lang}: estimate`).toHaveText(message(lang, 'bostotte-heading'));
    await expect(result.getByText(message(lang, 'how-we-calculated'))).toBeVisible();

    await page.goto('/apply/receipt');
    await expectLanguage(page, lang, dir);
    await expect(heading(page), `${lang}: receipt`).toHaveText(message(lang, 'apply-receipt-heading'));
    // (The glossary may explain a Norwegian term in it: compared without the explanations.)
    await expect(page.locator('main')).toContainText(message(lang, 'apply-next-urgent').slice(0, 12));
    expect(await textWithoutGlossary(page.locator('main')), `${lang}: next`).toContain(message(lang, 'apply-next-urgent'));

    if (lang === 'ar' || lang === 'uk') {
      await page.screenshot({ path: `${ARTIFACTS}/receipt-${lang}-390.png`, fullPage: true });
      await page.goto('/estimates');
      await page.screenshot({ path: `${ARTIFACTS}/estimates-${lang}-390.png`, fullPage: true });
      await page.goto('/');
      await page.screenshot({ path: `${ARTIFACTS}/start-${lang}-390-all-languages.png`, fullPage: true });
    }
  }
  expect(errors).toEqual([]);
});

test('the picker names each language in its own language and script, and loads only the one chosen', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/locales/')) fetched.push(path);
  });
  await page.goto('/');
  await expect(heading(page)).toHaveText(message('nb', 'home-heading'));
  await expect(page.getByLabel(message('nb', 'language-picker-label'))).toBeVisible();
  const picker = page.locator('#language-picker');
  for (const [lang, name, dir] of LANGUAGES) {
    const option = picker.locator(`option[value="${lang}"]`);
    await expect(option).toHaveText(name);
    await expect(option).toHaveAttribute('lang', lang);
    await expect(option).toHaveAttribute('dir', dir);
  }
  // Norwegian is in the app itself, and a first visit's start page is read without the app:
  // nothing fetched.
  expect(fetched).toEqual([]);
  // Chosen on that start page: the page in that language at once, still without a language file.
  await picker.selectOption('prs');
  await expectLanguage(page, 'prs', 'rtl');
  await expect(heading(page)).toHaveText(message('prs', 'home-heading'));
  expect(fetched).toEqual([]);

  // Where the app runs, it fetches the one language it shows, and another only when chosen.
  await page.goto('/estimates');
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered', /.*/);
  await expect(heading(page)).toHaveText(message('prs', 'estimates-heading'));
  await page.locator('#language-picker').selectOption('ps');
  await expectLanguage(page, 'ps', 'rtl');
  await expect(heading(page)).toHaveText(message('ps', 'estimates-heading'));
  expect(fetched).toEqual(['/locales/prs.ftl', '/locales/ps.ftl']);
});

test('a page in a language we have is not machine-translated; Norwegian for a reader we lack stays translatable', async ({ browser }) => {
  // A browser in a language we do not have (Tamil): Norwegian, and the browser may translate it.
  const tamil = await browser.newContext({ locale: 'ta-IN' });
  const page = await tamil.newPage();
  await page.goto('/');
  await expect(heading(page)).toHaveText(message('nb', 'home-heading'));
  await expect(page.locator('html')).not.toHaveAttribute('translate', /.*/);
  // Chosen: translate="no", and it stays so after a reload.
  await page.getByLabel(message('nb', 'language-picker-label')).selectOption('fr');
  await expect(heading(page)).toHaveText(message('fr', 'home-heading'));
  await expect(page.locator('html')).toHaveAttribute('translate', 'no');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('translate', 'no');
  // Back in Norwegian, translatable again, also after a reload (the language is stored).
  await page.locator('#language-picker').selectOption('nb');
  await expect(heading(page)).toHaveText(message('nb', 'home-heading'));
  await expect(page.locator('html')).not.toHaveAttribute('translate', /.*/);
  await page.reload();
  await expect(heading(page)).toHaveText(message('nb', 'home-heading'));
  await expect(page.locator('html')).not.toHaveAttribute('translate', /.*/);
  await tamil.close();

  // A browser in Ukrainian gets Ukrainian, marked not to be translated.
  const ukrainian = await browser.newContext({ locale: 'uk-UA' });
  const uk = await ukrainian.newPage();
  await uk.goto('/');
  await expectLanguage(uk, 'uk', 'ltr');
  await expect(heading(uk)).toHaveText(message('uk', 'home-heading'));
  await expect(uk.locator('html')).toHaveAttribute('translate', 'no');
  await ukrainian.close();
});

test('the reader\'s language is fetched while the app downloads, once, and used by the app', async ({ browser }) => {
  // The estimates: a first visit's start page does not start the app (first-paint.spec.ts).
  for (const [locale, url, lang] of [
    ['uk-UA', '/estimates', 'uk'],
    ['nb-NO', '/estimates?lang=ar', 'ar'],
  ]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    // The wasm arrives half a second late, as on a slow network.
    await page.route('**/*_bg.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.goto(url);
    await expect(page.locator('html')).not.toHaveAttribute('data-prerendered', /.*/);
    await expect(heading(page)).toHaveText(message(lang, 'estimates-heading'));
    const timing = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        path: new URL(e.name).pathname.replace(/-[0-9a-f]{8,}/, ''),
        start: e.startTime,
        end: (e as PerformanceResourceTiming).responseEnd,
      })),
    );
    const text = timing.filter((e) => e.path === `/locales/${lang}.ftl`);
    const wasm = timing.find((e) => e.path === '/husly_bg.wasm')!;
    // Asked for once, while the wasm was still on its way: the app took that response.
    expect(text, `${locale} ${url}`).toHaveLength(1);
    expect(text[0].start, `${locale} ${url}`).toBeLessThan(wasm.end);
    // Chromium warns at once when a preload is found but not used because the app's request
    // differs (credentials mode), and some seconds later when it goes unused altogether.
    expect(warnings.filter((w) => /A preload for|preloaded using link preload/.test(w)), `${locale} ${url}`).toEqual([]);
    await context.close();
  }
});

test('Norwegian terms inside another language are marked as Norwegian', async ({ page }) => {
  await page.goto('/estimates?lang=ar');
  await expect(heading(page)).toHaveText(message('ar', 'estimates-heading'));
  await expect(heading(page).locator('[lang="nb"]')).toHaveText(['startlån', 'bostøtte']);
  await expect(heading(page).locator('[lang="nb"]').first()).toHaveAttribute('translate', 'no');
  // Norwegian itself has nothing to mark.
  await page.goto('/estimates?lang=nb');
  await expect(heading(page).locator('[lang]')).toHaveCount(0);
});

test('a language seen once still works offline', async ({ page, context }) => {
  await page.goto('/estimates?lang=uk');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(heading(page)).toHaveText(message('uk', 'estimates-heading'));
  await context.setOffline(true);
  await page.reload();
  await expectLanguage(page, 'uk', 'ltr');
  await expect(heading(page)).toHaveText(message('uk', 'estimates-heading'));
  await context.setOffline(false);
});

// Walking it as a new user: on the very first visit the language's text came before the
// service worker took the page, so it was never kept, and a reload offline was Norwegian.
test('a language chosen on the very first visit still works offline after a reload', async ({ page, context }) => {
  await page.goto('/estimates?lang=ar');
  await expect(heading(page)).toHaveText(message('ar', 'estimates-heading'));
  // No reload in between: the worker takes this page, and must then keep Arabic's text.
  await page.waitForFunction(async () => !!(await caches.match('/locales/ar.ftl')), undefined, { timeout: 15_000 });
  await context.setOffline(true);
  await page.reload();
  await expectLanguage(page, 'ar', 'rtl');
  await expect(heading(page)).toHaveText(message('ar', 'estimates-heading'));
  await context.setOffline(false);
});

test('a language never fetched cannot come offline: the page is Norwegian and says so', async ({ page, context }) => {
  await page.goto('/estimates?lang=nb');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await context.setOffline(true);
  await page.goto('/estimates?lang=ps');
  await expect(heading(page)).toHaveText(message('nb', 'estimates-heading'));
  await expectLanguage(page, 'nb', 'ltr');
  await context.setOffline(false);
  // Online again, the same link brings Pashto, right to left.
  await page.goto('/estimates?lang=ps');
  await expect(heading(page)).toHaveText(message('ps', 'estimates-heading'));
  await expectLanguage(page, 'ps', 'rtl');
});

test.describe('the interpreter view', () => {
  const twin = (page: Page, within: string, lang: string) => page.locator(`${within} .twin > [lang="${lang}"]`).first();

  test('is off by default, shows Norwegian beside every text when on, and lasts across pages and reloads', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto('/?lang=nb');
    // Norwegian has nothing to show beside itself.
    await expect(page.locator('#interpreter-view')).toHaveCount(0);

    await page.goto('/estimates?lang=uk');
    await expect(heading(page)).toHaveText(message('uk', 'estimates-heading'));
    const toggle = page.locator('#interpreter-view');
    await expect(toggle).not.toBeChecked();
    await expect(page.locator('main .twin')).toHaveCount(0);

    await page.getByLabel(message('uk', 'interpreter-view')).check();
    await expect(twin(page, 'h1', 'uk')).toHaveText(message('uk', 'estimates-heading'));
    await expect(twin(page, 'h1', 'nb')).toHaveText(message('nb', 'estimates-heading'));
    await expect(twin(page, 'h1', 'nb')).toHaveAttribute('dir', 'ltr');
    // Labels, and a result with its amount formatted in each half's own way.
    await expect(page.locator('label[for="income"] .twin > [lang="nb"]')).toHaveText(message('nb', 'field-income'));
    await page.getByLabel(message('uk', 'field-municipality')).fill('Oslo (0301)');
    await page.locator('#income').fill('250 000');
    await page.locator('#housing-cost').fill('12000');
    const amount = page.getByTestId('bostotte-result').locator('.amount');
    await expect(amount.locator('.twin > [lang="nb"]')).toContainText(/4\s449\s*kr\u2069? i måneden i bostøtte/);
    await expect(amount.locator('.twin > [lang="uk"]')).toContainText(/4\s449\s*kr/);

    // Phones: stacked, Norwegian under the resident's language.
    const own = await twin(page, 'h1', 'uk').boundingBox();
    const nb = await twin(page, 'h1', 'nb').boundingBox();
    expect(nb!.y).toBeGreaterThan(own!.y);
    await page.screenshot({ path: `${ARTIFACTS}/interpreter-uk-390.png`, fullPage: true });

    // Kept across a reload and onto the next page.
    await page.reload();
    await expect(toggle).toBeChecked();
    await page.goto('/needs-check/tonight');
    await expect(twin(page, 'h1', 'nb')).toHaveText(message('nb', 'q-tonight'));
    await expect(page.locator('label[for^="answer-"] .twin > [lang="nb"]').filter({ hasText: message('nb', 'tonight-nowhere') })).toHaveCount(1);

    // Wider than 600 px: side by side.
    await page.setViewportSize({ width: 800, height: 900 });
    const wideOwn = await twin(page, 'h1', 'uk').boundingBox();
    const wideNb = await twin(page, 'h1', 'nb').boundingBox();
    expect(wideNb!.x).toBeGreaterThan(wideOwn!.x);
    expect(Math.abs(wideNb!.y - wideOwn!.y)).toBeLessThan(5);

    await page.getByLabel(message('uk', 'interpreter-view')).uncheck();
    await expect(page.locator('main .twin')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('mirrors in Arabic: the Arabic half at the start (right), Norwegian left-to-right beside it', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto('/needs-check/tonight?lang=ar');
    await page.getByLabel(message('ar', 'interpreter-view')).check();
    const own = await twin(page, 'h1', 'ar').boundingBox();
    const nb = await twin(page, 'h1', 'nb').boundingBox();
    expect(own!.x).toBeGreaterThan(nb!.x);
    await expect(twin(page, 'h1', 'ar')).toHaveAttribute('dir', 'rtl');
    await expect(twin(page, 'h1', 'nb')).toHaveAttribute('dir', 'ltr');
    await page.screenshot({ path: `${ARTIFACTS}/interpreter-ar-800.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}/interpreter-ar-390.png`, fullPage: true });
  });

  test('shows the check page and the receipt in both languages', async ({ page }) => {
    await sendApplication(page);
    await page.goto('/apply/receipt?lang=so');
    await page.getByLabel(message('so', 'interpreter-view')).check();
    await expect(twin(page, 'h1', 'nb')).toHaveText(message('nb', 'apply-receipt-heading'));
    await expect(twin(page, 'h1', 'so')).toHaveText(message('so', 'apply-receipt-heading'));
    // An answer of the summary, in both languages; what the resident typed only once, as typed.
    const nb = page.locator('.summary-answer > .twin > [lang="nb"]');
    await expect(nb.filter({ hasText: message('nb', 'answer-yes') }).first()).toBeVisible();
    await expect(page.locator('[data-resident-text]', { hasText: 'Kari Nordmann' })).toHaveCount(1);
    await expect(page.getByText('Kari Nordmann')).toHaveCount(1);
    // The answers' first label (the contact card of who handles what comes before them).
    await expect(page.locator('.summary-list dt .twin > [lang="nb"]').first()).toHaveText(message('nb', 'apply-name'));
  });
});
