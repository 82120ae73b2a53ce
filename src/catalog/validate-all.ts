import { SourceError } from '../lib/validation';
import type { EuAiActCatalog, Iso27001Catalog, NistAiRmfCatalog } from './frameworks-schema';
import type { MappingFile, MappingSource } from './mappings-schema';
import { validateCatalog, type Catalog } from './validate';
import { validateEuAiAct, validateIso27001, validateNistAiRmf } from './validate-frameworks';
import { validateMappingFile, validateMappingSources } from './validate-mappings';

/** The catalog files, relative to the project root. */
export const catalogFiles = {
  annexA: 'catalog/iso42001/annex-a.json',
  clauses: 'catalog/iso42001/clauses.json',
  roles: 'catalog/roles.json',
  iso27001: 'catalog/iso27001/catalog.json',
  euAiAct: 'catalog/eu-ai-act/catalog.json',
  nistAiRmf: 'catalog/nist-ai-rmf/catalog.json',
  mappingSources: 'catalog/mappings/sources.json',
  iso27001Mapping: 'catalog/mappings/iso27001-to-iso42001.json',
  euAiActMapping: 'catalog/mappings/eu-ai-act-to-iso42001.json',
  nistAiRmfMapping: 'catalog/mappings/nist-ai-rmf-to-iso42001.json',
} as const;

export interface FullCatalog {
  iso42001: Catalog;
  iso27001: Iso27001Catalog;
  euAiAct: EuAiActCatalog;
  nistAiRmf: NistAiRmfCatalog;
  mappingSources: MappingSource[];
  mappings: { iso27001: MappingFile; euAiAct: MappingFile; nistAiRmf: MappingFile };
}

/**
 * Validates every catalog and mapping file read through `read`, and throws one error listing
 * every problem in every file, so a contributor sees all of them at once.
 */
export function validateAll(read: (file: string) => unknown): FullCatalog {
  const problems: string[] = [];
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      problems.push(...error.problems.map((problem) => `${error.file}: ${problem}`));
      return undefined;
    }
  };
  const source = (file: string) => ({ file, data: read(file) });

  const iso42001 = attempt(() =>
    validateCatalog({
      annexA: source(catalogFiles.annexA),
      clauses: source(catalogFiles.clauses),
      roles: source(catalogFiles.roles),
    }),
  );
  const iso27001 = attempt(() => validateIso27001(source(catalogFiles.iso27001)));
  const euAiAct = attempt(() => validateEuAiAct(source(catalogFiles.euAiAct)));
  const nistAiRmf = attempt(() => validateNistAiRmf(source(catalogFiles.nistAiRmf)));
  const mappingSources = attempt(() => validateMappingSources(source(catalogFiles.mappingSources)));

  let mappings: FullCatalog['mappings'] | undefined;
  if (iso42001 && iso27001 && euAiAct && nistAiRmf && mappingSources) {
    const targetIds = new Set([...iso42001.clauses.map((clause) => clause.id), ...iso42001.controls.map((control) => control.id)]);
    const controlIds = iso42001.controls.map((control) => control.id);
    const check = (file: string, sourceIds: string[]) =>
      attempt(() => validateMappingFile(source(file), { sourceIds: new Set(sourceIds), targetIds, controlIds }, mappingSources));
    const iso27001Mapping = check(catalogFiles.iso27001Mapping, [
      ...iso27001.clauses.map((clause) => clause.id),
      ...iso27001.controls.map((control) => control.id),
    ]);
    const euAiActMapping = check(catalogFiles.euAiActMapping, [
      ...euAiAct.articles.map((article) => article.id),
      ...euAiAct.annexes.map((annex) => annex.id),
    ]);
    const nistMapping = check(catalogFiles.nistAiRmfMapping, nistAiRmf.subcategories.map((subcategory) => subcategory.id));
    if (iso27001Mapping && euAiActMapping && nistMapping) {
      mappings = { iso27001: iso27001Mapping, euAiAct: euAiActMapping, nistAiRmf: nistMapping };
    }
  }

  if (problems.length > 0 || !iso42001 || !iso27001 || !euAiAct || !nistAiRmf || !mappingSources || !mappings) {
    throw new SourceError('catalog/', problems);
  }
  return { iso42001, iso27001, euAiAct, nistAiRmf, mappingSources, mappings };
}
