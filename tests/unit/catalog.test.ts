import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCatalog, type CatalogSources } from '../../src/catalog/validate';
import { SourceError } from '../../src/lib/validation';

function readCatalogSources(): CatalogSources {
  const read = (file: string) => ({
    file,
    data: JSON.parse(readFileSync(file, 'utf8')) as unknown,
  });
  return {
    annexA: read('catalog/iso42001/annex-a.json'),
    clauses: read('catalog/iso42001/clauses.json'),
    roles: read('catalog/roles.json'),
  };
}

type AnnexAData = { groups: { id: string }[]; controls: Record<string, unknown>[] };

/** Returns a copy of the real catalog whose Annex A data has been changed by `mutate`. */
function withAnnexA(mutate: (data: AnnexAData) => void): CatalogSources {
  const sources = readCatalogSources();
  const data = structuredClone(sources.annexA.data) as AnnexAData;
  mutate(data);
  return { ...sources, annexA: { ...sources.annexA, data } };
}

function problemsOf(sources: CatalogSources): string[] {
  try {
    validateCatalog(sources);
  } catch (error) {
    if (error instanceof SourceError)
      return error.problems.map((problem) => `${error.file}: ${problem}`);
    throw error;
  }
  return [];
}

describe('validateCatalog', () => {
  const catalog = validateCatalog(readCatalogSources());

  it('accepts the real catalog with 38 controls in 9 groups', () => {
    expect(catalog.controls).toHaveLength(38);
    expect(catalog.groups).toHaveLength(9);
  });

  it('counts controls per group as the standard does', () => {
    const counts = Object.fromEntries(
      catalog.groups.map((group) => [
        group.id,
        catalog.controls.filter((control) => control.group === group.id).length,
      ]),
    );
    expect(counts).toEqual({
      'A.2': 3,
      'A.3': 2,
      'A.4': 5,
      'A.5': 4,
      'A.6': 9,
      'A.7': 5,
      'A.8': 4,
      'A.9': 3,
      'A.10': 3,
    });
  });

  it('keeps titles that public texts often get wrong', () => {
    const title = (id: string) => catalog.controls.find((control) => control.id === id)?.title.en;
    expect(title('A.7.4')).toBe('Quality of data for AI systems');
    expect(title('A.6.2.4')).toBe('AI system verification and validation');
    expect(title('A.9.2')).toBe('Processes for responsible use of AI systems');
    expect(title('A.10.3')).toBe('Suppliers');
  });

  it('has clauses 4 to 10 with their subclauses', () => {
    const ids = catalog.clauses.map((clause) => clause.id);
    expect(ids.filter((id) => !id.includes('.'))).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    expect(ids).toContain('6.1.4');
    expect(ids).toContain('9.3.3');
    expect(ids).toHaveLength(43);
  });

  it('gives every control a Hebrew title, effort range and evidence', () => {
    for (const control of catalog.controls) {
      expect(control.title.he, control.id).toMatch(/[\u05d0-\u05ea]/);
      expect(control.effort.maxDays, control.id).toBeGreaterThan(control.effort.minDays);
      expect(control.evidence.he, control.id).toHaveLength(control.evidence.en.length);
    }
  });

  it('rejects an id that does not exist in the standard', () => {
    const problems = problemsOf(withAnnexA((data) => (data.controls[0]!.id = 'A.6.2.1')));
    expect(problems.join('\n')).toContain('catalog/iso42001/annex-a.json');
    expect(problems.join('\n')).toContain(
      'entry A.6.2.1: no such control in ISO/IEC 42001 Annex A',
    );
  });

  it('rejects a duplicate control id', () => {
    const problems = problemsOf(
      withAnnexA((data) => (data.controls[1]!.id = data.controls[0]!.id)),
    );
    expect(problems.join('\n')).toContain('control A.2.2 appears more than once');
  });

  it('rejects a missing Hebrew title and names the entry', () => {
    const problems = problemsOf(
      withAnnexA((data) => ((data.controls[5]!.title as { he: string }).he = '')),
    );
    expect(problems.join('\n')).toMatch(
      /entry A\.4\.2, controls\.5\.title\.he: Hebrew text is missing/,
    );
  });

  it('rejects 37 controls and says how many are expected', () => {
    const problems = problemsOf(withAnnexA((data) => data.controls.pop()));
    expect(problems.join('\n')).toContain('Annex A has 38 controls, but this file has 37');
    expect(problems.join('\n')).toContain('control A.10.4 of group A.10 is missing');
  });

  it('rejects a control filed under the wrong group', () => {
    const problems = problemsOf(withAnnexA((data) => (data.controls[0]!.group = 'A.3')));
    expect(problems.join('\n')).toContain(
      'entry A.2.2: group is "A.3", but this control belongs to A.2',
    );
  });

  it('rejects an owner that is not a role', () => {
    const problems = problemsOf(
      withAnnexA((data) => (data.controls[0]!.owners = ['chief-wizard'])),
    );
    expect(problems.join('\n')).toContain(
      'owner "chief-wizard" is not a role in catalog/roles.json',
    );
  });
});
