import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/lib/term-matcher';
import { assertBuilt, listPages, loadPage } from '../support/dist';

assertBuilt();

type Lang = 'en' | 'he';

interface Term {
  id: string;
  en: { term: string; definition: string; aliases: string[]; exclude?: string[] };
  he: { term: string; definition: string; aliases: string[]; exclude?: string[] };
}

interface DefinedTermSet {
  '@context': string;
  '@type': string;
  '@id': string;
  name: string;
  inLanguage: string;
  url: string;
  hasDefinedTerm: {
    '@type': string;
    '@id': string;
    url: string;
    termCode: string;
    name: string;
    description: string;
    inDefinedTermSet: string;
  }[];
}

const terms = (JSON.parse(readFileSync('catalog/glossary.json', 'utf8')) as { terms: Term[] })
  .terms;
const site = 'https://aims-atlas.example';

/** Content pages, whose Markdown body the plugin links: guides, clauses, controls and the FAQ. */
const contentPages = (lang: Lang) =>
  listPages().filter((path) =>
    new RegExp(`^/${lang}/(guides/[^/]+/|clauses/\\d+/|controls/a-[^/]+/|faq/)$`).test(path),
  );

/** Elements outside the Markdown body or skipped by the plugin: headings, code, and the sections a layout adds. */
const skipped = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'CODE',
  'PRE',
  'BDI',
  'SECTION',
  'SUMMARY',
]);

/**
 * Lists the uses of glossary terms in the Markdown body of a built content page, in document
 * order: each with its term id, the glossary id it links to if it sits in a glossary link, and
 * its FAQ entry. Text that the plugin skips (headings, code, isolates, other links) is left out,
 * and so are the parts the layout adds: the lead, the facts and the related sections.
 */
function termUses(path: string, lang: Lang) {
  const find = createTermMatcher(
    terms.map((term) => ({
      id: term.id,
      aliases: term[lang].aliases,
      exclude: term[lang].exclude,
    })),
    lang,
  );
  const body = loadPage(path).querySelector('article');
  const uses: { id: string; linkedTo: string | undefined; entry: string }[] = [];
  const walk = (node: Node, linkedTo: string | undefined, entry: string) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        for (const match of find(child.textContent ?? ''))
          uses.push({ id: match.id, linkedTo, entry });
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (skipped.has(element.tagName) || element.hasAttribute('dir')) continue;
      if (element.classList.contains('aa-lead')) continue;
      const isTermLink = element.classList.contains('aa-term-link');
      if (element.tagName === 'A' && !isTermLink) continue;
      const target = isTermLink ? element.getAttribute('href')!.split('#')[1] : linkedTo;
      walk(element, target, element.matches('details.aa-faq__item') ? element.id : entry);
    }
  };
  if (body) walk(body, undefined, '');
  return uses;
}

describe.each(['en', 'he'] as const)('glossary in %s', (lang) => {
  const page = loadPage(`/${lang}/glossary/`);
  const [data] = [...page.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as DefinedTermSet,
  );
  const pageUrl = `${site}/${lang}/glossary/`;

  it('publishes a DefinedTermSet with every term', () => {
    expect(data!['@context']).toBe('https://schema.org');
    expect(data!['@type']).toBe('DefinedTermSet');
    expect(data!['@id']).toBe(`${pageUrl}#terms`);
    expect(data!.inLanguage).toBe(lang);
    expect(data!.url).toBe(pageUrl);
    expect(data!.name).toBe(lang === 'en' ? 'AIMS Atlas glossary' : 'מילון המונחים של AIMS Atlas');
    expect(data!.hasDefinedTerm.map((term) => term.termCode).sort()).toEqual(
      terms.map((term) => term.id).sort(),
    );
  });

  it('describes each term with its anchor', () => {
    for (const entry of data!.hasDefinedTerm) {
      const term = terms.find((candidate) => candidate.id === entry.termCode)!;
      expect(entry['@type']).toBe('DefinedTerm');
      expect(entry.url).toBe(`${pageUrl}#${term.id}`);
      expect(entry['@id']).toBe(entry.url);
      expect(entry.inDefinedTermSet).toBe(data!['@id']);
      expect(entry.name).toBe(term[lang].term);
      expect(entry.description).toBe(term[lang].definition);
      const anchor = page.getElementById(term.id);
      expect(anchor, `#${term.id}`).not.toBeNull();
      expect(anchor!.querySelector('dfn')!.textContent!.trim()).toBe(term[lang].term);
    }
  });

  it('shows each term in the other language', () => {
    const other = lang === 'en' ? 'he' : 'en';
    for (const term of terms) {
      const counterpart = page.querySelector(`[id="${term.id}"] [lang="${other}"]`);
      expect(counterpart?.textContent?.trim(), term.id).toBe(term[other].term);
      expect(counterpart?.getAttribute('dir')).toBe(other === 'he' ? 'rtl' : 'ltr');
    }
  });

  it('lists the terms in alphabetical order', () => {
    const names = [...page.querySelectorAll('dfn')].map((dfn) => dfn.textContent!.trim());
    const sorted = [...names].sort(new Intl.Collator(lang, { sensitivity: 'base' }).compare);
    expect(names).toEqual(sorted);
  });

  it('links only the first use of a term', () => {
    const wrong: string[] = [];
    for (const path of contentPages(lang)) {
      const seen = new Set<string>();
      for (const use of termUses(path, lang)) {
        const key = `${use.entry} ${use.id}`;
        const first = !seen.has(key);
        seen.add(key);
        if (first && use.linkedTo !== use.id)
          wrong.push(`${path}: first use of ${use.id} is not linked`);
        if (!first && use.linkedTo === use.id)
          wrong.push(`${path}: a later use of ${use.id} is linked`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('links every term from some page', () => {
    const linked = new Set<string>();
    for (const path of contentPages(lang)) {
      for (const link of loadPage(path).querySelectorAll('a.aa-term-link')) {
        linked.add(link.getAttribute('href')!);
      }
    }
    const missing = terms.filter((term) => !linked.has(`/${lang}/glossary/#${term.id}`));
    expect(missing.map((term) => term.id)).toEqual([]);
  });
});
