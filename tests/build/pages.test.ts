import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, loadPage } from '../support/dist';

assertBuilt();
const pages = listPages();
const languagePages = pages.filter((path) => /^\/(en|he)\//.test(path));

describe('built pages', () => {
  it('include every page type in both languages', () => {
    for (const lang of ['en', 'he']) {
      for (const path of [
        '',
        'guides/',
        'clauses/',
        'clauses/4/',
        'clauses/10/',
        'controls/',
        'faq/',
        'search/',
        'sitemap/',
        '404/',
      ]) {
        expect(pages, `/${lang}/${path}`).toContain(`/${lang}/${path}`);
      }
    }
  });

  it('have one page per Annex A control in each language', () => {
    for (const lang of ['en', 'he']) {
      const controls = pages.filter((path) => path.startsWith(`/${lang}/controls/a-`));
      expect(controls, lang).toHaveLength(38);
    }
    expect(pages).toContain('/he/controls/a-6-2-4/');
    expect(pages).toContain('/en/controls/a-10-4/');
  });

  it('have clause pages 4 to 10 in each language', () => {
    for (const lang of ['en', 'he']) {
      const clauses = pages.filter((path) => new RegExp(`^/${lang}/clauses/\\d+/$`).test(path));
      expect(clauses.sort(), lang).toEqual(
        ['4', '5', '6', '7', '8', '9', '10'].map((n) => `/${lang}/clauses/${n}/`).sort(),
      );
    }
  });

  it('each have their twin in the other language', () => {
    for (const path of languagePages) {
      const twin = path.startsWith('/en/')
        ? path.replace('/en/', '/he/')
        : path.replace('/he/', '/en/');
      expect(pages, `${path} has no twin`).toContain(twin);
    }
  });

  it('set lang and dir on <html> for their language', () => {
    for (const path of pages) {
      const html = loadPage(path).documentElement;
      const expected = path.startsWith('/he/')
        ? { lang: 'he', dir: 'rtl' }
        : { lang: 'en', dir: 'ltr' };
      expect({ lang: html.getAttribute('lang'), dir: html.getAttribute('dir') }, path).toEqual(
        expected,
      );
    }
  });

  it('each have their own title and description in their language', () => {
    const titles = new Map<string, string>();
    for (const path of languagePages.filter((page) => !page.endsWith('/404/'))) {
      const document = loadPage(path);
      const title = document.querySelector('title')?.textContent?.trim() ?? '';
      const description =
        document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(title.length, `${path} title`).toBeGreaterThan(5);
      expect(description.length, `${path} description`).toBeGreaterThan(20);
      // Proper names such as "ISO/IEC 27001:2022" may title a page the same way in both languages.
      const key = `${path.slice(1, 3)} ${title}`;
      expect(titles.get(key), `${path} repeats the title of ${titles.get(key)}`).toBeUndefined();
      titles.set(key, path);
    }
  });

  it('link a canonical URL and hreflang alternates with x-default', () => {
    for (const path of languagePages.filter((page) => !page.endsWith('/404/'))) {
      const document = loadPage(path);
      const canonical = new URL(
        document.querySelector('link[rel="canonical"]')!.getAttribute('href')!,
      );
      expect(canonical.pathname, path).toBe(path);
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
          link.getAttribute('hreflang'),
          new URL(link.getAttribute('href')!).pathname,
        ]),
      );
      const rest = path.slice(4);
      expect(alternates, path).toEqual({
        en: `/en/${rest}`,
        he: `/he/${rest}`,
        'x-default': rest === '' ? '/' : `/en/${rest}`,
      });
    }
  });

  it('mark 404 pages noindex without a canonical', () => {
    for (const path of ['/404.html', '/en/404/', '/he/404/']) {
      const document = loadPage(path);
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe(
        'noindex',
      );
      expect(document.querySelector('link[rel="canonical"]'), path).toBeNull();
    }
  });

  it('put the control id and Hebrew title in the Hebrew control heading', () => {
    const heading = loadPage('/he/controls/a-7-4/').querySelector('h1')!;
    expect(heading.querySelector('span[dir="ltr"]')?.textContent).toBe('A.7.4');
    expect(heading.textContent).toMatch(/איכות נתונים/);
  });
});
