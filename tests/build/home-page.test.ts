import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, loadPage } from '../support/dist';

assertBuilt();

type Lang = 'en' | 'he';

/** The key dates of the EU AI Act, copied by hand from Article 113 and the 2026 amendment. */
const adoptedDates = [
  '2024-06-13',
  '2024-07-12',
  '2024-08-01',
  '2025-02-02',
  '2025-08-02',
  '2026-08-02',
  '2027-08-02',
  '2027-08-02',
  '2030-08-02',
  '2030-12-31',
];
const amendedDates = ['2026-07-27', '2026-12-02', '2026-12-02', '2027-12-02', '2028-08-02'];

const text = {
  en: {
    generalDate: '2 August 2026',
    adoptedSource: 'Source: Regulation (EU) 2024/1689, Article 113',
    amendedSource: 'Source: Regulation (EU) 2026/1744 (Digital Omnibus on AI)',
    verification: 'Not checked against EUR-Lex.',
  },
  he: {
    generalDate: '2 באוגוסט 2026',
    adoptedSource: 'מקור: תקנה (EU) 2024/1689, סעיף 113',
    amendedSource: 'מקור: תקנה (EU) 2026/1744 (Digital Omnibus on AI)',
    verification: 'לא נבדק מול EUR-Lex.',
  },
} as const;

/** Returns the steps of the readiness roadmap guide's table: name without its number, and duration. */
function guideSteps(lang: Lang): [string, string][] {
  const rows = loadPage(`/${lang}/guides/readiness-roadmap/`).querySelectorAll(
    'article table tbody tr',
  );
  return [...rows].map((row) => {
    const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim());
    return [cells[0]!.replace(/^\d+\.\s*/, ''), cells[1]!];
  });
}

/** Lists the JavaScript files a page loads before any dynamic import, with their sizes. */
function staticScripts(path: string): { file: string; bytes: number }[] {
  const queue = [...loadPage(path).querySelectorAll('script[type="module"][src]')].map((script) =>
    script.getAttribute('src')!,
  );
  const seen = new Map<string, number>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const source = readFileSync(join(distDir, file), 'utf8');
    seen.set(file, Buffer.byteLength(source));
    for (const match of source.matchAll(
      /(?:^|[;\s])import\s*(?:[\w{},*\s$]+from\s*)?["']([^"']+)["']/g,
    )) {
      queue.push(new URL(match[1]!, `http://site${file}`).pathname);
    }
  }
  return [...seen].map(([file, bytes]) => ({ file, bytes }));
}

describe.each(['en', 'he'] as const)('home page in %s', (lang) => {
  const page = loadPage(`/${lang}/`);
  const main = page.querySelector('main')!;

  it('lists the adopted and amended dates', () => {
    const datesOf = (key: string) =>
      [...main.querySelectorAll(`[data-dates="${key}"] time`)].map((time) =>
        time.getAttribute('datetime'),
      );
    expect(datesOf('adopted')).toEqual(adoptedDates);
    expect(datesOf('amended')).toEqual(amendedDates);
    const general = main.querySelector('[data-dates="adopted"] time[datetime="2026-08-02"]');
    expect(general?.textContent?.trim()).toBe(text[lang].generalDate);
  });

  it('names the source of each date list', () => {
    const sourceOf = (key: string) =>
      main
        .querySelector(`[data-dates="${key}"] .aa-key-dates__source`)
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '';
    expect(sourceOf('adopted')).toContain(text[lang].adoptedSource);
    expect(sourceOf('amended')).toContain(text[lang].amendedSource);
    expect(sourceOf('amended')).toContain(text[lang].verification);
  });

  it('matches the roadmap steps of the guide', () => {
    const steps = [...main.querySelectorAll('.aa-roadmap__step')].map((step) => [
      step.querySelector('.aa-roadmap__name')!.textContent!.trim(),
      step.querySelector('.aa-roadmap__duration')!.lastChild!.textContent!.trim(),
    ]);
    expect(steps).toHaveLength(4);
    expect(steps).toEqual(guideSteps(lang));
    expect(main.querySelector(`a[href="/${lang}/guides/readiness-roadmap/"]`)).not.toBeNull();
  });

  it('links every entry point', () => {
    const entryLinks = new Set(
      [...main.querySelectorAll('.aa-home__entries a')].map((link) => link.getAttribute('href')),
    );
    for (const path of [
      'guides/',
      'clauses/',
      'controls/',
      'faq/',
      'frameworks/',
      'iso27001/',
      'eu-ai-act/',
      'nist-ai-rmf/',
      'explorer/',
      'coverage/',
      'assessment/',
      'search/',
      'glossary/',
      'topics/',
    ]) {
      expect(entryLinks.has(`/${lang}/${path}`), path).toBe(true);
    }
  });

  it('keeps the topic map out of the search index', () => {
    expect(main.hasAttribute('data-pagefind-body')).toBe(true);
    expect(main.querySelector('aa-topic-map')!.closest('[data-pagefind-ignore]')).not.toBeNull();
  });

  it('imports the map script dynamically', () => {
    const scripts = staticScripts(`/${lang}/`);
    const names = scripts.map((script) => script.file);
    expect(
      names.some((name) => /topic-map\.[\w-]+\.js$/.test(name)),
      names.join(', '),
    ).toBe(false);
    expect(
      names.some((name) => /d3|zoom/.test(name)),
      names.join(', '),
    ).toBe(false);
    const loader = scripts.find((script) => script.file.includes('TopicMap.astro'));
    expect(loader, names.join(', ')).toBeDefined();
    expect(readFileSync(join(distDir, loader!.file), 'utf8')).toMatch(
      /import\("\.\/topic-map\.[\w-]+\.js"\)/,
    );
    expect(loader!.bytes).toBeLessThan(2048);
  });
});
