import glossaryData from '../../catalog/glossary.json';
import type { Lang } from '../lib/languages';
import { pageUrl } from '../lib/urls';
import { parseWithSchema } from '../lib/validation';
import { glossaryFileSchema, type GlossaryTerm } from './glossary-schema';

export const glossaryFilePath = 'catalog/glossary.json';

/** Every glossary term, validated. Importing this module fails the build on invalid data. */
export const glossaryTerms: GlossaryTerm[] = parseWithSchema(
  glossaryFileSchema,
  glossaryData,
  glossaryFilePath,
).terms;

/** Returns the terms in the alphabetical order of one language, as the glossary page lists them. */
export function sortGlossaryTerms(lang: Lang, terms: GlossaryTerm[] = glossaryTerms): GlossaryTerm[] {
  const collator = new Intl.Collator(lang === 'he' ? 'he' : 'en', { sensitivity: 'base' });
  return [...terms].sort((a, b) => collator.compare(a[lang].term, b[lang].term));
}

/** Returns the URL of a term's entry on the glossary page: "/he/glossary/#ai-system". */
export function glossaryTermUrl(lang: Lang, id: string): string {
  return `${pageUrl(lang, 'glossary')}#${id}`;
}

export type { GlossaryTerm };
