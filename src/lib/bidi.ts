import { escapeHtml } from './html';
import type { Lang } from './languages';

/**
 * Latin identifiers that must stay one left-to-right island inside Hebrew text: Annex ids and
 * ranges of them, standard names, NIST AI RMF subcategories and verbatim EU AI Act citations.
 */
export const latinIdPattern = new RegExp(
  [
    String.raw`[ABC]\.\d+(?:\.\d+){1,2}(?:\s?[–-]\s?[ABC]\.\d+(?:\.\d+){1,2})?`,
    String.raw`ISO\/IEC\s(?:TR\s|TS\s)?\d{4,5}(?:-\d+)?(?::\d{4})?`,
    String.raw`ISO\s\d{4,5}(?::\d{4})?`,
    String.raw`NIST\sAI\sRMF(?:\s1\.0)?`,
    String.raw`EU\sAI\sAct`,
    String.raw`(?:GOVERN|MAP|MEASURE|MANAGE)\s\d+\.\d+`,
    String.raw`Art\.\s\d+(?:\(\d+\))?`,
  ].join('|'),
  'g',
);

/**
 * Escapes text for HTML and, on Hebrew pages, wraps each Latin id in an isolated left-to-right
 * span, so that text from the catalog or the locale files reads as authored content does.
 */
export function bidiHtml(text: string, lang: Lang): string {
  const escaped = escapeHtml(text);
  if (lang !== 'he') return escaped;
  return escaped.replace(latinIdPattern, (id) => `<span dir="ltr" class="aa-ltr">${id}</span>`);
}
