import { describe, expect, it } from 'vitest';
import { idCandidates } from '../../src/scripts/search/search-query';

describe('idCandidates', () => {
  it.each([
    ['A.6.2.4', ['A.6.2.4']],
    ['a.6.2.4', ['A.6.2.4']],
    [' A 7.4 ', ['A.7.4']],
    ['A7.4', ['A.7.4']],
    ['A.10.3', ['A.10.3']],
    ['A.5.23', ['A.5.23']],
    ['6.1.2', ['6.1.2']],
    ['clause 9.3', ['9.3']],
    ['סעיף 6.1.4', ['6.1.4']],
    ['5.23', ['5.23', 'A.5.23']],
    ['Art. 9', ['Article 9']],
    ['article 72', ['Article 72']],
    ['סעיף 9', ['9', 'Article 9']],
    ['סעיף 14 לחוק', ['Article 14']],
    ['GOVERN 1.1', ['GOVERN 1.1']],
    ['measure 2.11', ['MEASURE 2.11']],
    ['Annex iii', ['Annex III']],
    ['נספח IV', ['Annex IV']],
  ])('reads %j as %j', (query, ids) => {
    expect(idCandidates(query)).toEqual(ids);
  });

  it.each(['data quality', 'A.', '42001', '3.1', 'A.6.2.4 logs', '', 'Art. 114'])('finds no id in %j', (query) => {
    expect(idCandidates(query)).toEqual([]);
  });
});
