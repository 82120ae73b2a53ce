import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Lang = 'en' | 'he';

/** What a reader sees in the chrome of each language, typed from the rendered pages. */
const text = {
  en: {
    mainNav: 'Main',
    siteContents: 'Site contents',
    breadcrumbs: 'Breadcrumbs',
    annexA: 'Annex A controls',
    guides: 'Guides',
    home: 'Home',
    menu: 'Menu',
    skipLink: 'Skip to content',
    groupA6: 'A.6 AI system life cycle',
    groupA6Title: 'AI system life cycle',
    controlA624: 'A.6.2.4 AI system verification and validation',
    controlA625: 'A.6.2.5 AI system deployment',
    sitemap: 'Sitemap',
    switchToOther: 'קריאת הדף הזה בעברית',
  },
  he: {
    mainNav: 'ראשי',
    siteContents: 'תוכן האתר',
    breadcrumbs: 'פירורי לחם',
    annexA: 'בקרות נספח A',
    guides: 'מדריכים',
    home: 'דף הבית',
    menu: 'תפריט',
    skipLink: 'דילוג לתוכן',
    groupA6: 'A.6 מחזור החיים של מערכת בינה מלאכותית',
    groupA6Title: 'מחזור החיים של מערכת בינה מלאכותית',
    controlA624: 'A.6.2.4 אימות ותיקוף של מערכת בינה מלאכותית',
    controlA625: 'A.6.2.5 פריסה של מערכת בינה מלאכותית',
    sitemap: 'מפת האתר',
    switchToOther: 'Read this page in English',
  },
} as const;

/**
 * Neighbours in the sidebar's reading order: guides, clauses 4 to 10, the Annex A controls in
 * catalog order, the FAQ, then the other frameworks. Paths are relative to the language prefix,
 * and null means no link.
 */
const neighbours: { path: string; previous: string | null; next: string | null }[] = [
  { path: 'guides/', previous: null, next: 'guides/what-is-an-aims/' },
  { path: 'guides/related-frameworks/', previous: 'guides/readiness-roadmap/', next: 'clauses/' },
  { path: 'clauses/', previous: 'guides/related-frameworks/', next: 'clauses/4/' },
  { path: 'clauses/10/', previous: 'clauses/9/', next: 'controls/' },
  { path: 'controls/', previous: 'clauses/10/', next: 'controls/a-2-2/' },
  { path: 'controls/a-2-2/', previous: 'controls/', next: 'controls/a-2-3/' },
  { path: 'controls/a-2-4/', previous: 'controls/a-2-3/', next: 'controls/a-3-2/' },
  { path: 'controls/a-6-1-3/', previous: 'controls/a-6-1-2/', next: 'controls/a-6-2-2/' },
  { path: 'controls/a-10-4/', previous: 'controls/a-10-3/', next: 'faq/' },
  { path: 'faq/', previous: 'controls/a-10-4/', next: 'frameworks/' },
  { path: 'frameworks/', previous: 'faq/', next: 'iso27001/' },
];

/** Group A.6 in catalog order, which the next links must follow one by one. */
const groupA6 = [
  'controls/a-6-1-2/',
  'controls/a-6-1-3/',
  'controls/a-6-2-2/',
  'controls/a-6-2-3/',
  'controls/a-6-2-4/',
  'controls/a-6-2-5/',
  'controls/a-6-2-6/',
  'controls/a-6-2-7/',
  'controls/a-6-2-8/',
];

/** Pages whose language switch is followed there and back. */
const switchedPaths = [
  '',
  'guides/',
  'guides/first-controls/',
  'clauses/6/',
  'controls/a-6-2-4/',
  'faq/',
  'search/',
  'sitemap/',
];

