import { describe, expect, it } from 'vitest';
import { createTermMatcher, type MatchableTerm } from '../../src/lib/term-matcher';

const hebrewTerms: MatchableTerm[] = [
  { id: 'control', aliases: ['בקרה', 'בקרות'] },
  { id: 'ai-system', aliases: ['מערכת בינה מלאכותית'] },
  {
    id: 'impact-assessment',
    aliases: ['הערכת השפעה של מערכת בינה מלאכותית', 'הערכת השפעה'],
  },
  { id: 'top-management', aliases: ['הנהלה בכירה', 'ההנהלה הבכירה', 'הנהלה הבכירה'] },
  { id: 'aims', aliases: ['AIMS'] },
  { id: 'incident', aliases: ['אירועים'], exclude: ['יומני אירועים'] },
];

const englishTerms: MatchableTerm[] = [
  { id: 'ai-system', aliases: ['AI system', 'AI systems'] },
  { id: 'impact-assessment', aliases: ['AI system impact assessment', 'impact assessment'] },
  { id: 'soa', aliases: ['Statement of Applicability', 'SoA'] },
  { id: 'provider', aliases: ['provider', 'providers'], exclude: ['cloud provider'] },
];

/** Returns the matched text and term id of each match, in order. */
function matchesIn(text: string, terms: MatchableTerm[], lang: 'en' | 'he') {
  return createTermMatcher(
    terms,
    lang,
  )(text).map((match) => [text.slice(match.start, match.end), match.id]);
}

describe('createTermMatcher in Hebrew', () => {
  it.each([
    ['בקרה', 'no prefix'],
    ['הבקרה', 'ה'],
    ['ובקרה', 'ו'],
    ['בבקרה', 'ב'],
    ['לבקרה', 'ל'],
    ['מבקרה', 'מ'],
    ['שבקרה', 'ש'],
    ['כבקרה', 'כ'],
    ['והבקרה', 'ו and ה'],
    ['שהבקרה', 'ש and ה'],
    ['ומהבקרה', 'ו, מ and ה'],
    ['וכשהבקרה', 'ו, כש and ה'],
    ['ולבקרות', 'ו and ל before a plural'],
  ])('matches %s, with prefix %s, as a whole word', (word) => {
    expect(matchesIn(`ראו את ${word} הזו.`, hebrewTerms, 'he')).toEqual([[word, 'control']]);
  });

  it.each([
    ['בקרתה', 'a longer word'],
    ['הבקרהא', 'a word that only starts with the term'],
    ['אבקרה', 'a letter that is no prefix'],
    ['בבבקרה', 'two prefixes that cannot combine'],
  ])('does not match %s, %s', (word) => {
    expect(matchesIn(`ראו את ${word} הזו.`, hebrewTerms, 'he')).toEqual([]);
  });

  it('matches the definite form of a two-word term after a prefix', () => {
    expect(matchesIn('הדוח מוגש להנהלה הבכירה פעם ברבעון.', hebrewTerms, 'he')).toEqual([
      ['להנהלה הבכירה', 'top-management'],
    ]);
    expect(matchesIn('באישור מההנהלה הבכירה', hebrewTerms, 'he')).toEqual([
      ['מההנהלה הבכירה', 'top-management'],
    ]);
  });

  it('prefers the longest alias at the same position', () => {
    expect(
      matchesIn('עשו הערכת השפעה של מערכת בינה מלאכותית לפני הפריסה.', hebrewTerms, 'he'),
    ).toEqual([['הערכת השפעה של מערכת בינה מלאכותית', 'impact-assessment']]);
  });

  it('joins a prefix to a Latin alias with a hyphen', () => {
    expect(matchesIn('ההיקף של ה-AIMS ושל ב-AIMS', hebrewTerms, 'he')).toEqual([
      ['ה-AIMS', 'aims'],
      ['ב-AIMS', 'aims'],
    ]);
  });

  it('skips an excluded phrase but finds the term after it', () => {
    expect(matchesIn('שמרו יומני אירועים, ונתחו אירועים חוזרים.', hebrewTerms, 'he')).toEqual([
      ['אירועים', 'incident'],
    ]);
  });

  it('does not match after a hyphen joined to a word', () => {
    expect(matchesIn('אי-בקרה', hebrewTerms, 'he')).toEqual([]);
  });
});

describe('createTermMatcher in English', () => {
  it('matches a lower-case alias with a capital first letter', () => {
    expect(matchesIn('Providers must register.', englishTerms, 'en')).toEqual([
      ['Providers', 'provider'],
    ]);
  });

  it('matches an alias with capitals only as written', () => {
    expect(matchesIn('the statement of applicability, then the SoA', englishTerms, 'en')).toEqual([
      ['SoA', 'soa'],
    ]);
  });

  it('never matches inside a word', () => {
    expect(matchesIn('AI systemic risk and AI systems', englishTerms, 'en')).toEqual([
      ['AI systems', 'ai-system'],
    ]);
  });

  it('prefers the longest alias at the same position', () => {
    expect(matchesIn('an AI system impact assessment', englishTerms, 'en')).toEqual([
      ['AI system impact assessment', 'impact-assessment'],
    ]);
  });

  it('skips an excluded phrase', () => {
    expect(matchesIn('the cloud provider and the provider', englishTerms, 'en')).toEqual([
      ['provider', 'provider'],
    ]);
  });

  it('returns no match for an empty term list', () => {
    expect(createTermMatcher([], 'en')('AI system')).toEqual([]);
  });
});
