// A caseworker who leaves a staff page before its answer has come (a slow network, a quick
// click) loses nothing: the answer that comes for the page left behind is dropped, and the pages
// go on working. The CI once saw the app stop here ("unreachable": the inbox read its state after
// the inbox was gone, and a panic ends the whole app).
import { expect, test, type Route } from '@playwright/test';
import { applied, heading, signIn } from './case';
import { message } from './fluent';
import { watchConsole } from './page';

test('a staff page left before its answer comes: the answer is dropped and the pages go on working', async ({ page }) => {
  const { reference } = await applied(page.request, 'nb');
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  // (Before signing in, the page's question who is signed in is a 401 by design.)
  const errors = watchConsole(page);
  const nav = (id: string) => page.getByRole('navigation').getByRole('link', { name: message('nb', id), exact: true });

  // Every answer a page asks for is held until the page has been left.
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/api\/staff\/(applications|overview|municipality-profile)/, (route) => {
    if (holding && route.request().method() === 'GET') held.push(route);
    else return route.continue();
  });
  const asked = async (count: number) => expect.poll(() => held.length).toBe(count);

  await nav('staff-nav-overview').click();
  await expect(heading(page)).toHaveText(message('nb', 'staff-overview-heading'));
  await asked(1);
  await nav('staff-nav-inbox').click();
  await expect(heading(page)).toHaveText(message('nb', 'staff-inbox-heading'));
  await asked(2);
  await nav('staff-nav-profile').click();
  await asked(3);
  // The application's page, left by Back while its answer is on the way.
  holding = false;
  await nav('staff-nav-inbox').click();
  const line = page.getByRole('link', { name: reference });
  await expect(line).toBeVisible();
  holding = true;
  await line.click();
  await asked(4);
  await page.goBack();
  await expect(heading(page)).toHaveText(message('nb', 'staff-inbox-heading'));
  await asked(5);
  holding = false;

  // The answers come, to pages long gone.
  const finished = held.map((route) => page.waitForEvent('requestfinished', (r) => r === route.request()));
  await Promise.all(held.map((route) => route.continue()));
  await Promise.all(finished);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));

  // The pages still answer: the overview shows a period asked for.
  await nav('staff-nav-overview').click();
  await expect(page.getByTestId('overview-lead')).toBeVisible();
  await page.getByLabel(message('nb', 'staff-overview-from')).fill('2026-01');
  await page.getByLabel(message('nb', 'staff-overview-until')).fill('2026-02');
  await page.getByRole('button', { name: message('nb', 'staff-overview-show') }).click();
  await expect(page.getByTestId('overview-lead')).toContainText('2026-01 til 2026-02');
  await nav('staff-nav-inbox').click();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  expect(errors).toEqual([]);
});
