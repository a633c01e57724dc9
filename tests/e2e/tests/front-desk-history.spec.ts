// Issue 15: after "New client" at the front desk, the browser's Back button must reach no page
// that shows the walk-in: not the resident pages, and not the staff pages of the front-desk
// employee still signed in on the device, whose inbox lists the walk-ins it helped.
import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { fillApplication, heading, label } from './journey';

const DESK = process.env.HUSLY_DESK_USER ?? '';
const PASSWORD = process.env.HUSLY_STAFF_PASSWORD ?? '';
// Missing accounts are an error, never a skipped test.
if (!DESK || !PASSWORD) {
  throw new Error('HUSLY_DESK_USER is not set: run the end-to-end tests with `cargo xtask test`, which makes the front-desk account');
}

// journey.ts's person.
const WALK_IN = 'Kari Nordmann';

test('after New client, Back never shows the walk-in, staff pages included', async ({ page }) => {
  // Once watching, every page the browser shows reports whether the walk-in's name is on it.
  let watching = false;
  const seen: string[] = [];
  await page.exposeFunction('huslyShowsWalkIn', (url: string) => {
    if (watching) seen.push(url);
  });
  await page.addInitScript((name) => {
    const check = () => {
      if (document.body?.innerText.includes(name)) (window as unknown as { huslyShowsWalkIn: (u: string) => void }).huslyShowsWalkIn(location.href);
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  }, WALK_IN);

  await page.goto('/staff');
  await page.getByLabel(message('nb', 'staff-username')).fill(DESK);
  await page.getByLabel(message('nb', 'staff-password')).fill(PASSWORD);
  await page.getByTestId('login').click();
  await expect(page.getByTestId('signed-in')).toHaveText(DESK);

  await fillApplication(page);
  await label(page, 'apply-consent').check();
  await page.getByTestId('submit').click();
  await expect(heading(page)).toHaveText(message('nb', 'apply-receipt-heading'));
  const reference = (await page.getByTestId('reference').textContent())!.trim();

  // The desk looks at its inbox and the application it made: both show the walk-in.
  await page.goto('/staff');
  const line = page.getByTestId('inbox-line').filter({ hasText: reference });
  await expect(line).toContainText(WALK_IN);
  await line.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  await expect(page.locator('main')).toContainText(WALK_IN);

  // New client, from a resident page.
  await page.goto('/');
  await page.getByTestId('start-over').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(heading(page)).toHaveText(message('nb', 'home-heading'));
  watching = true;

  // Back, as far as the browser goes: each page gets time to show what it would.
  const visited: string[] = [];
  for (let step = 0; step < 40; step += 1) {
    const before = page.url();
    const response = await page.goBack({ waitUntil: 'load' }).catch(() => null);
    await page.waitForTimeout(400);
    await page.waitForLoadState('load');
    visited.push(page.url());
    if (!response && page.url() === before) break;
    if (page.url() === 'about:blank') break;
  }
  expect(seen).toEqual([]);
  // Back did step through the old entries (the staff pages among them), not stop at once.
  expect(visited.length).toBeGreaterThan(3);

  // The desk can still open its inbox on purpose: a new page, not one from before. The last
  // page Back reached may still be sending itself on (an application step whose answers Start
  // over wiped goes on to the question it needs; seen in a full run), which interrupts a
  // navigation begun meanwhile: then it is begun again.
  watching = false;
  await expect(async () => {
    await page.goto('/staff');
  }).toPass();
  await expect(page.getByTestId('inbox-line').filter({ hasText: reference })).toContainText(WALK_IN);
});
