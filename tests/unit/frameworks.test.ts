import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAll } from '../../src/catalog/validate-all';
import { SourceError } from '../../src/lib/validation';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

function problemsOf(read: (file: string) => unknown): string[] {
  try {
    validateAll(read);
    return [];
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  }
}

describe('validateAll', () => {
  it('accepts every real catalog and mapping file', () => {
    expect(problemsOf(readJson)).toEqual([]);
  });
});

type MappingData = { links: Record<string, unknown>[]; noCounterpart: { control: string }[] };

/** Returns a reader of the real files in which one mapping file has been changed by `mutate`. */
function withMapping(file: string, mutate: (data: MappingData) => void) {
  return (path: string): unknown => {
    const data = readJson(path);
    if (path !== file) return data;
    const copy = structuredClone(data) as MappingData;
    mutate(copy);
    return copy;
  };
}

const iso27001File = 'catalog/mappings/iso27001-to-iso42001.json';
const nistFile = 'catalog/mappings/nist-ai-rmf-to-iso42001.json';

describe('validateAll on broken mappings', () => {
  it('rejects an unknown target id and names file and link', () => {
    const problems = problemsOf(
      withMapping(iso27001File, (data) => (data.links[0]!.target = 'A.6.2.1')),
    );
    expect(problems.join('\n')).toMatch(
      /catalog\/mappings\/iso27001-to-iso42001\.json: link 0 \(4\.1 → A\.6\.2\.1\): target "A\.6\.2\.1" is not an ISO\/IEC 42001 clause or Annex A control/,
    );
  });

  it('rejects an unknown source id', () => {
    const problems = problemsOf(
      withMapping(iso27001File, (data) => (data.links[0]!.source = 'A.12.4.1')),
    );
    expect(problems.join('\n')).toContain('source "A.12.4.1" is not an id of iso27001');
  });

  it('rejects a duplicate link', () => {
    const problems = problemsOf(
      withMapping(iso27001File, (data) => data.links.push({ ...data.links[0]! })),
    );
    expect(problems.join('\n')).toContain('this pair is listed twice; keep one link');
  });

  it('rejects a missing rationale', () => {
    const problems = problemsOf(
      withMapping(iso27001File, (data) => ((data.links[0]!.rationale as { he: string }).he = '')),
    );
    expect(problems.join('\n')).toMatch(
      /iso27001-to-iso42001\.json: .*links\.0\.rationale\.he: Hebrew text is missing/,
    );
  });

  it('rejects an unknown relationship type with the allowed ones', () => {
    const problems = problemsOf(
      withMapping(iso27001File, (data) => (data.links[0]!.type = 'overlaps')),
    );
    expect(problems.join('\n')).toContain(
      'links.0.type: the type must be one of equal, subset, superset, intersect, related',
    );
  });

  it('rejects "related" outside a published crosswalk', () => {
    const problems = problemsOf(
      withMapping(iso27001File, (data) => (data.links[0]!.type = 'related')),
    );
    expect(problems.join('\n')).toContain('type "related" is only for published crosswalks');
  });

  it('rejects a strength outside 1 to 10', () => {
    const problems = problemsOf(withMapping(nistFile, (data) => (data.links[0]!.strength = 11)));
    expect(problems.join('\n')).toContain('strength is a whole number from 1 to 10');
  });

  it('rejects an unknown provenance', () => {
    const problems = problemsOf(
      withMapping(nistFile, (data) => (data.links[0]!.provenance = 'a-blog-post')),
    );
    expect(problems.join('\n')).toContain(
      'provenance "a-blog-post" is not in catalog/mappings/sources.json',
    );
  });

  it('requires every Annex A control to be linked or explained', () => {
    const problems = problemsOf(
      withMapping(iso27001File, (data) => {
        data.links = data.links.filter((link) => link.target !== 'A.6.2.8');
        data.noCounterpart = data.noCounterpart.filter((entry) => entry.control !== 'A.6.2.8');
      }),
    );
    expect(problems.join('\n')).toContain(
      'control A.6.2.8 has no link from iso27001; add one, or a noCounterpart entry with the reason.',
    );
  });
});

describe('real mappings', () => {
  const catalog = validateAll(readJson);

  it('include the 280 pairs of the NIST crosswalk, untyped', () => {
    const crosswalk = catalog.mappings.nistAiRmf.links.filter(
      (link) => link.provenance === 'nist-airc-crosswalk',
    );
    expect(crosswalk).toHaveLength(280);
    expect(new Set(crosswalk.map((link) => link.type))).toEqual(new Set(['related']));
  });

  it('include the 30 clause twins of ISO/IEC 27001', () => {
    const twins = catalog.mappings.iso27001.links.filter(
      (link) => link.provenance === 'iso-harmonized-structure',
    );
    expect(twins).toHaveLength(30);
    expect(twins.every((link) => link.source === link.target)).toBe(true);
  });

  it('never link 42001 A.7.4 as a human oversight control from Article 14', () => {
    const article14 = catalog.mappings.euAiAct.links.filter((link) => link.source === 'Article 14');
    expect(article14.length).toBeGreaterThan(0);
    expect(article14.map((link) => link.target)).not.toContain('A.7.4');
  });

  it('count 93 ISO/IEC 27001 controls, 113 articles and 72 subcategories', () => {
    expect(catalog.iso27001.controls).toHaveLength(93);
    expect(catalog.euAiAct.articles).toHaveLength(113);
    expect(catalog.euAiAct.annexes).toHaveLength(13);
    expect(catalog.nistAiRmf.subcategories).toHaveLength(72);
    expect(catalog.nistAiRmf.categories).toHaveLength(19);
  });
});
