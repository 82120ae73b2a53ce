import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, readDist, resolveDistPath } from '../support/dist';

assertBuilt();
const sitemap = readDist('/sitemap.xml');
const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
  loc: new URL(/<loc>([^<]+)<\/loc>/.exec(body!)![1]!).pathname,
  alternates: Object.fromEntries<string>(
    [...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [
      lang!,
      new URL(href!).pathname,
    ]),
  ),
}));

describe('sitemap.xml', () => {
  it('lists only URLs that exist in the build', () => {
    for (const entry of entries) expect(resolveDistPath(entry.loc), entry.loc).toBeDefined();
  });

  it('lists every indexable page of both languages', () => {
    const indexable = listPages().filter(
      (path) => /^\/(en|he)\//.test(path) && !path.endsWith('/404/'),
    );
    expect(entries.map((entry) => entry.loc).sort()).toEqual(indexable.sort());
  });

  it('gives each URL its alternates in both languages and x-default', () => {
    const control = entries.find((entry) => entry.loc === '/he/controls/a-6-2-4/')!;
    expect(control.alternates).toEqual({
      en: '/en/controls/a-6-2-4/',
      he: '/he/controls/a-6-2-4/',
      'x-default': '/en/controls/a-6-2-4/',
    });
    for (const entry of entries) {
      expect(Object.keys(entry.alternates).sort(), entry.loc).toEqual(['en', 'he', 'x-default']);
      for (const href of Object.values(entry.alternates))
        expect(resolveDistPath(href), href).toBeDefined();
    }
  });

  it('is named in robots.txt with an absolute URL', () => {
    expect(readDist('/robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
  });
});
