import { getCollection } from 'astro:content';
import { catalog, controlSlug, fullCatalog } from '../catalog';
import { coveragePairs } from './coverage-pages';

/**
 * Lists every indexable page as its path after the language prefix ("controls/a-6-2-4/").
 * Every path exists in every language, so the sitemap and the twin tests can rely on this list.
 */
export async function listPagePaths(): Promise<string[]> {
  const guides = await getCollection('guides', (entry) => entry.id.startsWith('en/'));
  const { iso27001, euAiAct, nistAiRmf } = fullCatalog;
  return [
    '',
    'guides/',
    ...guides.sort((a, b) => a.data.order - b.data.order).map((entry) => `guides/${entry.id.split('/')[1]}/`),
    'clauses/',
    ...catalog.clauses.filter((clause) => clause.parent === null).map((clause) => `clauses/${clause.id}/`),
    'controls/',
    ...catalog.controls.map((control) => `controls/${controlSlug(control.id)}/`),
    'faq/',
    'frameworks/',
    'iso27001/',
    ...iso27001.clauses.filter((clause) => clause.parent === null).map((clause) => `iso27001/clauses/${clause.id}/`),
    ...iso27001.controls.map((control) => `iso27001/${controlSlug(control.id)}/`),
    'eu-ai-act/',
    ...[...euAiAct.articles, ...euAiAct.annexes].map((item) => `eu-ai-act/${controlSlug(item.id)}/`),
    'nist-ai-rmf/',
    ...nistAiRmf.subcategories.map((subcategory) => `nist-ai-rmf/${controlSlug(subcategory.id)}/`),
    'explorer/',
    'coverage/',
    ...coveragePairs.map((pair) => `coverage/${pair.having}/${pair.covered}/`),
    'downloads/',
    'assessment/',
    'search/',
    'sitemap/',
    'glossary/',
    'topics/',
  ];
}
