// The entry pages arrive as real HTML in the reader's language, painted before the app's wasm
// has arrived, and the app takes them over without a flash, a shift or a lost keystroke
// (issue 17: server/src/prerendered.rs, src/prerendered.rs, tests/e2e/prerender.mjs).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { message } from './fluent';
import { watchConsole } from './page';

const ARTIFACTS = `${__dirname}/../artifacts`;

// The wasm is held back by the test (a service worker would fetch it out of the test's sight).
test.use({ serviceWorkers: 'block' });

/** Holds every wasm download until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Sums the layout shifts the page has had (CLS without its session windows: stricter). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

const taken = (page: Page) => expect(page.locator('html')).not.toHaveAttribute('data-prerendered', /.*/);

test('a first visit to the start page is whole without the app: read in Arabic, nothing of the app downloaded', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-SY', viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = watchConsole(page);
  const app: string[] = [];
  page.on('request', (r) => {
    if (/\.(wasm|js)$/.test(new URL(r.url()).pathname)) app.push(r.url());
  });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-prerendered', 'ar');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('ar', 'home-heading'));
  await expect(page.getByTestId('entry-emergency')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/first-paint-start-ar-390.png` });
  await page.waitForTimeout(1000);
  expect(app).toEqual([]);

  // A way in is an ordinary link: the next page comes prerendered too, and there the app starts.
  await page.getByTestId('entry-needs-check').click();
  await expect(page).toHaveURL(/\/needs-check$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('ar', 'needs-heading'));
  await taken(page);
  expect(app.some((url) => url.endsWith('.wasm'))).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('the app takes over a prerendered page in place: same text, same place, no shift', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-SY', viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = watchConsole(page);
  const release = await holdTheApp(page);
  await page.goto('/needs-check');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-prerendered', 'ar');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(message('ar', 'needs-heading'));
  await page.screenshot({ path: `${ARTIFACTS}/first-paint-needs-ar-390.png` });
  const before = await heading.boundingBox();

  release();
  await taken(page);
  await expect(heading).toHaveText(message('ar', 'needs-heading'));
  expect(await heading.boundingBox()).toEqual(before);
  expect(await layoutShift(page)).toBe(0);
  // One page, not the prerendered one beside the app's.
  await expect(page.locator('main')).toHaveCount(1);
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  expect(errors).toEqual([]);
  await context.close();
});

/** Opens `path` with the CPU slowed 4x as Lighthouse's phone, and gives the longest task (ms) from
 * the wasm's arrival to the app's first page drawn (`window.huslyDrawn`, src/starting.rs), and
 * how often the document held two pages at once. */
async function startOnASlowPhone(browser: Browser, path: string): Promise<{ longest: number; tasks: string; twoPages: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as any;
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
    }).observe({ type: 'longtask', buffered: true });
    // Two pages in the document at once would give a reader (or a test) two of every field.
    w.twoPages = 0;
    new MutationObserver(() => {
      if (document.querySelectorAll('main').length > 1) w.twoPages++;
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(path);
  await page.waitForFunction(() => (window as any).huslyDrawn, undefined, { timeout: 30_000 });
  await taken(page);
  await expect(page.locator('main')).toHaveCount(1);
  const { tasks, twoPages } = await page.evaluate(() => {
    const w = window as any;
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')) as PerformanceResourceTiming;
    return {
      tasks: (w.longTasks as [number, number][]).filter(([start]) => start >= wasm.responseStart && start <= w.huslyDrawn),
      twoPages: w.twoPages as number,
    };
  });
  await context.close();
  return { longest: Math.max(0, ...tasks.map(([, duration]) => duration)), tasks: JSON.stringify(tasks), twoPages };
}

// src/starting.rs. With the CPU slowed 4x, drawn in one go, the app's start on this page was one
// task of 230-340 ms (a quiet machine, Chromium's trace); in parts, no task of it is over ~60 ms,
// and up to ~300 ms while the other tests load the machine, so it runs alone, after them (the
// 'timing' project in playwright.config.ts). The better of two loads is kept, so a busy moment
// does not fail the test and the one long task always does.
test('the app draws the estimates in short tasks, out of the document until its page is whole', { tag: '@timing' }, async ({ browser }) => {
  const first = await startOnASlowPhone(browser, '/estimates');
  const second = first.longest < 150 ? first : await startOnASlowPhone(browser, '/estimates');
  const best = second.longest < first.longest ? second : first;
  expect(best.longest, `the app's long tasks while it started: ${first.tasks} ${second.tasks}`).toBeLessThan(150);
  expect(first.twoPages + second.twoPages).toBe(0);
});

