import { describe, expect, it } from 'vitest';
import { readLocaleFiles } from '../../src/integrations/aims-atlas';
import { findLocaleProblems, listKeys } from '../../src/i18n/parity';

describe('findLocaleProblems', () => {
  it('finds no problem in the real locale files', () => {
    expect(findLocaleProblems(readLocaleFiles('locales'))).toEqual([]);
  });

  it('gives both languages the same files', () => {
    const files = readLocaleFiles('locales');
    expect(Object.keys(files.en!).sort()).toEqual(Object.keys(files.he!).sort());
  });

  it('names the key, the language and the file of a missing key', () => {
    const problems = findLocaleProblems({
      en: { 'ui.json': { search: { label: 'Search', submit: 'Go' } } },
      he: { 'ui.json': { search: { label: 'חיפוש' } } },
    });
    expect(problems).toEqual([
      'Translation key "search.submit" is missing in language "he" (locales/he/ui.json).',
    ]);
  });

  it('reports a locale file that exists in one language only', () => {
    const problems = findLocaleProblems({
      en: { 'ui.json': { a: 'A' }, 'quiz.json': { b: 'B' } },
      he: { 'ui.json': { a: 'א' } },
    });
    expect(problems).toContain(
      'locales/he/quiz.json is missing; every language needs the same locale files.',
    );
  });

  it('reports an empty translation', () => {
    const problems = findLocaleProblems({
      en: { 'ui.json': { a: 'A' } },
      he: { 'ui.json': { a: ' ' } },
    });
    expect(problems).toEqual([
      'Translation key "a" is empty in language "he" (locales/he/ui.json).',
    ]);
  });

  it('accepts plural forms that differ between languages', () => {
    const problems = findLocaleProblems({
      en: { 'ui.json': { results_one: '1 result', results_other: '{{count}} results' } },
      he: {
        'ui.json': {
          results_one: 'תוצאה אחת',
          results_two: 'שתי תוצאות',
          results_other: '{{count}} תוצאות',
        },
      },
    });
    expect(problems).toEqual([]);
  });
});

describe('listKeys', () => {
  it('folds plural suffixes into the base key', () => {
    expect(listKeys({ search: { results_one: 'a', results_other: 'b', label: 'c' } })).toEqual([
      'search.label',
      'search.results',
    ]);
  });
});
