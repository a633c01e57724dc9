// The whole application with the keyboard only (WCAG 2.1.1): Tab to move, type to fill, Space
// to tick, Enter to continue. No clicks. Then reflow (WCAG 1.4.10): at 320 px, and at 640 px
// (a 1280 px window at 200 % zoom), no page needs horizontal scrolling.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { message } from './fluent';

/** Presses Tab until `target` has focus (fails after 40 presses). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const field = (page: Page, id: string) => page.getByLabel(message('nb', id), { exact: true });

async function fill(page: Page, id: string, text: string) {
  await tabTo(page, field(page, id));
  await page.keyboard.type(text);
}

async function tick(page: Page, id: string) {
  await tabTo(page, field(page, id));
  await page.keyboard.press('Space');
}

async function next(page: Page) {
  await tabTo(page, page.getByTestId('continue'));
  await page.keyboard.press('Enter');
}

test('an application from start to receipt with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByTestId('entry-apply'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByTestId('apply-start'));
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText(message('nb', 'apply-person-heading'));
  await expect(heading(page)).toBeFocused();
  await fill(page, 'apply-name', 'Kari Nordmann');
  await fill(page, 'apply-national-id', '15038500047');
  await next(page);

  await expect(heading(page)).toHaveText(message('nb', 'apply-contact-heading'));
  await fill(page, 'apply-phone', '912 34 567');
  await next(page);

  // The needs check's questions: a radio group, then checkboxes.
  await expect(heading(page)).toHaveText(message('nb', 'q-tonight'));
  await tick(page, 'tonight-rents-private');
  await next(page);
  for (const answer of ['risk-eviction', 'answer-none-of-these', 'answer-none-of-these', 'answer-none-of-these']) {
    await tick(page, answer);
    await next(page);
  }
  // The last question, "About you": the municipality, typed here once for the whole application.
  await expect(heading(page)).toHaveText(message('nb', 'q-about'));
  await fill(page, 'field-municipality', 'Oslo (0301)');
  await next(page);

  await expect(heading(page)).toHaveText(message('nb', 'apply-economy-heading'));
  await expect(field(page, 'field-municipality')).toHaveValue('Oslo (0301)');
  await fill(page, 'field-income', '250000');
  await fill(page, 'field-housing-cost', '12000');
  await next(page);

  await expect(heading(page)).toHaveText(message('nb', 'apply-help-heading'));
  await next(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-own-words-heading'));
  await fill(page, 'apply-own-words-label', 'Vi må flytte i mars.');
  await next(page);

  await expect(heading(page)).toHaveText(message('nb', 'apply-check-heading'));
  // Enter on "Send" without the declaration: the error summary takes focus; its link leads
  // to the box.
  await tabTo(page, page.getByTestId('submit'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(field(page, 'apply-consent')).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, page.getByTestId('submit'));
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText(message('nb', 'apply-receipt-heading'));
  await expect(page.getByTestId('reference')).toHaveText(/^HUS-/);
});

test('the emergency help with the keyboard: from the start page to the call', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByTestId('entry-emergency'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(message('nb', 'emergency-heading'));
  await expect(heading(page)).toBeFocused();
  await tabTo(page, page.locator('a[href="tel:+4755553333"]'));
});

for (const width of [320, 640]) {
  test(`nothing needs horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const pages: [string, string][] = [
      ['/', 'home-heading'],
      ['/estimates', 'estimates-heading'],
      ['/needs-check/tonight', 'q-tonight'],
      ['/needs-check/emergency', 'emergency-heading'],
      ['/apply', 'apply-heading'],
      ['/apply/person', 'apply-person-heading'],
    ];
    for (const [path, id] of pages) {
      await page.goto(path);
      await expect(heading(page)).toHaveText(message('nb', id));
      expect(await overflow(), path).toBeLessThanOrEqual(0);
    }
    // A filled estimate, with its chart and "how we calculated" open.
    await page.goto('/estimates');
    await field(page, 'field-municipality').fill('Oslo (0301)');
    await field(page, 'field-income').fill('250000');
    await field(page, 'field-housing-cost').fill('12000');
    await page.getByTestId('bostotte-result').getByText(message('nb', 'how-we-calculated')).click();
    expect(await overflow(), 'estimates with results').toBeLessThanOrEqual(0);
    // The person step with its errors.
    await page.goto('/apply/person');
    await page.getByTestId('continue').click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    expect(await overflow(), 'person with errors').toBeLessThanOrEqual(0);
  });
}
