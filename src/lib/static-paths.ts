import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from './languages';

/** getStaticPaths result for pages that exist once per language. */
export function languagePaths() {
  return languages.map((lang) => ({ params: { lang }, props: { lang } }));
}

type DocCollection = 'controls' | 'clauses' | 'guides';

/** getStaticPaths result for one page per content entry: params lang and slug, the entry as a prop. */
export async function entryPaths<Name extends DocCollection>(name: Name) {
  const entries = (await getCollection(name)) as CollectionEntry<Name>[];
  return entries.map((entry) => {
    const [lang, slug] = entry.id.split('/') as [Lang, string];
    return { params: { lang, slug }, props: { lang, entry } };
  });
}
