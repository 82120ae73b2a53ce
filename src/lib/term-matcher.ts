import type { Lang } from './languages';

/** The forms of one glossary term that count as a use of it in running text. */
export interface MatchableTerm {
  id: string;
  aliases: string[];
  /** Phrases that contain or look like the term but mean something else ("cloud provider"). */
  exclude?: string[];
}

/** One use of a term in a text: the term's id and the matched characters, prefixes included. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

/**
 * Hebrew prefix letters that attach to the next word, in the order they combine. First comes
 * "and" (ו), then "that" or "when" (ש, כש, מש), then "in", "to" or "as" (ב, ל, כ), which absorb
 * the article, or "from" (מ) and "the" (ה), which do not. So ו+בקרה, ש+ה+בקרה, ו+מ+ה+בקרה and
 * ו+כש+ה+בקרה all match בקרה.
 */
const hebrewPrefix = '(?:ו?(?:כש|מש|ש)?(?:[בלכ]|מ?ה|מ)?)';
/** A prefix letter joined to a Latin word by an ASCII hyphen: ה-AIMS, וב-GPAI. */
const hebrewPrefixBeforeLatin = '(?:[ובהלמשכ]{1,3}-)?';
/** Letters of any script and digits: a match may not start or end next to one. */
const wordCharacter = '\\p{L}\\p{N}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Returns the pattern for one English alias. An alias written in lower case also matches with a
 * capital first letter, as at the start of a sentence. An alias with a capital letter anywhere
 * ("AIMS", "Statement of Applicability") matches only as written.
 */
function englishAliasPattern(alias: string): string {
  const escaped = escapeRegExp(alias);
  if (alias !== alias.toLowerCase()) return escaped;
  const first = alias[0]!;
  const rest = escapeRegExp(alias.slice(1));
  return /\p{L}/u.test(first) ? `[${first}${first.toUpperCase()}]${rest}` : escaped;
}

function hebrewAliasPattern(alias: string): string {
  const latinStart = /^[A-Za-z]/.test(alias);
  return `${latinStart ? hebrewPrefixBeforeLatin : hebrewPrefix}${escapeRegExp(alias)}`;
}

/**
 * Builds a function that finds every use of the given terms in a text, left to right and without
 * overlaps. Where aliases overlap, the longest one at the leftmost position wins, so "AI system
 * impact assessment" is one use of that term and not a use of "AI system". A match never starts or
 * ends inside a word; in Hebrew it may start with prefix letters, which belong to the match.
 * Excluded phrases compete like aliases but produce no match, so "cloud provider" hides "provider".
 */
export function createTermMatcher(
  terms: MatchableTerm[],
  lang: Lang,
): (text: string) => TermMatch[] {
  const owners = new Map<string, string | null>();
  for (const term of terms) {
    for (const phrase of term.exclude ?? []) owners.set(phrase, null);
    for (const alias of term.aliases) owners.set(alias, term.id);
  }
  const phrases = [...owners.keys()].sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return () => [];

  const alternatives = phrases.map((phrase, index) => {
    const isAlias = owners.get(phrase) !== null;
    let body = escapeRegExp(phrase);
    if (isAlias) body = lang === 'he' ? hebrewAliasPattern(phrase) : englishAliasPattern(phrase);
    return `(?<p${index}>${body})`;
  });
  const before = `(?<![${wordCharacter}\\-])`;
  const after = `(?![${wordCharacter}]|-[${wordCharacter}])`;
  const pattern = new RegExp(`${before}(?:${alternatives.join('|')})${after}`, 'gu');

  return (text: string) => {
    const matches: TermMatch[] = [];
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const index = phrases.findIndex((_, position) => groups[`p${position}`] !== undefined);
      const id = owners.get(phrases[index]!);
      if (!id) continue;
      matches.push({ id, start: match.index, end: match.index + match[0].length });
    }
    return matches;
  };
}
