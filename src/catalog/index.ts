import annexA from '../../catalog/iso42001/annex-a.json';
import clauses from '../../catalog/iso42001/clauses.json';
import roles from '../../catalog/roles.json';
import type { ClauseData, ControlData, GroupData } from './schema';
import { validateCatalog } from './validate';

/** The validated ISO/IEC 42001 catalog. Importing this module fails the build on invalid data. */
export const catalog = validateCatalog({
  annexA: { file: 'catalog/iso42001/annex-a.json', data: annexA },
  clauses: { file: 'catalog/iso42001/clauses.json', data: clauses },
  roles: { file: 'catalog/roles.json', data: roles },
});

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

/** Maps a control id to its URL slug: A.6.2.4 becomes a-6-2-4. */
export function controlSlug(id: string): string {
  return id.toLowerCase().replaceAll('.', '-');
}
