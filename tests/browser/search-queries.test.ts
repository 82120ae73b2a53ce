import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

const browser = useBrowser();

/** Runs a query on the search page of one language and returns the result paths in order. */
async function search(
  page: Page,
  lang: string,
  query: string,
): Promise<{ paths: string[]; status: string }> {
  await page.goto(`${browser.origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => {
      const status = document.querySelector('.aa-search__status')?.textContent ?? '';
      return status !== '' && !/Searching|מחפשים/.test(status);
    },
    null,
    { timeout: 20_000 },
  );
  const paths = await page.$$eval('.aa-search__result > a', (links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  return { paths, status: (await page.textContent('.aa-search__status')) ?? '' };
}

// Each row: language, query, the page that must come first, pages that must appear, pages that must not.
const table: [string, string, string, string[], string[]][] = [
  ['en', 'A.6.2.4', '/en/controls/a-6-2-4/', [], []],
  ['he', 'A.6.2.4', '/he/controls/a-6-2-4/', [], []],
  ['en', 'a.7.4', '/en/controls/a-7-4/', ['/en/iso27001/a-7-4/'], []],
  ['he', 'A 7.4', '/he/controls/a-7-4/', [], []],
  ['en', '6.1.2', '/en/clauses/6/', [], []],
  ['he', 'סעיף 6.1.4', '/he/clauses/6/', [], []],
  ['en', 'A.5.23', '/en/iso27001/a-5-23/', [], []],
  ['he', 'A.5.23', '/he/iso27001/a-5-23/', [], []],
  ['en', 'Art. 9', '/en/eu-ai-act/article-9/', [], []],
  ['en', 'Article 72', '/en/eu-ai-act/article-72/', [], []],
  ['he', 'סעיף 14 לחוק', '/he/eu-ai-act/article-14/', [], []],
  ['en', 'GOVERN 1.1', '/en/nist-ai-rmf/govern-1-1/', [], []],
  ['he', 'MEASURE 2.11', '/he/nist-ai-rmf/measure-2-11/', [], []],
  ['en', 'data provenance', '/en/controls/a-7-5/', [], []],
  ['he', 'מקור הנתונים', '/he/controls/a-7-5/', [], []],
  // Prefix letters and final letters: every form reaches the whistleblowing control's page.
  ['he', 'חששות', '/he/controls/a-3-3/', [], []],
  ['he', 'והחששות', '', ['/he/controls/a-3-3/'], []],
  ['he', 'ספקים', '', ['/he/controls/a-10-3/'], []],
  ['he', 'לספקים', '', ['/he/controls/a-10-3/'], []],
  // English glossary terms typed on a Hebrew page find the Hebrew pages that use them.
  ['he', 'data quality', '', ['/he/controls/a-7-4/'], []],
  ['he', 'Reporting of concerns', '', ['/he/controls/a-3-3/'], []],
];

describe.skipIf(!chromiumAvailable)('search query table', () => {
  it.each(table)('%s: %s', async (lang, query, first, included, excluded) => {
    const page = await browser.newPage();
    const { paths } = await search(page, lang, query);
    await page.close();
    if (first) expect(paths[0], `first result for ${query}`).toBe(first);
    for (const path of included) expect(paths, `results for ${query}`).toContain(path);
    for (const path of excluded) expect(paths, `results for ${query}`).not.toContain(path);
    for (const path of paths) expect(path.startsWith(`/${lang}/`), path).toBe(true);
  });

  it('offers the other language, marked, when the reader\u2019s has no hit', async () => {
    const page = await browser.newPage();
    const { paths, status } = await search(page, 'en', 'הטיה');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith('/he/'))).toBe(true);
    expect(status).toContain('No results in English');
    expect(await page.locator('.aa-search__result').first().getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.aa-search__badge').first().textContent()).toBe('In Hebrew');
    await page.close();
  });

  it('drops pages that share only a prefix letter with the query', async () => {
    const page = await browser.newPage();
    const { paths } = await search(page, 'he', 'בננות');
    // No page uses this word; a page containing "ב-ISO" must not come back through the letter ב.
    expect(paths).toEqual([]);
    await page.close();
  });

  it('finds the plural from a singular that ends in a final letter', async () => {
    const page = await browser.newPage();
    const { paths } = await search(page, 'he', 'סיכון');
    const marks = await page.$$eval('.aa-search__result mark', (elements) =>
      elements.map((element) => element.textContent ?? ''),
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(marks.some((text) => /סיכונים/.test(text))).toBe(true);
    await page.close();
  });

  it('finds the bare word from a query with prefix letters', async () => {
    const page = await browser.newPage();
    await search(page, 'he', 'והסיכונים');
    const marks = await page.$$eval('.aa-search__result mark', (elements) =>
      elements.map((element) => element.textContent ?? ''),
    );
    expect(marks.some((text) => /^סיכונים/.test(text.trim()))).toBe(true);
    await page.close();
  });

  it('highlights a Hebrew word found through its prefix form', async () => {
    const page = await browser.newPage();
    await search(page, 'he', 'חששות');
    const marks = await page.$$eval('.aa-search__result mark', (elements) =>
      elements.map((element) => element.textContent),
    );
    expect(marks.some((text) => text?.includes('חששות'))).toBe(true);
    await page.close();
  });
});
