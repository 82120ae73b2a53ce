import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, loadPage, resolveDistPath } from '../support/dist';

assertBuilt();
const pages = listPages();

/** Collects every id attribute of a page, for checking #fragment links. */
function anchorsOf(path: string): Set<string> {
  return new Set(
    [...loadPage(path).querySelectorAll('[id]')].map((element) => element.getAttribute('id')!),
  );
}

describe('internal links', () => {
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (path: string) => {
    if (!anchors.has(path)) anchors.set(path, anchorsOf(path));
    return anchors.get(path)!;
  };

  it('resolve to built files, with their anchors', () => {
    const broken: string[] = [];
    for (const path of pages) {
      for (const link of loadPage(path).querySelectorAll('a[href]')) {
        const href = link.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        const file = resolveDistPath(url.pathname);
        if (!file) {
          broken.push(`${path} → ${href}: no such page`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html') && !anchorsFor(url.pathname).has(fragment)) {
          broken.push(`${path} → ${href}: no element with id "${fragment}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('never leave the current language, except the language switch', () => {
    const crossing: string[] = [];
    for (const path of pages.filter((page) => /^\/(en|he)\//.test(page))) {
      const lang = path.slice(1, 3);
      for (const link of loadPage(path).querySelectorAll('main a[href^="/"]')) {
        const href = link.getAttribute('href')!;
        // Downloads are the same files for both languages.
        const shared = href.startsWith('/downloads/');
        if (!href.startsWith(`/${lang}/`) && !shared && !link.closest('[lang]:not(html)')) {
          crossing.push(`${path} → ${href}`);
        }
      }
    }
    expect(crossing).toEqual([]);
  });

  it('point the language switch at the same page in the other language', () => {
    for (const path of ['/en/controls/a-6-2-4/', '/he/clauses/6/', '/he/', '/en/faq/']) {
      const other = path.startsWith('/en/')
        ? path.replace('/en/', '/he/')
        : path.replace('/he/', '/en/');
      expect(loadPage(path).querySelector('.aa-language-switch')?.getAttribute('href'), path).toBe(
        other,
      );
    }
  });

  it('offer both languages on the root page', () => {
    const hrefs = [...loadPage('/').querySelectorAll('main a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(hrefs).toEqual(['/en/', '/he/']);
  });
});

describe('every link', () => {
  // Astro once compiled an <a> inside a <template> into a second, empty <a> after it: a link a
  // keyboard reaches that has nowhere to go and nothing to say.
  it('has an address and a name', () => {
    const bad: string[] = [];
    for (const path of pages) {
      for (const link of loadPage(path).querySelectorAll('a')) {
        if (link.closest('template')) continue;
        const name =
          link.textContent?.trim() ||
          link.getAttribute('aria-label')?.trim() ||
          link.getAttribute('aria-labelledby');
        if (!link.getAttribute('href') || !name)
          bad.push(`${path}: ${link.outerHTML.slice(0, 120)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
