import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleFiles } from '../../src/integrations/aims-atlas';
import { listKeys } from '../../src/i18n/parity';
import { assertBuilt, distDir, listDistFiles } from '../support/dist';

assertBuilt();
const locales = readLocaleFiles('locales');
const keys = [...new Set(Object.values(locales.en!).flatMap((tree) => listKeys(tree)))];
const areas = [...new Set(keys.map((key) => key.split('.')[0]!))];
/** Any "area.camelCaseName" token, the shape every translation key has, whether it exists or not. */
const keyShape = new RegExp(
  `(?<![\\w./-])(?:${areas.join('|')})\\.[a-z][A-Za-z]+(?:\\.[a-z][A-Za-z]+)*(?![\\w(])`,
  'g',
);
const textFiles = listDistFiles(['.html', '.js', '.xml', '.txt']).filter(
  (file) => !file.startsWith('/pagefind/'),
);

/** Returns the text a reader can see or hear: text nodes and attribute values, with markup and scripts' code removed. */
function readableText(file: string, source = readFileSync(join(distDir, file), 'utf8')): string {
  if (!file.endsWith('.html')) return source;
  return source
    .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[a-z][^>]*?((?:\s[\w:-]+="[^"]*")*)\s*\/?>/gi, (_tag, attributes: string) =>
      [...attributes.matchAll(/="([^"]*)"/g)].map((match) => ` ${match[1]} `).join(''),
    )
    .replace(/<\/[a-z][^>]*>/gi, ' ');
}

describe('translations in the build', () => {
  it('scans real locale keys', () => {
    expect(keys).toContain('search.label');
    expect(keys).toContain('control.effortValue');
    expect(textFiles.length).toBeGreaterThan(100);
  });

  it('leave no translation key in any page, script or feed', () => {
    const leaks: string[] = [];
    for (const file of textFiles) {
      for (const match of readableText(file).matchAll(keyShape)) leaks.push(`${file}: ${match[0]}`);
    }
    expect(leaks).toEqual([]);
  });

  it('leave no interpolation placeholder in a page', () => {
    const leaks: string[] = [];
    for (const file of textFiles.filter((name) => name.endsWith('.html'))) {
      // Islands receive message templates in data-* attributes and fill them in; nothing else may.
      const source = readFileSync(join(distDir, file), 'utf8').replace(
        /\sdata-[\w-]+="[^"]*"/g,
        '',
      );
      const text = readableText(file, source);
      for (const match of text.matchAll(/\{\{\s*\w+\s*\}\}/g)) leaks.push(`${file}: ${match[0]}`);
    }
    expect(leaks).toEqual([]);
  });

  it('read no locale file at run time', () => {
    expect(existsSync(join(distDir, 'locales'))).toBe(false);
    for (const file of listDistFiles(['.js'])) {
      expect(readFileSync(join(distDir, file), 'utf8'), file).not.toMatch(/locales\/(en|he)\//);
    }
  });

  it('resolve Hebrew strings on Hebrew pages', () => {
    const html = readFileSync(join(distDir, 'he/search/index.html'), 'utf8');
    expect(html).toContain('חיפוש באתר');
    expect(html).toContain('data-no-results="לא נמצאו תוצאות עבור „{{query}}”."');
  });
});
