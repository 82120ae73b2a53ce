import { fullCatalog } from '../catalog';

/**
 * English–Hebrew term pairs whose English form is added to the search keywords of every Hebrew page
 * that uses the Hebrew form, so that "risk assessment" typed on a Hebrew page finds it. Taken from
 * the bilingual titles of the ISO/IEC 42001 catalog.
 */
export const searchTerms: { en: string; he: string[] }[] = [
  ...fullCatalog.iso42001.clauses,
  ...fullCatalog.iso42001.controls,
  ...fullCatalog.iso42001.groups,
]
  .filter((item) => item.title.en !== 'General')
  .map((item) => ({ en: item.title.en, he: [item.title.he] }));
