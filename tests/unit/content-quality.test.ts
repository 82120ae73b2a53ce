import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const contentDir = 'content';

function listEntries(lang: string, collection: string): string[] {
  return readdirSync(join(contentDir, lang, collection))
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

/** Returns the body of a content file: everything after its frontmatter. */
function readBody(lang: string, collection: string, name: string): string {
  const source = readFileSync(join(contentDir, lang, collection, name), 'utf8');
  return source.slice(source.indexOf('\n---', 4) + 4);
}

/** Counts words as a reader would: runs of letters or digits, in any script, markup left out. */
function countWords(markdown: string): number {
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/[#*_`|>[\]-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const controlSections = {
  en: [
    'What it asks',
    'Why it matters for AI',
    'How to implement it',
    'Evidence to keep',
    'Common pitfalls',
  ],
  he: [
    'מה הבקרה דורשת',
    'למה זה חשוב בבינה מלאכותית',
    'איך מיישמים',
    'ראיות שכדאי לשמור',
    'מלכודות נפוצות',
  ],
};

describe('content', () => {
  it('has a page for each of the 38 controls in both languages', () => {
    for (const lang of ['en', 'he']) expect(listEntries(lang, 'controls'), lang).toHaveLength(38);
  });

  it('has clause pages 4 to 10 in both languages', () => {
    for (const lang of ['en', 'he']) {
      expect(listEntries(lang, 'clauses'), lang).toEqual([
        '10.mdx',
        '4.mdx',
        '5.mdx',
        '6.mdx',
        '7.mdx',
        '8.mdx',
        '9.mdx',
      ]);
    }
  });

  it('has the five core guides in both languages', () => {
    const guides = [
      'first-controls.mdx',
      'how-the-standard-is-built.mdx',
      'readiness-roadmap.mdx',
      'related-frameworks.mdx',
      'what-is-an-aims.mdx',
    ];
    for (const lang of ['en', 'he'])
      expect(listEntries(lang, 'guides'), lang).toEqual(expect.arrayContaining(guides));
  });

  it.each(['en', 'he'])('gives every %s control and clause page at least 300 words', (lang) => {
    const short: string[] = [];
    for (const collection of ['controls', 'clauses']) {
      for (const name of listEntries(lang, collection)) {
        const words = countWords(readBody(lang, collection, name));
        if (words < 300) short.push(`${collection}/${name}: ${words} words`);
      }
    }
    expect(short).toEqual([]);
  });

  it.each(['en', 'he'] as const)(
    'gives every %s control page its five sections in order',
    (lang) => {
      for (const name of listEntries(lang, 'controls')) {
        const headings = [...readBody(lang, 'controls', name).matchAll(/^## (.+)$/gm)].map(
          (match) => match[1]!.trim(),
        );
        expect(headings, name).toEqual(controlSections[lang]);
      }
    },
  );

  it('writes Hebrew pages without the maqaf, which hides words from search', () => {
    for (const collection of ['controls', 'clauses', 'guides', 'faq']) {
      for (const name of listEntries('he', collection)) {
        expect(readBody('he', collection, name), `${collection}/${name}`).not.toContain('\u05be');
      }
    }
  });

  it('never calls A.7.4 a human oversight control', () => {
    for (const lang of ['en', 'he']) {
      for (const collection of ['controls', 'clauses', 'guides', 'faq']) {
        for (const name of listEntries(lang, collection)) {
          const body = readBody(lang, collection, name);
          expect(body, `${lang}/${collection}/${name}`).not.toMatch(
            /A\.7\.4[^.\n]{0,40}(human oversight|פיקוח אנושי)/i,
          );
        }
      }
    }
  });
});
