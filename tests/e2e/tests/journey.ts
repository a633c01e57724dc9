// The resident's application, step by step, shared by the specs that need one filled in.
import { expect, type Page, type Request } from '@playwright/test';
import { message } from './fluent';

// A valid fødselsnummer (control digits checked in rules/src/application.rs' tests).
export const NATIONAL_ID = '15038500047';

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
export const label = (page: Page, id: string) => page.getByLabel(message('nb', id), { exact: true });
export const next = (page: Page) => page.getByTestId('continue').click();

export async function person(page: Page) {
  await expect(heading(page)).toHaveText(message('nb', 'apply-person-heading'));
  await label(page, 'apply-name').fill('Kari Nordmann');
  await label(page, 'apply-national-id').fill(NATIONAL_ID);
  await next(page);
}

export async function contact(page: Page, phone = '912 34 567') {
  await expect(heading(page)).toHaveText(message('nb', 'apply-contact-heading'));
  await label(page, 'apply-phone').fill(phone);
  await label(page, 'apply-interpreter').check();
  await next(page);
}

export async function needsCheck(page: Page) {
  for (const [question, answer] of [
    ['q-tonight', 'tonight-rents-private'],
    ['q-risks', 'risk-eviction'],
    ['q-home', 'answer-none-of-these'],
    ['q-circumstances', 'answer-none-of-these'],
    ['q-plans', 'answer-none-of-these'],
  ]) {
    await expect(heading(page)).toHaveText(message('nb', question));
    await label(page, answer).check();
    await next(page);
  }
  await aboutYou(page);
}

/** The last question, "About you", left as it is (nothing it asks is required). */
export async function aboutYou(page: Page) {
  await expect(heading(page)).toHaveText(message('nb', 'q-about'));
  await next(page);
}

export async function economy(page: Page) {
  await expect(heading(page)).toHaveText(message('nb', 'apply-economy-heading'));
  await label(page, 'field-municipality').fill('Oslo (0301)');
  await label(page, 'field-income').fill('250 000');
  await label(page, 'field-housing-cost').fill('12000');
  await next(page);
}

export async function helpAndWords(page: Page) {
  await expect(heading(page)).toHaveText(message('nb', 'apply-help-heading'));
  // The help the needs check found fitting is ticked already.
  const fits = page.getByLabel(message('nb', 'help-municipal-rental-home'));
  await expect(fits).toBeChecked();
  await expect(fits).toHaveAccessibleName(new RegExp(message('nb', 'apply-help-fits')));
  await next(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-own-words-heading'));
  await label(page, 'apply-own-words-label').fill('Vi må ut av leiligheten i mars. Vi ønsker å bli i nærheten av skolen.');
  await next(page);
}

/** An estimate on the estimates page: a single person in Oslo, 4 449 kr of bostøtte. */
export async function estimate(page: Page) {
  await page.goto('/estimates');
  await label(page, 'field-municipality').fill('Oslo (0301)');
  await label(page, 'field-income').fill('250 000');
  await label(page, 'field-housing-cost').fill('12000');
  await expect(page.getByTestId('bostotte-result')).toContainText(/4\s449\s*kr/);
}

/**
 * Fills a whole application, ending on the check page: from an empty device, or after an
 * estimate (`economyKnown`), when the economy step is skipped.
 */
export async function fillApplication(page: Page, { economyKnown = false } = {}) {
  await page.goto('/apply');
  await page.getByTestId('apply-start').click();
  await person(page);
  await contact(page);
  await needsCheck(page);
  if (!economyKnown) await economy(page);
  await helpAndWords(page);
  await expect(heading(page)).toHaveText(message('nb', 'apply-check-heading'));
}

/** The body and idempotency key of each submission the page makes. */
export function recordSubmissions(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/applications') && r.method() === 'POST') sent.push(r);
  });
  return sent;
}

export const stored = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('husly-')).sort());
