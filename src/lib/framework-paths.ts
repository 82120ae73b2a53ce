import { controlSlug, fullCatalog } from '../catalog';
import { languages } from './languages';

/** getStaticPaths result for every ISO/IEC 27001 Annex A control page. */
export function iso27001ControlPaths() {
  return languages.flatMap((lang) =>
    fullCatalog.iso27001.controls.map((control) => ({ params: { lang, slug: controlSlug(control.id) }, props: { lang, control } })),
  );
}

/** getStaticPaths result for every ISO/IEC 27001 clause page (clauses 4 to 10). */
export function iso27001ClausePaths() {
  return languages.flatMap((lang) =>
    fullCatalog.iso27001.clauses
      .filter((clause) => clause.parent === null)
      .map((clause) => ({ params: { lang, clause: clause.id }, props: { lang, clause } })),
  );
}

/** getStaticPaths result for every EU AI Act article and annex page. */
export function euAiActItemPaths() {
  const { articles, annexes } = fullCatalog.euAiAct;
  return languages.flatMap((lang) => [
    ...articles.map((article) => ({ params: { lang, slug: controlSlug(article.id) }, props: { lang, itemId: article.id } })),
    ...annexes.map((annex) => ({ params: { lang, slug: controlSlug(annex.id) }, props: { lang, itemId: annex.id } })),
  ]);
}

/** getStaticPaths result for every NIST AI RMF subcategory page. */
export function nistSubcategoryPaths() {
  return languages.flatMap((lang) =>
    fullCatalog.nistAiRmf.subcategories.map((subcategory) => ({
      params: { lang, slug: controlSlug(subcategory.id) },
      props: { lang, subcategory },
    })),
  );
}
