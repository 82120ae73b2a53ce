/**
 * Hebrew word normalization for search. Pagefind has no Hebrew stemmer: it matches a query word
 * against the start of indexed words, so prefix letters (ו ה ב ל מ ש כ) and final letters (ך ם ן ף ץ)
 * both defeat it. The same functions run when the index is built and when a reader types a query,
 * so both sides meet on one normalized form.
 */

const finalToMedial: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
const hebrewLetter = /[\u05d0-\u05ea]/;
/** Niqqud, cantillation and other combining marks of the Hebrew block. */
const hebrewMarks = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g;
/** Geresh, gershayim and ASCII quotes inside a word are parts of an acronym (צה״ל, צה"ל), not quotation. */
const acronymMarks = /(?<=[\u05d0-\u05ea])[\u05f3\u05f4'"’”]+(?=[\u05d0-\u05ea])/g;
/** Anything that separates words for search: spaces, maqaf, hyphens, dashes and punctuation. */
const separators = /[\s\u05be\u2010-\u2015\-/.,;:!?()[\]{}<>"'«»„“”‘’׳״…·|+*=&%#@~^`\\]+/u;

/**
 * One-letter prefixes and their common combinations, longest first, so that "והסיכונים" loses "וה"
 * before a shorter match could stop at "ו".
 */
const prefixClusters = [
  'וכש',
  'ולכש',
  'ומה',
  'ושה',
  'ושב',
  'ושל',
  'ושמ',
  'וכשה',
  'ומש',
  'וה',
  'וב',
  'ול',
  'ומ',
  'וש',
  'וכ',
  'שה',
  'שב',
  'של',
  'שמ',
  'כש',
  'מה',
  'לה',
  'בה',
  'כה',
  'מש',
  'שכ',
  'ו',
  'ה',
  'ב',
  'ל',
  'מ',
  'ש',
  'כ',
].sort((a, b) => b.length - a.length);

/** Words shorter than this after removing a prefix are not offered: they would match too much. */
const minimumStemLength = 3;

/** Folds one Hebrew word to its search form: no marks, no acronym quotes, medial letters only. */
export function normalizeHebrewWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(hebrewMarks, '')
    .normalize('NFC')
    .replace(acronymMarks, '')
    .replace(/[ךםןףץ]/g, (letter) => finalToMedial[letter]!)
    .toLowerCase();
}

/** Splits text into words the way search should see them, after folding acronym marks. */
export function splitWords(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(hebrewMarks, '')
    .normalize('NFC')
    .replace(acronymMarks, '');
  return folded.split(separators).filter(Boolean);
}

export function isHebrewWord(word: string): boolean {
  return hebrewLetter.test(word);
}

/**
 * Returns the search forms of one Hebrew word: the folded word and, for each prefix cluster it
 * starts with, the folded word without it, as long as at least three letters remain.
 */
export function hebrewWordVariants(word: string): string[] {
  const normalized = normalizeHebrewWord(word);
  const variants = new Set([normalized]);
  for (const cluster of prefixClusters) {
    if (normalized.startsWith(cluster) && normalized.length - cluster.length >= minimumStemLength) {
      variants.add(normalized.slice(cluster.length));
    }
  }
  return [...variants];
}

/**
 * Builds the keyword string added to a Hebrew page's search index: every Hebrew word of the page in
 * all its search forms, plus the English equivalents of the glossary terms the page uses.
 */
export function buildHebrewKeywords(
  text: string,
  glossary: { en: string; he: string[] }[] = [],
): string {
  const keywords = new Set<string>();
  for (const word of splitWords(text)) {
    if (!isHebrewWord(word)) continue;
    for (const variant of hebrewWordVariants(word)) keywords.add(variant);
  }
  const normalizedText = ` ${splitWords(text).map(normalizeHebrewWord).join(' ')} `;
  for (const term of glossary) {
    const used = term.he.some((form) => {
      const folded = splitWords(form).map(normalizeHebrewWord).join(' ');
      return folded.length > 0 && normalizedText.includes(folded);
    });
    if (used) keywords.add(term.en.toLowerCase());
  }
  return [...keywords].join(' ');
}

/**
 * Returns the queries to run for what a reader typed: the query as typed, the folded query, and the
 * folded query with each Hebrew word's prefix removed. Pagefind ANDs words and matches prefixes,
 * so these variants find "סיכונים" from "והסיכון" and "בִּינָה" from "בינה".
 */
export function hebrewQueryVariants(query: string): string[] {
  const words = splitWords(query);
  if (!words.some(isHebrewWord)) return [query.trim()].filter(Boolean);
  const folded = words.map((word) => (isHebrewWord(word) ? normalizeHebrewWord(word) : word));
  const stripped = words.map((word) => {
    if (!isHebrewWord(word)) return word;
    return hebrewWordVariants(word).reduce((shortest, variant) =>
      variant.length < shortest.length ? variant : shortest,
    );
  });
  return [...new Set([query.trim(), folded.join(' '), stripped.join(' ')])].filter(Boolean);
}

/**
 * Returns true when a result really contains every Hebrew query word. Pagefind falls back to the
 * longest indexed word that is a prefix of the query, so "בטיחות" can return a page that only has
 * the letter "ב". Such results fail this check.
 */
export function matchesQuery(query: string, resultText: string): boolean {
  const queryStems = splitWords(query)
    .filter(isHebrewWord)
    .map((word) => hebrewWordVariants(word))
    .filter((variants) => variants.some((variant) => variant.length >= minimumStemLength));
  if (queryStems.length === 0) return true;
  const resultWords = new Set<string>();
  for (const word of splitWords(resultText)) {
    if (isHebrewWord(word))
      for (const variant of hebrewWordVariants(word)) resultWords.add(variant);
  }
  return queryStems.every((variants) =>
    variants.some((variant) => [...resultWords].some((word) => word.startsWith(variant))),
  );
}
