// Offline: after one visit the service worker has the app shell, so with the network gone a
// reload still opens the app, and the estimates and the needs check work (the rules run in the
// browser); an application sent offline waits on the device and goes once the network returns.
import { expect, test } from '@playwright/test';
import { message } from './fluent';
import { estimate, fillApplication, heading, label, recordSubmissions, stored } from './journey';
import { expectNoViolations } from './page';

test('after one visit, the estimates and the needs check work with no network', async ({ page, context }) => {
  // The start page first: it registers the worker without loading the app.
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Controlled by the worker now: the estimates, opened from the start page, load the app on
  // demand, and the worker keeps the page and the app.
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByTestId('entry-estimates').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered', /.*/);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'estimates-heading'));
  await estimate(page);

  await page.goto('/needs-check/tonight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'q-tonight'));
  await context.setOffline(false);
});

test('an application made offline waits on the device and is sent once when the network returns', async ({ page, context }) => {
  // One visit, to a journey (a first visit's start page does not load the app): the worker
  // takes control and keeps the shell and the app.
  await page.goto('/estimates');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(heading(page)).toHaveText(message('nb', 'estimates-heading'));

  // No network from here: the start page (never opened, so the app draws it), estimate, fill
  // in the application.
  await context.setOffline(true);
  await page.goto('/');
  await expect(heading(page)).toHaveText(message('nb', 'home-heading'));
  await estimate(page);
  // The economy is known from the estimate: the application goes straight on to the help wanted.
  await fillApplication(page, { economyKnown: true });
  await label(page, 'apply-consent').check();

  // Sent while offline: nothing is tried, and the resident is told it waits on the device.
  const sent = recordSubmissions(page);
  await page.getByTestId('submit').click();
  const waiting = page.getByTestId('submit-waiting');
  await expect(waiting).toContainText(message('nb', 'apply-waiting-heading'));
  await expect(waiting).toContainText(message('nb', 'apply-waiting-body'));
  await expectNoViolations(page, 'check answers, waiting for the network');
  // Elsewhere in the app, a notice says so too, and leads back.
  await page.getByRole('link', { name: message('nb', 'app-name'), exact: true }).click();
  const notice = page.getByTestId('outbox-notice');
  await expect(notice).toContainText(message('nb', 'outbox-waiting'));
  await expect(notice.getByRole('link')).toHaveText(message('nb', 'outbox-waiting-link'));
  await expectNoViolations(page, 'the start page with an application waiting');
  expect(sent).toHaveLength(0);
  // "Start over" would lose it: it asks first, and "Cancel" keeps everything.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByTestId('start-over').click();
  await expect.poll(() => asked).toEqual([message('nb', 'start-over-waiting')]);
  await expect(notice).toContainText(message('nb', 'outbox-waiting'));

  // The network returns: the application goes by itself, once, and the resident is told.
  const created = page.waitForResponse((r) => r.url().endsWith('/api/applications'));
  await context.setOffline(false);
  expect((await created).status()).toBe(201);
  await expect(notice).toContainText(message('nb', 'outbox-sent'));
  await expectNoViolations(page, 'the start page, told the application went');
  await notice.getByRole('link', { name: message('nb', 'outbox-sent-link') }).click();
  await expect(heading(page)).toHaveText(message('nb', 'apply-receipt-heading'));
  await expect(page.getByTestId('reference')).toHaveText(/^HUS-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(page.locator('main')).toContainText('Kari Nordmann');
  // Seen: the notice is gone, nothing but the receipt stays, and nothing more was sent.
  await page.getByRole('link', { name: message('nb', 'app-name'), exact: true }).click();
  await expect(heading(page)).toHaveText(message('nb', 'home-heading'));
  await expect(notice).toHaveCount(0);
  expect((await stored(page)).filter((k) => k !== 'husly-lang')).toEqual(['husly-receipt']);
  expect(sent).toHaveLength(1);
  expect(sent[0].postDataJSON().person.name).toBe('Kari Nordmann');
});
