import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core 4.13 tags its rules. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One page of each type, relative to the language prefix. "no-such-page/" is served as the 404. */
const pageTypes = [
  '',
  'guides/',
  'guides/first-controls/',
  'clauses/',
  'clauses/6/',
  'controls/',
  'controls/a-6-2-4/',
  'faq/',
  'search/?q=A.6.2.4',
  'sitemap/',
  'no-such-page/',
];

const pages = [
  '/',
  ...pageTypes.map((path) => `/en/${path}`),
  ...pageTypes.map((path) => `/he/${path}`),
];

describe.skipIf(!chromiumAvailable)('accessibility', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page.close();
  });

  /**
   * Opens `path` in `theme`: the saved choice and the system preference both name it, so the
   * language chooser, which has no theme select, follows it too.
   */
  async function open(path: string, theme: 'light' | 'dark'): Promise<void> {
    await page.emulateMedia({ colorScheme: theme });
    if (path === '/') {
      // The chooser sends readers with scripts on to their language before it renders, so it is
      // loaded as a reader without scripts sees it, then scripts are turned back on for axe.
      const session = await page.context().newCDPSession(page);
      await session.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(new URL(path, browser.origin).href);
      await session.send('Emulation.setScriptExecutionDisabled', { value: false });
      await session.detach();
      return;
    }
    await page.goto(new URL(path, browser.origin).href);
    await page.evaluate((choice) => localStorage.setItem('aims-theme', choice), theme);
    await page.reload();
    if (path.includes('/search/')) await page.waitForSelector('.aa-search__result');
  }

  /**
   * Runs axe on the open page and lists each failing node as "rule id | CSS target | summary".
   * `include` limits the run to matching elements and `exclude` leaves matching elements out.
   */
  async function findViolations(scope: { include?: string; exclude?: string } = {}) {
    let builder = new AxeBuilder({ page }).withTags(wcagTags);
    if (scope.include) builder = builder.include(scope.include);
    if (scope.exclude) builder = builder.exclude(scope.exclude);
    const results = await builder.analyze();
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} | ${node.target.join(' ')} | ${node.failureSummary?.replace(/\s+/g, ' ')}`,
      ),
    );
  }

  /** Search excerpt highlights; the dark theme's are covered by their own tests below. */
  const highlights = '.aa-search__result mark';

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      for (const path of pages) {
        it(`finds no WCAG violations on ${path}`, async () => {
          await open(path, theme);
          // Check that the theme really applies, so the contrast checks cover the right colours.
          const background = await page.evaluate(
            () => getComputedStyle(document.body).backgroundColor,
          );
          const channels = background.match(/\d+/g)!.slice(0, 3).map(Number);
          const isDark = Math.max(...channels) < 128;
          expect(isDark, `background ${background} in the ${theme} theme`).toBe(theme === 'dark');

          const exclude = path.includes('/search/') ? highlights : undefined;
          expect(await findViolations({ exclude })).toEqual([]);
        });
      }
    });
  }

  describe('search highlights', () => {
    for (const lang of ['en', 'he']) {
      it(`have enough contrast in the light theme in ${lang}`, async () => {
        await open(`/${lang}/search/?q=provenance`, 'light');
        expect(await page.locator(highlights).count()).toBeGreaterThan(0);
        expect(await findViolations({ include: highlights })).toEqual([]);
      });

      // NOTE: a known product bug. In the dark theme, `mark` keeps the muted excerpt colour
      // (#aab2bd) on the dark highlight (#5c4d00): a contrast ratio of 3.89, below the 4.5 that
      // WCAG 1.4.3 asks of body text. Remove `.fails` once the colours are fixed.
      it.fails(`have enough contrast in the dark theme in ${lang}`, async () => {
        await open(`/${lang}/search/?q=provenance`, 'dark');
        expect(await page.locator(highlights).count()).toBeGreaterThan(0);
        expect(await findViolations({ include: highlights })).toEqual([]);
      });
    }
  });
});
