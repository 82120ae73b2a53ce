import { describe, expect, it } from 'vitest';
import { normalizeIdQuery } from '../../src/scripts/search-query';

describe('normalizeIdQuery', () => {
  it.each([
    ['A.6.2.4', 'A.6.2.4'],
    ['a.6.2.4', 'A.6.2.4'],
    [' A 7.4 ', 'A.7.4'],
    ['A7.4', 'A.7.4'],
    ['A.10.3', 'A.10.3'],
    ['6.1.2', '6.1.2'],
    ['clause 9.3', '9.3'],
    ['סעיף 6.1.4', '6.1.4'],
    ['10', '10'],
  ])('reads %j as the id %j', (query, id) => {
    expect(normalizeIdQuery(query)).toBe(id);
  });

  it.each(['data quality', 'A.', '42001', '3.1', 'A.6.2.4 logs', ''])(
    'returns undefined for %j',
    (query) => {
      expect(normalizeIdQuery(query)).toBeUndefined();
    },
  );
});
