import { parseWithSchema, SourceError } from '../lib/validation';
import { mappingFileSchema, mappingSourcesFileSchema, type MappingFile, type MappingSource } from './mappings-schema';

/** Ids that exist on each side of a mapping file, for checking every link. */
export interface MappingIdSets {
  sourceIds: ReadonlySet<string>;
  targetIds: ReadonlySet<string>;
  /** The 38 Annex A controls, each of which needs a link or a "no counterpart" note. */
  controlIds: readonly string[];
}

export function validateMappingSources({ file, data }: { file: string; data: unknown }): MappingSource[] {
  return parseWithSchema(mappingSourcesFileSchema, data, file).sources;
}

/**
 * Validates one mapping file: every id exists, every link has a known type, a strength, a
 * rationale in both languages and a known provenance, no pair is listed twice, and every Annex A
 * control is linked or carries a reason why it has no counterpart.
 */
export function validateMappingFile(
  { file, data }: { file: string; data: unknown },
  ids: MappingIdSets,
  sources: MappingSource[],
): MappingFile {
  const mapping = parseWithSchema(mappingFileSchema, data, file);
  const problems: string[] = [];
  const seen = new Set<string>();
  const sourceKinds = new Map(sources.map((source) => [source.id, source.kind]));

  mapping.links.forEach((link, index) => {
    const where = `link ${index} (${link.source} → ${link.target})`;
    if (!ids.sourceIds.has(link.source)) problems.push(`${where}: source "${link.source}" is not an id of ${mapping.sourceFramework}.`);
    if (!ids.targetIds.has(link.target)) problems.push(`${where}: target "${link.target}" is not an ISO/IEC 42001 clause or Annex A control.`);
    const key = `${link.source}→${link.target}`;
    if (seen.has(key)) problems.push(`${where}: this pair is listed twice; keep one link.`);
    seen.add(key);
    const kind = sourceKinds.get(link.provenance);
    if (!kind) problems.push(`${where}: provenance "${link.provenance}" is not in catalog/mappings/sources.json.`);
    if (link.type === 'related' && kind !== 'published-crosswalk') {
      problems.push(`${where}: type "related" is only for published crosswalks that give no type; choose equal, subset, superset or intersect.`);
    }
    if (link.strength === 10 && link.type !== 'equal') problems.push(`${where}: strength 10 is only for "equal" links.`);
  });

  const linkedControls = new Set(mapping.links.map((link) => link.target));
  const noted = new Set<string>();
  for (const entry of mapping.noCounterpart) {
    if (!ids.controlIds.includes(entry.control)) problems.push(`noCounterpart ${entry.control}: not an ISO/IEC 42001 Annex A control.`);
    if (linkedControls.has(entry.control)) problems.push(`noCounterpart ${entry.control}: the control has links, so remove the note or the links.`);
    if (noted.has(entry.control)) problems.push(`noCounterpart ${entry.control}: listed twice.`);
    noted.add(entry.control);
  }
  for (const control of ids.controlIds) {
    if (!linkedControls.has(control) && !noted.has(control)) {
      problems.push(`control ${control} has no link from ${mapping.sourceFramework}; add one, or a noCounterpart entry with the reason.`);
    }
  }
  if (problems.length > 0) throw new SourceError(file, problems);
  return mapping;
}