// A keystroke goes to the focused element; if the focus were handed over a frame after the
// prerendered page went (as it once was), one typed in between would be lost (a test's fill was).
test('the focus is on the app\'s field in the very task the prerendered page goes: no keystroke falls between', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const w = window as any;
      if (w.focusAtTakeover === undefined && document.querySelector('main') && !document.querySelector('main[data-prerendered]')) {
        w.focusAtTakeover = document.activeElement?.id || document.activeElement?.tagName;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const release = await holdTheApp(page);
  await page.goto('/estimates');
  await expect(page.locator('html')).toHaveAttribute('data-prerendered', 'nb');
  const field = page.getByLabel(message('nb', 'field-municipality'));
  await field.click();
  await page.keyboard.type('31');
  release();
  await page.waitForFunction(() => (window as any).huslyDrawn);
  expect(await page.evaluate(() => (window as any).focusAtTakeover)).toBe('municipality');
  await page.keyboard.type('05');
  await expect(field).toHaveValue('3105');
  await expect(page.getByTestId('municipality-found')).toContainText('Sarpsborg');
});

test('what is typed in the estimates before the app arrives is kept, and counted', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/estimates');
  await expect(page.locator('html')).toHaveAttribute('data-prerendered', 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  await page.getByLabel(message('nb', 'field-municipality')).fill('Oslo (0301)');
  await page.getByLabel(message('nb', 'field-housing-cost')).fill('12000');
  const income = page.getByLabel(message('nb', 'field-income'), { exact: true });
  await income.fill('250 000');

  release();
  await taken(page);
  await expect(income).toHaveValue('250 000');
  await expect(income).toBeFocused();
  await expect(page.getByLabel(message('nb', 'field-housing-cost'))).toHaveValue('12000');
  // rules/tests/cases/bostotte.json: 4 449 kr a month for this household.
  await expect(page.getByTestId('bostotte-result')).toContainText(/4\s449\s*kr/);
});

test('a language chosen before the app arrives opens that language at once, and Back never brings an old choice back', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel(message('nb', 'language-picker-label')).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('data-prerendered', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'home-heading'));
  // Kept, and out of the address, so neither Back nor a reload can bring it back later.
  await expect(page).toHaveURL(/\/$/);

  await page.getByTestId('entry-needs-check').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'needs-heading'));
  await taken(page);
  await page.locator('#language-picker').selectOption('nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'needs-heading'));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'home-heading'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'home-heading'));
});

test('a language chosen after typing, before the app arrives, loses nothing: the app switches when it is here', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/estimates');
  const income = page.getByLabel(message('nb', 'field-income'), { exact: true });
  await income.fill('250 000');
  // Said at once: the page is still loading, and what is typed is kept; never over the field.
  const starting = page.getByRole('status').filter({ hasText: message('nb', 'app-starting') });
  await expect(starting).toBeVisible();
  const [bar, field] = [await starting.boundingBox(), await income.boundingBox()];
  expect(bar!.y + bar!.height <= field!.y || field!.y + field!.height <= bar!.y, 'the notice covers the field').toBe(true);
  await page.getByLabel(message('nb', 'language-picker-label')).selectOption('en');
  await expect(page).toHaveURL(/\/estimates$/);
  release();
  await taken(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'estimates-heading'));
  await expect(page.getByLabel(message('en', 'field-income'), { exact: true })).toHaveValue('250 000');
  await expect(page.getByText(message('nb', 'app-starting'))).toHaveCount(0);
});

test('a button pressed before the app arrives is pressed for the app', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/needs-check/tonight');
  await expect(page.locator('html')).toHaveAttribute('data-prerendered', 'nb');
  // Continuing without an answer: the app's error summary, not a dead button; meanwhile the
  // page says it is still loading.
  await page.getByRole('button', { name: message('nb', 'continue') }).click();
  await expect(page.getByRole('status').filter({ hasText: message('nb', 'app-starting') })).toBeVisible();
  release();
  await taken(page);
  await expect(page.getByRole('alert').getByText(message('nb', 'error-summary-title'))).toBeVisible();
});

test('a language saved on this device wins over a page prerendered in another, with no flash of it', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Chosen before the server could know it: in local storage, with no cookie.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('husly-lang', 'en');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const release = await holdTheApp(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-prerendered', 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  release();
  await taken(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'home-heading'));
  // From now on the server knows it.
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'husly-lang')?.value).toBe('en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('when the app cannot be loaded, the page says so and offers to reload; the reload works', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto('/estimates');
  const notice = page.getByRole('alert').filter({ hasText: message('nb', 'app-not-loaded') });
  await expect(notice).toBeVisible();
  // The page is still there to read.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  await page.screenshot({ path: `${ARTIFACTS}/app-not-loaded-nb-390.png` });

  await page.unroute('**/*.wasm');
  await notice.getByRole('button', { name: message('nb', 'app-reload') }).click();
  await taken(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  await expect(page.getByText(message('nb', 'app-not-loaded'))).toBeHidden();
});
