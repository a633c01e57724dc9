// The staff pages with the keyboard only (WCAG 2.1.1, 2.1.2, 2.4.7): a caseworker signs in,
// filters the inbox, opens an application, changes its status and signs out with Tab,
// Shift+Tab, Enter and Space (and typing into the fields; a closed <select> takes its option by
// typing its name). Every stop shows where the focus is, and Tab and Shift+Tab go round each
// page and out of it again: no keyboard trap.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { message } from './fluent';

const USER = process.env.HUSLY_STAFF_USER ?? '';
const PASSWORD = process.env.HUSLY_STAFF_PASSWORD ?? '';
// Missing accounts are an error, never a skipped test.
if (!USER || !PASSWORD) {
  throw new Error('HUSLY_STAFF_USER is not set: run the end-to-end tests with `cargo xtask test`, which makes the caseworker');
}

const nb = (id: string) => message('nb', id);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * What has the focus now, and whether it is visibly marked: `:focus-visible` (or, inside it,
 * `:focus-within`) with an outline or a ring (box-shadow), on an element with a size. `null` when the document has no focus
 * (past the last stop, the focus leaves the page).
 */
async function focusStop(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    // Each element numbered once, so two links with the same text are two stops.
    const w = window as unknown as { stopIds?: WeakMap<Element, number>; stopCount?: number };
    w.stopIds ??= new WeakMap();
    if (!w.stopIds.has(el)) w.stopIds.set(el, (w.stopCount = (w.stopCount ?? 0) + 1));
    const text = (el.textContent ?? '').trim().slice(0, 40);
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}" (${w.stopIds.get(el)})`;
    // A date field's calendar button leaves the field only :focus-within (see styles.css).
    const focused = el.matches(':focus-visible') || el.matches(':focus-within');
    const visible = focused && (outline || ring) && box.width > 0 && box.height > 0;
    const why = `:focus-visible ${el.matches(':focus-visible')}, outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}, ${box.width}×${box.height}`;
    return { name, visible, why };
  });
}

/** Presses `key` (Tab or Shift+Tab) and checks the new stop, if on the page, is visibly focused. */
async function step(page: Page, key: 'Tab' | 'Shift+Tab') {
  await page.keyboard.press(key);
  const stop = await focusStop(page);
  if (stop) expect(stop.visible, `no visible focus indicator on ${stop.name}: ${stop.why}`).toBe(true);
  return stop;
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking every stop on the way (fails after 60). */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await step(page, key);
  }
  throw new Error(`could not reach ${target} with ${key}`);
}

/**
 * No keyboard trap: Tab goes through every stop and round to the first again (or out of the
 * page), and Shift+Tab goes back the same way, each stop visibly focused.
 */
async function goRound(page: Page, what: string) {
  // One whole round from where the focus is: until it leaves the page or comes back.
  const round = async (key: 'Tab' | 'Shift+Tab') => {
    const stops: string[] = [];
    for (let i = 0; i < 150; i++) {
      const stop = await step(page, key);
      if (!stop ? stops.length > 0 : stop.name === stops[0]) return stops;
      if (stop && stops.at(-1) !== stop.name) stops.push(stop.name);
    }
    throw new Error(`${what}: ${key} did not go round the page in 150 presses (a keyboard trap?): ${stops.slice(-5).join(', ')}`);
  };
  const forwards = await round('Tab');
  const backwards = (await round('Shift+Tab')).reverse();
  expect(forwards.length, `${what}: stops`).toBeGreaterThan(1);
  // The same stops in the same order, whichever each round began with.
  const start = backwards.indexOf(forwards[0]);
  expect([...backwards.slice(start), ...backwards.slice(0, start)], `${what}: Shift+Tab goes back the way Tab came`).toEqual(forwards);
}

test('a caseworker signs in, filters the inbox, moves an application on and signs out with the keyboard alone', async ({ page }) => {
  // A resident's application to Oslo, to find in the inbox.
  const sent = await page.request.post('/api/applications', {
    headers: { 'Idempotency-Key': `staff-keyboard-${Date.now()}` },
    data: {
      municipality: '0301',
      person: { name: 'Amina Yusuf', national_id: '15038500047', phone: '912 34 567', preferred_language: 'so', needs_interpreter: false },
      household: { adults: 1, children_ages: [] },
      income: { amount: '210000' },
      housing: { kind: 'rented', monthly_cost: '9800' },
      needs: { sleeping_tonight: 'with_friends_or_family', risks: [], home_problems: [], circumstances: [] },
      help_wanted: ['municipal_rental_home'],
      own_words: '',
      consent: true,
    },
  });
  expect(sent.status()).toBe(201);
  const { reference } = await sent.json();

  // Signing in.
  await page.goto('/staff');
  await expect(heading(page)).toHaveText(nb('staff-login-heading'));
  await goRound(page, 'login');
  await tabTo(page, page.getByLabel(nb('staff-username')));
  await page.keyboard.type(USER);
  await tabTo(page, page.getByLabel(nb('staff-password')));
  await page.keyboard.type(PASSWORD);
  await tabTo(page, page.getByTestId('login'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(nb('staff-inbox-heading'), { timeout: 15_000 });

  // The inbox, filtered to what has just come in.
  const line = page.getByTestId('inbox-line').filter({ hasText: reference });
  await expect(line).toBeVisible();
  await goRound(page, 'inbox');
  const status = page.getByLabel(nb('staff-filter-status'), { exact: true });
  await tabTo(page, status);
  await page.keyboard.type(nb('staff-status-received'));
  await expect(status).toHaveValue('received');
  await expect(line).toBeVisible();
  // The filter is a form field among others: Tab leaves it.
  await step(page, 'Tab');
  await expect(status).not.toBeFocused();

  // The application.
  await tabTo(page, line.getByRole('link', { name: reference }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toContainText(reference);
  await goRound(page, 'application');
  const newStatus = page.getByLabel(nb('staff-col-status'), { exact: true });
  await tabTo(page, newStatus);
  await page.keyboard.type(nb('staff-status-in-progress'));
  await expect(newStatus).toHaveValue('in_progress');
  await tabTo(page, page.getByLabel(nb('staff-note')));
  await page.keyboard.type('Ringt søker. Møte avtalt.');
  // Back to the status with Shift+Tab, and forward again to "Save" with Tab, pressed with Space.
  await tabTo(page, newStatus, 'Shift+Tab');
  await tabTo(page, page.getByTestId('save-status'));
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText(nb('staff-status-saved'));
  await expect(page.getByTestId('status')).toContainText(nb('staff-status-in-progress'));
  await expect(page.locator('main')).toContainText('Møte avtalt.');

  // Signing out: the button is in the header, before the page, so Shift+Tab reaches it.
  await tabTo(page, page.getByTestId('logout'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(nb('staff-login-heading'));
  expect(await page.request.get('/api/staff/me').then((r) => r.status())).toBe(401);
});
