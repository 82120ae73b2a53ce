import { describe, expect, it } from 'vitest';
import { computeCoverage, countCoverage, rateLink, type CoverageLink, type CoverageNode } from '../../src/lib/coverage';

// A small world: hub H (ISO/IEC 42001) items h1–h4, framework X items x1–x3, framework Y items y1–y3.
const nodes: CoverageNode[] = [
  ...['h1', 'h2', 'h3', 'h4'].map((key) => ({ key, framework: 'iso42001' })),
  ...['x1', 'x2', 'x3'].map((key) => ({ key, framework: 'x' })),
  ...['y1', 'y2', 'y3'].map((key) => ({ key, framework: 'y' })),
];
const links: CoverageLink[] = [
  { source: 'x1', target: 'h1', type: 'equal' },
  { source: 'x2', target: 'h2', type: 'subset' },
  { source: 'x2', target: 'h3', type: 'superset' },
  { source: 'x3', target: 'h4', type: 'related' },
  { source: 'y1', target: 'h1', type: 'subset' },
  { source: 'y2', target: 'h2', type: 'intersect' },
  { source: 'y3', target: 'h3', type: 'superset' },
];
const levels = (items: ReturnType<typeof computeCoverage>) =>
  Object.fromEntries(items.map((item) => [item.key, `${item.level}${item.indirect ? ' indirect' : ''}`]));

describe('rateLink', () => {
  it.each([
    ['equal', 'source-covers-target', 'full'],
    ['equal', 'target-covers-source', 'full'],
    ['superset', 'source-covers-target', 'full'],
    ['superset', 'target-covers-source', 'partial'],
    ['subset', 'source-covers-target', 'partial'],
    ['subset', 'target-covers-source', 'full'],
    ['intersect', 'source-covers-target', 'partial'],
    ['related', 'target-covers-source', 'unrated'],
  ] as const)('rates %s read as %s as %s', (type, direction, level) => {
    expect(rateLink(type, direction)).toBe(level);
  });
});

describe('computeCoverage', () => {
  it('rates hub items covered by one framework directly', () => {
    // x1 = h1 (full), x2 ⊂ h2 (partial), x2 ⊃ h3 (full), x3 ~ h4 (unrated).
    expect(levels(computeCoverage(nodes, links, 'x', 'iso42001'))).toEqual({
      h1: 'full',
      h2: 'partial',
      h3: 'full',
      h4: 'unrated',
    });
  });

  it('rates a framework covered by the hub with the inverse reading', () => {
    // h1 = x1 (full); h2 contains x2 (full), h3 inside x2 (partial): best is full; h4 ~ x3 (unrated).
    expect(levels(computeCoverage(nodes, links, 'iso42001', 'x'))).toEqual({ x1: 'full', x2: 'full', x3: 'unrated' });
  });

  it('rates coverage between two frameworks through the hub by the weakest step', () => {
    // y1 ⊂ h1 = x1: x1 covers h1 fully, h1 covers y1 fully → full, indirect.
    // y2 ∩ h2, x2 ⊂ h2: x2 covers h2 partly → partial, indirect.
    // y3 ⊃ h3, x2 ⊃ h3: x2 covers h3 fully, h3 covers y3 only partly → partial, indirect.
    expect(levels(computeCoverage(nodes, links, 'x', 'y'))).toEqual({
      y1: 'full indirect',
      y2: 'partial indirect',
      y3: 'partial indirect',
    });
  });

  it('names the hub item an indirect step goes through', () => {
    const y1 = computeCoverage(nodes, links, 'x', 'y').find((item) => item.key === 'y1')!;
    expect(y1.steps).toEqual([{ by: 'x1', level: 'full', via: 'h1' }]);
  });

  it('marks items without any link as not covered', () => {
    const extra = [...nodes, { key: 'h5', framework: 'iso42001' }];
    expect(computeCoverage(extra, links, 'x', 'iso42001').find((item) => item.key === 'h5')!.level).toBe('none');
  });

  it('counts levels for the chart', () => {
    expect(countCoverage(computeCoverage(nodes, links, 'x', 'iso42001'))).toEqual({
      full: 2,
      partial: 1,
      unrated: 1,
      none: 0,
      indirect: 0,
      total: 4,
    });
  });
});
