import annexA from '../../catalog/iso42001/annex-a.json';
import clauses from '../../catalog/iso42001/clauses.json';
import euAiAct from '../../catalog/eu-ai-act/catalog.json';
import iso27001 from '../../catalog/iso27001/catalog.json';
import euAiActMapping from '../../catalog/mappings/eu-ai-act-to-iso42001.json';
import iso27001Mapping from '../../catalog/mappings/iso27001-to-iso42001.json';
import nistAiRmfMapping from '../../catalog/mappings/nist-ai-rmf-to-iso42001.json';
import mappingSources from '../../catalog/mappings/sources.json';
import nistAiRmf from '../../catalog/nist-ai-rmf/catalog.json';
import roles from '../../catalog/roles.json';
import type { ClauseData, ControlData, GroupData } from './schema';
import { catalogFiles, validateAll } from './validate-all';

const files: Record<string, unknown> = {
  [catalogFiles.annexA]: annexA,
  [catalogFiles.clauses]: clauses,
  [catalogFiles.roles]: roles,
  [catalogFiles.iso27001]: iso27001,
  [catalogFiles.euAiAct]: euAiAct,
  [catalogFiles.nistAiRmf]: nistAiRmf,
  [catalogFiles.mappingSources]: mappingSources,
  [catalogFiles.iso27001Mapping]: iso27001Mapping,
  [catalogFiles.euAiActMapping]: euAiActMapping,
  [catalogFiles.nistAiRmfMapping]: nistAiRmfMapping,
};

/** Every validated catalog and mapping file. Importing this module fails the build on invalid data. */
export const fullCatalog = validateAll((file) => files[file]);

/** The validated ISO/IEC 42001 catalog. */
export const catalog = fullCatalog.iso42001;

const controlsById = new Map(catalog.controls.map((control) => [control.id, control]));
const clausesById = new Map(catalog.clauses.map((clause) => [clause.id, clause]));
const groupsById = new Map(catalog.groups.map((group) => [group.id, group]));

export function getControl(id: string): ControlData {
  const control = controlsById.get(id);
  if (!control) throw new Error(`Annex A control ${id} is not in the catalog.`);
  return control;
}

export function getClause(id: string): ClauseData {
  const clause = clausesById.get(id);
  if (!clause) throw new Error(`Clause ${id} is not in the catalog.`);
  return clause;
}

export function getGroup(id: string): GroupData {
  const group = groupsById.get(id);
  if (!group) throw new Error(`Annex A group ${id} is not in the catalog.`);
  return group;
}

export function getControlsOfGroup(groupId: string): ControlData[] {
  return catalog.controls.filter((control) => control.group === groupId);
}

export function getSubclauses(parentId: string): ClauseData[] {
  return catalog.clauses.filter((clause) => clause.parent === parentId);
}

export function getRoleTitle(id: string, lang: 'en' | 'he'): string {
  return catalog.roles.find((role) => role.id === id)?.title[lang] ?? id;
}

/** Maps an id to its URL slug: A.6.2.4 becomes a-6-2-4, "Annex III" becomes annex-iii. */
export function controlSlug(id: string): string {
  return id.toLowerCase().replaceAll('.', '-').replaceAll(' ', '-');
}
