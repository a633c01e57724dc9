// The interpreter view, walked through every resident page and state in a right-to-left and a
// left-to-right language: every visible text has its Norwegian twin, what the resident typed is
// shown once, and on a phone (390 px) each page stays within twice its height without the view.
//
// The rule for a visible text run is in interpreter.ts.
import { expect, test, type Page } from '@playwright/test';
import { message } from './fluent';
import { checkPage, heights } from './interpreter';
import { watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

// The outbox is tested here by refusing and failing the request in the page: no service worker,
// which would send the request itself, out of the page's reach.
test.use({ serviceWorkers: 'block' });

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
