import { parseWithSchema, SourceError } from '../lib/validation';
import {
  annexAFileSchema,
  clausesFileSchema,
  rolesFileSchema,
  type ClauseData,
  type ControlData,
  type GroupData,
  type RoleData,
  type SubgroupData,
} from './schema';
import { ANNEX_A_CONTROL_COUNT, ANNEX_A_CONTROL_IDS, CLAUSE_IDS } from './structure';

export interface CatalogSources {
  annexA: { file: string; data: unknown };
  clauses: { file: string; data: unknown };
  roles: { file: string; data: unknown };
}

export interface Catalog {
  groups: GroupData[];
  subgroups: SubgroupData[];
  controls: ControlData[];
  clauses: ClauseData[];
  roles: RoleData[];
}

/**
 * Validates the ISO/IEC 42001 catalog files against their schemas and the standard's structure.
 * Throws a SourceError that names the file, the entry and what to change.
 */
export function validateCatalog(sources: CatalogSources): Catalog {
  const roles = parseWithSchema(rolesFileSchema, sources.roles.data, sources.roles.file).roles;
  const annexA = parseWithSchema(annexAFileSchema, sources.annexA.data, sources.annexA.file);
  const clauses = parseWithSchema(clausesFileSchema, sources.clauses.data, sources.clauses.file).clauses;

  assertNoProblems(sources.roles.file, findDuplicates(roles.map((role) => role.id), 'role'));
  assertNoProblems(sources.annexA.file, checkAnnexA(annexA, new Set(roles.map((role) => role.id))));
  assertNoProblems(sources.clauses.file, checkClauses(clauses));

  return { ...annexA, clauses, roles };
}

function assertNoProblems(file: string, problems: string[]): void {
  if (problems.length > 0) throw new SourceError(file, problems);
}

function findDuplicates(ids: string[], kind: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${kind} ${id} appears more than once; remove the duplicate entry.`);
    seen.add(id);
  }
  return problems;
}

function checkAnnexA(
  annexA: { groups: GroupData[]; subgroups: SubgroupData[]; controls: ControlData[] },
  roleIds: Set<string>,
): string[] {
  const problems = [
    ...findDuplicates(annexA.groups.map((group) => group.id), 'group'),
    ...findDuplicates(annexA.controls.map((control) => control.id), 'control'),
  ];
  const expectedGroups = Object.keys(ANNEX_A_CONTROL_IDS);
  const groupIds = annexA.groups.map((group) => group.id);
  for (const id of expectedGroups) {
    if (!groupIds.includes(id)) problems.push(`group ${id} is missing; Annex A has the groups ${expectedGroups.join(', ')}.`);
  }
  for (const id of groupIds) {
    if (!expectedGroups.includes(id)) problems.push(`group ${id} does not exist in ISO/IEC 42001 Annex A; remove it.`);
  }

  if (annexA.controls.length !== ANNEX_A_CONTROL_COUNT) {
    problems.push(
      `Annex A has ${ANNEX_A_CONTROL_COUNT} controls, but this file has ${annexA.controls.length}; add or remove entries.`,
    );
  }
  const subgroupIds = new Set(annexA.subgroups.map((subgroup) => subgroup.id));
  for (const control of annexA.controls) {
    problems.push(...checkControl(control, subgroupIds, roleIds));
  }
  for (const [group, ids] of Object.entries(ANNEX_A_CONTROL_IDS)) {
    for (const id of ids) {
      if (!annexA.controls.some((control) => control.id === id)) {
        problems.push(`control ${id} of group ${group} is missing; add an entry for it.`);
      }
    }
  }
  return problems;
}

function checkControl(control: ControlData, subgroupIds: Set<string>, roleIds: Set<string>): string[] {
  const problems: string[] = [];
  const expectedInGroup = ANNEX_A_CONTROL_IDS[control.group];
  const actualGroup = Object.keys(ANNEX_A_CONTROL_IDS).find((group) =>
    ANNEX_A_CONTROL_IDS[group]!.includes(control.id),
  );
  if (!actualGroup) {
    problems.push(`entry ${control.id}: no such control in ISO/IEC 42001 Annex A; check the id against the standard.`);
  } else if (!expectedInGroup?.includes(control.id)) {
    problems.push(`entry ${control.id}: group is "${control.group}", but this control belongs to ${actualGroup}.`);
  }
  const expectedSubgroup = control.id.startsWith('A.6.') ? control.id.slice(0, 5) : undefined;
  if (control.subgroup !== expectedSubgroup) {
    problems.push(
      `entry ${control.id}: subgroup is ${JSON.stringify(control.subgroup)}, expected ${JSON.stringify(expectedSubgroup)}.`,
    );
  } else if (expectedSubgroup && !subgroupIds.has(expectedSubgroup)) {
    problems.push(`entry ${control.id}: subgroup ${expectedSubgroup} is not defined in "subgroups".`);
  }
  for (const owner of control.owners) {
    if (!roleIds.has(owner)) {
      problems.push(`entry ${control.id}: owner "${owner}" is not a role in catalog/roles.json; use one of its ids.`);
    }
  }
  return problems;
}

function checkClauses(clauses: ClauseData[]): string[] {
  const problems = findDuplicates(clauses.map((clause) => clause.id), 'clause');
  const ids = new Set(clauses.map((clause) => clause.id));
  for (const id of CLAUSE_IDS) {
    if (!ids.has(id)) problems.push(`clause ${id} is missing; add an entry for it.`);
  }
  for (const clause of clauses) {
    if (!CLAUSE_IDS.includes(clause.id)) {
      problems.push(`entry ${clause.id}: no such clause in ISO/IEC 42001:2023; check the number.`);
    }
    const expectedParent = clause.id.includes('.') ? clause.id.slice(0, clause.id.lastIndexOf('.')) : null;
    if (clause.parent !== expectedParent) {
      problems.push(`entry ${clause.id}: parent is ${JSON.stringify(clause.parent)}, expected ${JSON.stringify(expectedParent)}.`);
    }
  }
  return problems;
}
