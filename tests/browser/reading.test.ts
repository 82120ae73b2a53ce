import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Lang = 'en' | 'he';

/** The first section heading of every control page, from the content format. */
const firstSectionHeading = { en: 'What it asks', he: 'מה הבקרה דורשת' } as const;
const controlTitle = {
  en: 'A.6.2.4 AI system verification and validation',
  he: 'A.6.2.4 אימות ותיקוף של מערכת בינה מלאכותית',
} as const;

/** One page of each type, relative to the language prefix. */
const pageTypes = [
  '',
  'guides/',
  'guides/first-controls/',
  'clauses/6/',
  'controls/',
  'controls/a-6-2-4/',
  'faq/',
  'search/?q=A.6.2.4',
  'sitemap/',
  'no-such-page/',
];

describe.skipIf(!chromiumAvailable)('reading', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  beforeEach(async () => {
    await page.emulateMedia({ media: 'screen' });
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  describe.each(['en', 'he'] as const)('in %s', (lang: Lang) => {
    it('shows a control page without JavaScript', async () => {
      // useBrowser's persistent context cannot open a second context, so scripts are turned off
      // for this page through CDP: the same Emulation.setScriptExecutionDisabled call that
      // playwright-core 1.65 sends for a context created with javaScriptEnabled: false.
      const noScriptPage = await browser.newPage();
      const session = await page.context().newCDPSession(noScriptPage);
      await session.send('Emulation.setScriptExecutionDisabled', { value: true });
      try {
        await noScriptPage.goto(url(`/${lang}/controls/a-6-2-4/`));
        const upgraded = await noScriptPage.evaluate(
          () => customElements.get('aa-theme-select') !== undefined,
        );
        expect(upgraded, 'page scripts ran').toBe(false);

        const heading = noScriptPage.locator('h1');
        expect(await heading.isVisible()).toBe(true);
        expect(await heading.innerText()).toBe(controlTitle[lang]);
        const section = noScriptPage.getByRole('heading', { name: firstSectionHeading[lang] });
        expect(await section.isVisible()).toBe(true);
        const sectionText = await section.evaluate((h2) => h2.nextElementSibling?.textContent);
        expect(sectionText?.trim().length ?? 0).toBeGreaterThan(40);
        expect(await noScriptPage.locator('a[rel="next"]').isVisible()).toBe(true);

        expect(await noScriptPage.locator('aa-theme-select').isVisible()).toBe(false);
        expect(await noScriptPage.getByRole('combobox').count()).toBe(0);
      } finally {
        await session.detach();
        await noScriptPage.close();
      }
    });

    it('opens FAQ answers from the keyboard', async () => {
      await page.goto(url(`/${lang}/faq/`));
      const items = page.locator('.aa-faq__item');
      expect(await items.count()).toBeGreaterThan(1);
      const firstAnswer = items.first().locator('.aa-faq__answer');
      expect(await firstAnswer.isVisible(), 'answers start closed').toBe(false);

      let onSummary = false;
      for (let presses = 0; presses < 80 && !onSummary; presses++) {
        await page.keyboard.press('Tab');
        onSummary = await page.evaluate(
          () => document.activeElement?.matches('.aa-faq__item > summary') ?? false,
        );
      }
      expect(onSummary, 'Tab never reached a question').toBe(true);
      const focusedFirst = await items
        .first()
        .locator('summary')
        .evaluate((summary) => summary === document.activeElement);
      expect(focusedFirst, 'Tab reaches the first question first').toBe(true);

      await page.keyboard.press('Enter');
      expect(await firstAnswer.isVisible()).toBe(true);
      expect(await firstAnswer.innerText()).not.toBe('');
      await page.keyboard.press('Enter');
      expect(await firstAnswer.isVisible()).toBe(false);

      await page.keyboard.press('Tab');
      const focusedSecond = await items
        .nth(1)
        .locator('summary')
        .evaluate((summary) => summary === document.activeElement);
      expect(focusedSecond, 'the next Tab moves to the second question').toBe(true);
      await page.keyboard.press('Enter');
      expect(await items.nth(1).locator('.aa-faq__answer').isVisible()).toBe(true);
    });

    it('prints the article without navigation', async () => {
      await page.goto(url(`/${lang}/controls/a-6-2-4/`));
      const chrome = {
        header: page.locator('header.aa-header'),
        sidebar: page.locator('nav.aa-sidebar'),
        tableOfContents: page.locator('nav.aa-toc'),
      };
      for (const [name, locator] of Object.entries(chrome)) {
        expect(await locator.isVisible(), `${name} shows on screen`).toBe(true);
      }

      await page.emulateMedia({ media: 'print' });
      for (const [name, locator] of Object.entries(chrome)) {
        expect(await locator.isVisible(), `${name} is printed`).toBe(false);
      }
      expect(await page.locator('article h1').isVisible()).toBe(true);
      const section = page.getByRole('heading', { name: firstSectionHeading[lang] });
      expect(await section.isVisible()).toBe(true);
      const articleBox = (await page.locator('article').boundingBox())!;
      expect(articleBox.width, 'the article takes the printed width').toBeGreaterThan(900);
    });

    it('prints the FAQ answers', async () => {
      await page.goto(url(`/${lang}/faq/`));
      await page.emulateMedia({ media: 'print' });
      const answers = page.locator('.aa-faq__answer');
      expect(await answers.count()).toBeGreaterThan(1);
      for (const answer of await answers.all()) {
        expect(await answer.isVisible()).toBe(true);
      }
    });

    it('loads fonts and scripts only from the site', async () => {
      const loaded: { type: string; url: string }[] = [];
      const record = (request: Request) => {
        loaded.push({ type: request.resourceType(), url: request.url() });
      };
      page.on('request', record);
      const declared: string[] = [];
      try {
        for (const path of pageTypes) {
          await page.goto(url(`/${lang}/${path}`));
          if (path.startsWith('search/')) await page.waitForSelector('.aa-search__result');
          await page.evaluate(async () => {
            await document.fonts.ready;
          });
          declared.push(...(await page.evaluate(listDeclaredResources)));
        }
      } finally {
        page.off('request', record);
      }

      const origin = new URL(browser.origin).origin;
      const fonts = loaded.filter(({ type }) => type === 'font');
      const scripts = loaded.filter(({ type }) => type === 'script');
      expect(fonts.length, 'no font was loaded, so the check saw nothing').toBeGreaterThan(0);
      expect(scripts.length, 'no script was loaded, so the check saw nothing').toBeGreaterThan(0);

      const foreignRequests = loaded
        .filter(({ url: address }) => !address.startsWith('data:'))
        .filter(({ url: address }) => new URL(address).origin !== origin)
        .map(({ type, url: address }) => `${type} ${address}`);
      expect(foreignRequests).toEqual([]);
      const foreignDeclared = declared.filter((address) => new URL(address).origin !== origin);
      expect(foreignDeclared).toEqual([]);
    });
  });
});

/**
 * Lists the absolute URL of every script, stylesheet, @import and @font-face source that the
 * open page declares, whether or not the browser fetched it. Runs in the page.
 */
function listDeclaredResources(): string[] {
  const urls: string[] = [];
  for (const element of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    urls.push(element.src);
  }
  for (const element of document.querySelectorAll<HTMLLinkElement>('link[href]')) {
    if (/stylesheet|preload|modulepreload|font/.test(element.rel)) urls.push(element.href);
  }
  const visit = (sheet: CSSStyleSheet) => {
    const base = sheet.href ?? location.href;
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSImportRule) {
        urls.push(new URL(rule.href, base).href);
        if (rule.styleSheet) visit(rule.styleSheet);
      } else if (rule instanceof CSSFontFaceRule) {
        const source = rule.style.getPropertyValue('src');
        for (const match of source.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
          if (!match[1]!.startsWith('data:')) urls.push(new URL(match[1]!, base).href);
        }
      }
    }
  };
  for (const sheet of document.styleSheets) visit(sheet);
  return urls;
}
