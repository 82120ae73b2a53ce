import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, loadPage } from '../support/dist';

assertBuilt();

describe('Pagefind index', () => {
  it('has one index per language', () => {
    const files = readdirSync(join(distDir, 'pagefind'));
    expect(files.some((file) => /^pagefind\.en_[\w]+\.pf_meta$/.test(file))).toBe(true);
    expect(files.some((file) => /^pagefind\.he_[\w]+\.pf_meta$/.test(file))).toBe(true);
    expect(existsSync(join(distDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('tags each control page with its id for exact matches', () => {
    for (const lang of ['en', 'he']) {
      const article = loadPage(`/${lang}/controls/a-6-2-4/`).querySelector('[data-pagefind-body]');
      expect(article?.getAttribute('data-pagefind-filter')).toBe('id:A.6.2.4');
    }
  });

  it('keeps navigation out of the indexed body', () => {
    const body = loadPage('/en/controls/a-6-2-4/').querySelector('[data-pagefind-body]')!;
    expect(body.querySelector('.aa-sidebar')).toBeNull();
    expect(body.querySelector('.aa-header')).toBeNull();
  });
});
