import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';
import { readDist } from '../support/dist';

type Lang = 'en' | 'he';

/** Returns every page of a language, as the sitemap lists it. */
function sitemapPages(lang: Lang): string[] {
  const locations = [...readDist('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)];
  return locations
    .map(([, loc]) => new URL(loc!).pathname)
    .filter((path) => path.startsWith(`/${lang}/`))
    .sort();
}

/**
 * Lists the pages that the visible links of the main content lead to, except those inside `skip`.
 * A link in a closed disclosure counts when its summary is visible: opening it loads no page.
 */
function visibleLinks(skip: string | null): string[] {
  const links = [...document.querySelectorAll<HTMLAnchorElement | SVGAElement>('main a[href]')];
  const inVisibleDisclosure = (link: Element) =>
    link.closest('details')?.querySelector('summary')?.checkVisibility() ?? false;
  return links
    .filter((link) => !(skip && link.closest(skip)))
    .filter((link) => link.checkVisibility() || inVisibleDisclosure(link))
    .map((link) => new URL(link.getAttribute('href')!, location.href))
    .filter((address) => address.origin === location.origin)
    .map((address) => address.pathname);
}

describe.skipIf(!chromiumAvailable)('home page', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  async function openHome(lang: Lang): Promise<void> {
    await page.goto(url(`/${lang}/`));
    await page.locator('aa-topic-map').scrollIntoViewIfNeeded();
    await page.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
  }

  describe.each(['en', 'he'] as const)('in %s', (lang) => {
    it('reaches every page through the map', async () => {
      await openHome(lang);
      const reached = new Set(await page.evaluate(visibleLinks, null));
      const missing = sitemapPages(lang).filter((path) => !reached.has(path));
      expect(missing).toEqual([]);
    });

    it('reaches every page in two steps', async () => {
      await openHome(lang);
      const firstStep = [...new Set(await page.evaluate(visibleLinks, 'aa-topic-map'))];
      const reached = new Set([`/${lang}/`, ...firstStep]);
      // The topics page and the sitemap list every page, so following them would prove nothing.
      const listsEverything = new Set([`/${lang}/topics/`, `/${lang}/sitemap/`]);
      const followed = firstStep.filter(
        (path) => path.startsWith(`/${lang}/`) && !listsEverything.has(path),
      );
      for (const path of followed) {
        await page.goto(url(path));
        for (const link of await page.evaluate(visibleLinks, 'aa-topic-map')) reached.add(link);
      }
      const missing = sitemapPages(lang).filter((path) => !reached.has(path));
      expect(missing).toEqual([]);
    });
  });
});
