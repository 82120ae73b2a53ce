import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, fullCatalog } from '../../src/catalog';
import { validateQuestionSet } from '../../src/catalog/validate-assessment';
import { buildAssessmentModel } from '../../src/lib/assessment/question-set';
import { SourceError } from '../../src/lib/validation';

const file = 'catalog/assessment/questions.json';
const original = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
const references = {
  clauseIds: catalog.clauses.map((clause) => clause.id),
  controlIds: catalog.controls.map((control) => control.id),
  articleIds: new Set(fullCatalog.euAiAct.articles.map((article) => article.id)),
  keyDates: {
    adopted: fullCatalog.euAiAct.keyDates.adopted.dates.map((entry) => entry.date),
    amended: fullCatalog.euAiAct.keyDates.amended.dates.map((entry) => entry.date),
  },
};

/** Validates a copy of questions.json changed by `edit`, and returns the problems it reports. */
function problemsAfter(edit: (data: Record<string, any>) => void): string[] {
  const data = structuredClone(original);
  edit(data);
  try {
    validateQuestionSet({ file, data }, references);
  } catch (error) {
    if (error instanceof SourceError) {
      expect(error.file).toBe(file);
      return error.problems;
    }
    throw error;
  }
  return [];
}

describe('validateQuestionSet', () => {
  it('accepts the question set in the catalog', () => {
    const questionSet = validateQuestionSet({ file, data: original }, references);
    expect(questionSet.clauses).toHaveLength(27);
    expect(questionSet.controls).toHaveLength(38);
    expect(questionSet.profile).toHaveLength(8);
  });

  it('rejects a control id that does not exist', () => {
    const problems = problemsAfter((data) => (data.controls[15].id = 'A.6.2.1'));
    expect(problems).toEqual([
      'the controls must list each Annex A control once, in catalog order (missing: A.6.1.3; unknown: A.6.2.1).',
    ]);
  });

  it('rejects a Hebrew prompt without Hebrew letters, naming the entry', () => {
    const problems = problemsAfter(
      (data) => (data.controls[0].prompt.he = 'Do you have an AI policy?'),
    );
    expect(problems).toEqual([
      'entry A.2.2, controls.0.prompt.he: Hebrew text contains no Hebrew letters (got "Do you have an AI policy?").',
    ]);
  });

  it('rejects a subclause left without a question', () => {
    const problems = problemsAfter((data) => {
      data.clauses = data.clauses.filter((question: { id: string }) => question.id !== '7.5');
    });
    expect(problems).toEqual([
      'clause 7.5.1 has no question; add one for it or for the subclause that contains it.',
      'clause 7.5.2 has no question; add one for it or for the subclause that contains it.',
      'clause 7.5.3 has no question; add one for it or for the subclause that contains it.',
    ]);
  });

  it('rejects a question that overlaps another', () => {
    const problems = problemsAfter((data) => data.clauses.push({ ...data.clauses[8], id: '6.1' }));
    expect(problems).toContain(
      'clause question 6.1.1 lies inside clause question 6.1; keep one of them.',
    );
    expect(problems).toContain(
      'clause question 6.1.2 lies inside clause question 6.1; keep one of them.',
    );
  });

  it('rejects a whole clause as a question', () => {
    const problems = problemsAfter((data) => data.clauses.push({ ...data.clauses[0], id: '9' }));
    expect(problems).toContain(
      'clause question 9: name a subclause such as 9.1; clause 9 is a section of the questionnaire.',
    );
  });

  it('rejects an obligation date that is not a key date', () => {
    const problems = problemsAfter((data) => (data.euObligations[2].date = '2026-08-02'));
    expect(problems).toEqual([
      'EU obligation high-risk-provider: 2026-08-02 is not one of the amended keyDates in catalog/eu-ai-act/catalog.json; use a date listed there.',
    ]);
  });

  it('rejects a branch on an option that does not exist', () => {
    const problems = problemsAfter((data) => (data.branches[1].options = ['builds', 'buys']));
    expect(problems).toEqual([
      'branch develops: "buys" is not an option of profile question development.',
    ]);
  });

  it('rejects a size question without a baseline option', () => {
    const problems = problemsAfter((data) => (data.profile[0].options[1].effortFactor = 1.1));
    expect(problems).toEqual([
      "profile question org-size: exactly one option needs effortFactor 1 (the catalog's baseline); found 0.",
    ]);
  });

  it('rejects a control question that names an unknown branch', () => {
    const problems = problemsAfter((data) => (data.controls[14].askWhen = 'builds-models'));
    expect(problems).toEqual([
      'control question A.6.1.2: askWhen "builds-models" is not a branch id.',
    ]);
  });
});

describe('buildAssessmentModel', () => {
  const model = buildAssessmentModel('he');

  it('has one item per clause question and per control, by section', () => {
    expect(model.items).toHaveLength(65);
    expect(model.areas.map((area) => area.id)).toEqual([
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      'A.2',
      'A.3',
      'A.4',
      'A.5',
      'A.6',
      'A.7',
      'A.8',
      'A.9',
      'A.10',
    ]);
    expect(model.items.filter((item) => item.area === '6').map((item) => item.id)).toEqual([
      '6.1.1',
      '6.1.2',
      '6.1.3',
      '6.1.4',
      '6.2',
      '6.3',
    ]);
  });

  it('links each item to its guide in the page language', () => {
    const byId = new Map(model.items.map((item) => [item.id, item]));
    expect(byId.get('6.1.2')!.href).toBe('/he/clauses/6/#clause-6-1-2');
    expect(byId.get('A.6.2.4')!.href).toBe('/he/controls/a-6-2-4/');
    expect(byId.get('A.7.5')!.title).toBe('מקור הנתונים (provenance)');
  });

  it('takes control effort from the catalog', () => {
    const item = model.items.find((candidate) => candidate.id === 'A.2.2')!;
    expect(item.effort).toEqual({ minDays: 4, maxDays: 10 });
  });

  it('tags clause questions with the links of their subclauses too', () => {
    const audit = model.items.find((item) => item.id === '9.2')!;
    const ids = audit.tags.iso27001.map((tag) => tag.id);
    // The mappings link ISO/IEC 27001 9.2.1 to ISO/IEC 42001 9.2.1, a subclause of the 9.2 question.
    expect(ids).toContain('9.2.1');
    for (const tag of [...audit.tags.iso27001, ...audit.tags.euAiAct, ...audit.tags.nistAiRmf]) {
      expect(tag.href).toMatch(/^\/he\/(iso27001|eu-ai-act|nist-ai-rmf)\//);
    }
  });

  it('names the obligations whose articles an item is linked to', () => {
    // The EU AI Act mapping links A.4.6 (human resources) to Article 4, AI literacy, and A.8.2
    // (information for users) to Article 13 (high-risk providers) and Article 50 (transparency).
    const obligationsOf = (id: string) => model.items.find((item) => item.id === id)!.obligations;
    expect(obligationsOf('A.4.6')).toEqual(['ai-literacy']);
    expect(obligationsOf('A.8.2')).toEqual(['transparency', 'high-risk-provider']);
  });
});
