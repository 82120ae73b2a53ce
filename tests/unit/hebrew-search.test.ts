import { describe, expect, it } from 'vitest';
import {
  buildHebrewKeywords,
  hebrewQueryVariants,
  hebrewWordVariants,
  matchesQuery,
  normalizeHebrewWord,
  splitWords,
} from '../../src/lib/hebrew-search';

describe('normalizeHebrewWord', () => {
  it.each([
    ['סיכונים', 'סיכונימ'],
    ['סיכון', 'סיכונ'],
    ['בִּינָה', 'בינה'],
    ['צה״ל', 'צהל'],
    ['צה"ל', 'צהל'],
    ['מנכ׳׳ל', 'מנכל'],
    ['ערך', 'ערכ'],
    ['ISO', 'iso'],
  ])('folds %s to %s', (word, expected) => {
    expect(normalizeHebrewWord(word)).toBe(expected);
  });
});

describe('splitWords', () => {
  it('splits at the maqaf and the ASCII hyphen', () => {
    expect(splitWords('וב־ISO ו-NIST')).toEqual(['וב', 'ISO', 'ו', 'NIST']);
  });

  it('keeps an acronym in one piece', () => {
    expect(splitWords('לפי ת״י ISO')).toEqual(['לפי', 'תי', 'ISO']);
  });
});

describe('hebrewWordVariants', () => {
  it('removes prefix clusters, longest first', () => {
    expect(hebrewWordVariants('והסיכונים').sort()).toEqual(['הסיכונימ', 'והסיכונימ', 'סיכונימ']);
  });

  it('keeps at least three letters', () => {
    expect(hebrewWordVariants('בטל')).toEqual(['בטל']);
  });
});

describe('hebrewQueryVariants', () => {
  it('offers the folded query and the query without prefixes', () => {
    expect(hebrewQueryVariants('והסיכון')).toEqual(['והסיכון', 'והסיכונ', 'סיכונ']);
  });

  it('leaves a Latin query alone', () => {
    expect(hebrewQueryVariants(' A.6.2.4 ')).toEqual(['A.6.2.4']);
  });
});

describe('buildHebrewKeywords', () => {
  it('adds search forms and English glossary equivalents', () => {
    const keywords = buildHebrewKeywords('ניהול והסיכונים של מערכת', [
      { en: 'risk management', he: ['ניהול סיכונים'] },
      { en: 'bias', he: ['הטיה'] },
    ]).split(' ');
    expect(keywords).toContain('סיכונימ');
    expect(keywords).toContain('ניהול');
    expect(keywords).not.toContain('bias');
  });

  it('recognizes a glossary term written with a prefix and a final letter', () => {
    const keywords = buildHebrewKeywords('בניהול סיכונים', [
      { en: 'risk management', he: ['ניהול סיכונים'] },
    ]);
    expect(keywords).toContain('risk management');
  });
});

describe('matchesQuery', () => {
  it('accepts a result containing the word with a prefix', () => {
    expect(matchesQuery('סיכונים', 'ניהול והסיכונים בארגון')).toBe(true);
  });

  it('rejects a result that only shares a prefix letter', () => {
    expect(matchesQuery('בטיחות', 'מעבר ב-ISO לתקן חדש')).toBe(false);
  });

  it('accepts a Latin query without checking', () => {
    expect(matchesQuery('ISO', 'אין כאן דבר')).toBe(true);
  });
});
