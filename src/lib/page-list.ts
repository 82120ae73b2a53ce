import { getCollection } from 'astro:content';
import { catalog, controlSlug } from '../catalog';

/**
 * Lists every indexable page as its path after the language prefix ("controls/a-6-2-4/").
 * Every path exists in every language, so the sitemap and the twin tests can rely on this list.
 */
export async function listPagePaths(): Promise<string[]> {
  const guides = await getCollection('guides', (entry) => entry.id.startsWith('en/'));
  return [
    '',
    'guides/',
    ...guides
      .sort((a, b) => a.data.order - b.data.order)
      .map((entry) => `guides/${entry.id.split('/')[1]}/`),
    'clauses/',
    ...catalog.clauses
      .filter((clause) => clause.parent === null)
      .map((clause) => `clauses/${clause.id}/`),
    'controls/',
    ...catalog.controls.map((control) => `controls/${controlSlug(control.id)}/`),
    'faq/',
    'search/',
    'sitemap/',
  ];
}
