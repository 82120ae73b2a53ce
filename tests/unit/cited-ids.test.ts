import { describe, expect, it } from 'vitest';
import { findInvalidCitations } from '../../src/lib/cited-ids';

describe('findInvalidCitations', () => {
  it.each([
    'Control A.6.2.4 covers verification and validation.',
    'A.7.4 is about data quality, and A.10.4 about customers.',
    'See clause 6.1.2 and clause 9.3.3.',
    'בסעיף 6.1.4 נדרשת הערכת השפעה.',
    'ISO/IEC 27001 control A.5.23 covers cloud services.',
    'In 27001, A.8.34 protects systems during audit testing.',
    'Article 72 sets post-market monitoring; Article 113 gives the dates.',
    'סעיף 14 לחוק ה-AI עוסק בפיקוח אנושי.',
    'GOVERN 1.1, MAP 5.2, MEASURE 2.13 and MANAGE 4.3 exist.',
    'Annex B guidance B.6.2.4 mirrors the control; Annex C lists C.2.11 and C.3.7.',
    'The group objectives A.2.1 and A.6.2 are not controls but exist.',
  ])('accepts real ids: %s', (text) => {
    expect(findInvalidCitations(text)).toEqual([]);
  });

  it.each([
    ['A.6.2.1 is often cited but does not exist.', 'A.6.2.1'],
    ['Some vendors cite A.6.10.2.', 'A.6.10.2'],
    ['The 2013 control A.12.4.1 is gone from 27001:2022.', 'A.12.4.1'],
    ['ISO/IEC 27001 control A.5.38 does not exist.', 'A.5.38'],
    ['Post-market monitoring is in Article 114.', 'Article 114'],
    ['See clause 6.1.5 for more.', '6.1.5'],
    ['בסעיף 11.2 של התקן', '11.2'],
    ['GOVERN 7.1 is not a category.', 'GOVERN 7.1'],
    ['MEASURE 2.14 is past the end of MEASURE 2.', 'MEASURE 2.14'],
    ['Annex B has no B.6.2.9.', 'B.6.2.9'],
    ['Annex C has no C.2.12.', 'C.2.12'],
  ])('rejects a wrong id: %s', (text, id) => {
    const problems = findInvalidCitations(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.id).toContain(id);
  });

  it('reports the line of each wrong id', () => {
    const problems = findInvalidCitations(
      'First line.\nSecond line cites A.6.2.1.\n\nFourth cites A.11.2.',
    );
    expect(problems.map((problem) => problem.line)).toEqual([2, 4]);
  });

  it('accepts an ISO/IEC 42001 id written after a 27001 mention', () => {
    expect(findInvalidCitations('ISO/IEC 27001 control A.5.15 pairs with A.9.2 here.')).toEqual([]);
  });
});
