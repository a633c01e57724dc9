// The glossary as the tests see it: where a Norwegian term appears in running text, and a text
// with its explanations left out (for tests that compare a text with its message).
import type { Locator, Page } from '@playwright/test';

/** Where a term names something rather than explains it: no explanation there (src/i18n/glossary.rs). */
const NOT_RUNNING_TEXT =
  'h1,h2,h3,h4,h5,h6,[role=heading],label,legend,button,a,summary,option,th,dt,caption,[aria-hidden=true]';

/** The element's text without the glossary's explanations in it. */
export async function textWithoutGlossary(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.gloss').forEach((g) => g.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * On the page's main part, in the reader's language (not the interpreter view's Norwegian half),
 * the appearances of a Norwegian term in running text that the reader can see; for each, whether
 * the glossary's explanation of `key` follows it.
 */
export async function appearances(page: Page, spellings: string[], key: string): Promise<boolean[]> {
  return page.evaluate(
    ([spellings, key, notRunning]) =>
      Array.from(document.querySelectorAll('main [lang="nb"]'))
        // The term's own text: an explanation goes inside its element, after it.
        .filter((el) => spellings.includes(el.firstChild?.textContent ?? ''))
        .filter((el) => !el.closest('.twin-nb') && !el.closest(notRunning) && !el.closest('details:not([open])'))
        .map((el) => el.matches(`[data-gloss="${key}"]`) && el.querySelector(':scope > .gloss') !== null),
    [spellings, key, NOT_RUNNING_TEXT] as const,
  );
}