describe.skipIf(!chromiumAvailable)('site navigation', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  async function pagerHrefs(): Promise<{ previous: string | null; next: string | null }> {
    return page.evaluate(() => ({
      previous: document.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null,
      next: document.querySelector('a[rel="next"]')?.getAttribute('href') ?? null,
    }));
  }

  describe.each(['en', 'he'] as const)('in %s', (lang: Lang) => {
    const labels = text[lang];

    it('reaches a control through the header', async () => {
      await page.goto(url(`/${lang}/`));
      const mainNav = page.getByRole('navigation', { name: labels.mainNav });
      await mainNav.getByRole('link', { name: labels.annexA, exact: true }).click();
      await page.waitForURL(url(`/${lang}/controls/`));

      await page.getByRole('main').getByRole('link', { name: labels.controlA624 }).click();
      await page.waitForURL(url(`/${lang}/controls/a-6-2-4/`));
      expect(await page.locator('h1').innerText()).toBe(labels.controlA624);
    });

    it('reaches a control through the site contents', async () => {
      await page.goto(url(`/${lang}/`));
      const mainNav = page.getByRole('navigation', { name: labels.mainNav });
      await mainNav.getByRole('link', { name: labels.guides, exact: true }).click();
      await page.waitForURL(url(`/${lang}/guides/`));

      // The sidebar lists the pages of the current section only, and links every other section.
      const contents = page.getByRole('navigation', { name: labels.siteContents });
      await contents.getByRole('link', { name: labels.groupA6 }).click();
      await page.waitForURL(url(`/${lang}/controls/#a-6`));

      // The sitemap page in the footer lists every page.
      await page.getByRole('contentinfo').getByRole('link', { name: labels.sitemap }).click();
      await page.waitForURL(url(`/${lang}/sitemap/`));
      await page.getByRole('main').getByRole('link', { name: labels.controlA624 }).click();
      await page.waitForURL(url(`/${lang}/controls/a-6-2-4/`));

      const current = contents.locator('a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.getAttribute('href')).toBe(`/${lang}/controls/a-6-2-4/`);
      expect(await current.isVisible()).toBe(true);
      await contents.getByRole('link', { name: labels.controlA625 }).click();
      await page.waitForURL(url(`/${lang}/controls/a-6-2-5/`));
    });

    it('offers the phone menu only where it opens the site contents', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      try {
        for (const path of ['', 'controls/a-6-2-4/', 'guides/', 'search/', 'no-such-page/']) {
          await page.goto(url(`/${lang}/${path}`));
          const menu = page.getByRole('link', { name: labels.menu, exact: true });
          const contents = page.getByRole('navigation', { name: labels.siteContents });
          const hasContents = (await contents.count()) === 1;
          expect(await menu.isVisible(), `Menu link on /${lang}/${path}`).toBe(hasContents);
          if (!hasContents) continue;

          await menu.click();
          const box = (await contents.boundingBox())!;
          expect(box.y, `site contents in view on /${lang}/${path}`).toBeGreaterThanOrEqual(-1);
          expect(box.y, `site contents in view on /${lang}/${path}`).toBeLessThan(780);
        }
      } finally {
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    });

    it('links previous and next pages in sidebar order', async () => {
      for (const { path, previous, next } of neighbours) {
        await page.goto(url(`/${lang}/${path}`));
        const hrefs = await pagerHrefs();
        expect(hrefs.previous, `previous link on /${lang}/${path}`).toBe(
          previous === null ? null : `/${lang}/${previous}`,
        );
        expect(hrefs.next, `next link on /${lang}/${path}`).toBe(
          next === null ? null : `/${lang}/${next}`,
        );
      }
    });

    it('follows next links through group A.6', async () => {
      await page.goto(url(`/${lang}/${groupA6[0]}`));
      for (const path of groupA6.slice(1)) {
        await page.locator('a[rel="next"]').click();
        await page.waitForURL(url(`/${lang}/${path}`));
      }
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(url(`/${lang}/${groupA6.at(-2)}`));
    });

    it('shows breadcrumbs back to the home page', async () => {
      await page.goto(url(`/${lang}/controls/a-6-2-4/`));
      const trail = page.getByRole('navigation', { name: labels.breadcrumbs }).locator('li');
      expect(await trail.allInnerTexts()).toEqual([
        labels.home,
        labels.annexA,
        labels.groupA6Title,
        'A.6.2.4',
      ]);

      const hrefs = await trail.evaluateAll((items) =>
        items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null),
      );
      expect(hrefs).toEqual([`/${lang}/`, `/${lang}/controls/`, `/${lang}/controls/#a-6`, null]);
      expect(await trail.last().locator('[aria-current="page"]').count()).toBe(1);

      await trail.nth(2).getByRole('link').click();
      await page.waitForURL(url(`/${lang}/controls/#a-6`));
      const groupHeading = page.locator('#a-6');
      expect(await groupHeading.innerText()).toBe(labels.groupA6);
      const box = await groupHeading.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
    });

    for (const path of ['', 'controls/a-6-2-4/', 'search/']) {
      it(`moves focus to the main content from the skip link on /${lang}/${path}`, async () => {
        await page.goto(url(`/${lang}/${path}`));
        await page.keyboard.press('Tab');
        const skipLink = page.getByRole('link', { name: labels.skipLink });
        expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
        const box = await skipLink.boundingBox();
        expect(box!.y, 'the focused skip link is above the viewport').toBeGreaterThanOrEqual(0);

        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('aa-main');
        await page.keyboard.press('Tab');
        const focusInMain = await page.evaluate(
          () => document.getElementById('aa-main')?.contains(document.activeElement) ?? false,
        );
        expect(focusInMain, 'the next Tab leaves the main content').toBe(true);
      });
    }

    it('switches to the same page in the other language and back', async () => {
      const other: Lang = lang === 'en' ? 'he' : 'en';
      for (const path of switchedPaths) {
        await page.goto(url(`/${lang}/${path}`));
        await page.getByRole('link', { name: labels.switchToOther }).click();
        await page.waitForURL(url(`/${other}/${path}`));
        expect(await page.locator('html').getAttribute('lang')).toBe(other);

        await page.getByRole('link', { name: text[other].switchToOther }).click();
        await page.waitForURL(url(`/${lang}/${path}`));
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      }
    });
  });
});
