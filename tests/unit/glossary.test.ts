import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryFileSchema } from '../../src/catalog/glossary-schema';
import { parseWithSchema, SourceError } from '../../src/lib/validation';

const realFile = JSON.parse(readFileSync('catalog/glossary.json', 'utf8')) as {
  terms: Record<string, unknown>[];
};

const validTerm = () => ({
  id: 'human-oversight',
  en: {
    term: 'human oversight',
    definition: 'Measures that let competent people monitor an AI system and step in when needed.',
    aliases: ['human oversight'],
  },
  he: {
    term: 'פיקוח אנושי',
    definition: 'אמצעים שמאפשרים לאנשים בעלי כשירות לנטר מערכת בינה מלאכותית ולהתערב כשצריך.',
    aliases: ['פיקוח אנושי'],
  },
});

/** Returns the problems the schema reports for a file with the given terms. */
function problemsOf(terms: unknown[]): string[] {
  try {
    parseWithSchema(glossaryFileSchema, { terms }, 'catalog/glossary.json');
    return [];
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  }
}

describe('glossaryFileSchema', () => {
  it('accepts the glossary of the site', () => {
    expect(problemsOf(realFile.terms)).toEqual([]);
    expect(realFile.terms.length).toBeGreaterThanOrEqual(60);
  });

  it('accepts a minimal valid term', () => {
    expect(problemsOf([validTerm()])).toEqual([]);
  });

  it('rejects an id that is not kebab-case', () => {
    const [problem] = problemsOf([{ ...validTerm(), id: 'Human_Oversight' }]);
    expect(problem).toContain('terms.0.id');
    expect(problem).toContain('kebab-case');
  });

  it('rejects two terms with the same id', () => {
    const problems = problemsOf([
      validTerm(),
      { ...validTerm(), en: { ...validTerm().en, aliases: ['oversight'] } },
    ]);
    expect(
      problems.some((problem) => problem.includes('"human-oversight" is used by two terms')),
    ).toBe(true);
  });

  it('rejects an alias that names two terms', () => {
    const other = { ...validTerm(), id: 'oversight' };
    const problems = problemsOf([validTerm(), other]);
    expect(
      problems.some((problem) =>
        problem.includes('the alias "human oversight" also belongs to "human-oversight"'),
      ),
    ).toBe(true);
  });

  it('rejects a Hebrew term without Hebrew letters', () => {
    const term = validTerm();
    term.he.term = 'human oversight';
    expect(problemsOf([term]).join('\n')).toContain('the Hebrew term contains no Hebrew letters');
  });

  it('rejects a maqaf in Hebrew text', () => {
    const term = validTerm();
    term.he.aliases = ['אי\u05beהתאמה'];
    expect(problemsOf([term]).join('\n')).toContain('not the maqaf');
  });

  it('rejects an acronym written with an ASCII quote', () => {
    const term = validTerm();
    term.he.definition = 'אמצעים שמאפשרים לאנשים לנטר מערכת, כפי שקובע ת"י 42001 לגבי כל מערכת.';
    expect(problemsOf([term]).join('\n')).toContain('gershayim');
  });

  it('rejects a term without aliases', () => {
    const term = validTerm();
    term.en.aliases = [];
    expect(problemsOf([term]).join('\n')).toContain('terms.0.en.aliases');
  });

  it('rejects an unknown field', () => {
    expect(problemsOf([{ ...validTerm(), source: 'somewhere' }]).join('\n')).toContain(
      "Unrecognized key(s) in object: 'source'",
    );
  });
});
