import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Theme = 'light' | 'dark';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core 4.13 tags its rules. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules under those tags whose result depends on colours. The dark theme changes only custom
 * properties, never the markup, so the dark runs check these rules and the light runs check all.
 */
const colorRules = ['color-contrast', 'link-in-text-block'];

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

/** Search excerpt highlights; their dark-theme contrast has its own tests below. */
const highlights = '.aa-search__result mark';

describe.skipIf(!chromiumAvailable)('accessibility', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
  });

  afterAll(async () => {
    await page?.close();
  });

  /** Opens `path` with no saved theme choice, so it starts in the light theme. */
  async function open(path: string): Promise<void> {
    if (path === '/') {
      // With scripts on, the chooser redirects to a language before it renders. It is loaded with
      // scripts off, as a reader without JavaScript gets it, and scripts are turned on for axe.
      const session = await page.context().newCDPSession(page);
      await session.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(new URL(path, browser.origin).href);
      await session.send('Emulation.setScriptExecutionDisabled', { value: false });
      await session.detach();
      return;
    }
    await page.goto(new URL(path, browser.origin).href);
    if (path.includes('/search/')) await page.waitForSelector('.aa-search__result');
  }

  /**
   * Switches the open page to `theme` the way a saved choice does before first paint, by setting
   * data-theme on <html>, and checks that the body background really changed.
   */
  async function applyTheme(theme: Theme): Promise<void> {
    const background = await page.evaluate((choice) => {
      document.documentElement.dataset.theme = choice;
      return getComputedStyle(document.body).backgroundColor;
    }, theme);
    const channels = background.match(/\d+/g)!.slice(0, 3).map(Number);
    const isDark = Math.max(...channels) < 128;
    expect(isDark, `background ${background} in the ${theme} theme`).toBe(theme === 'dark');
  }

  /**
   * Runs axe on the open page and lists each failing node as "rule id | CSS target | summary".
   * `rules` limits the run to those rules, `include` to matching elements, and `exclude` leaves
   * matching elements out.
   */
  async function findViolations(
    scope: { rules?: string[]; include?: string; exclude?: string } = {},
  ): Promise<string[]> {
    let builder = new AxeBuilder({ page });
    builder = scope.rules ? builder.withRules(scope.rules) : builder.withTags(wcagTags);
    if (scope.include) builder = builder.include(scope.include);
    if (scope.exclude) builder = builder.exclude(scope.exclude);
    const results = await builder.analyze();
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => {
        const summary = node.failureSummary?.replace(/\s+/g, ' ');
        return `${violation.id} | ${node.target.join(' ')} | ${summary}`;
      }),
    );
  }

  for (const path of pages) {
    it(`finds no WCAG violations on ${path} in both themes`, async () => {
      await open(path);
      const exclude = path.includes('/search/') ? highlights : undefined;

      await applyTheme('light');
      expect(await findViolations({ exclude }), 'light theme').toEqual([]);

      await applyTheme('dark');
      expect(await findViolations({ rules: colorRules, exclude }), 'dark theme').toEqual([]);
    });
  }

  describe('search highlights', () => {
    for (const lang of ['en', 'he']) {
      it(`have enough contrast in the light theme in ${lang}`, async () => {
        await open(`/${lang}/search/?q=provenance`);
        await applyTheme('light');
        expect(await page.locator(highlights).count()).toBeGreaterThan(0);
        expect(await findViolations({ include: highlights })).toEqual([]);
      });

      it(`have enough contrast in the dark theme in ${lang}`, async () => {
        await open(`/${lang}/search/?q=provenance`);
        await applyTheme('dark');
        expect(await page.locator(highlights).count()).toBeGreaterThan(0);
        expect(await findViolations({ include: highlights })).toEqual([]);
      });
    }
  });
});
