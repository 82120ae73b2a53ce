import { parseWithSchema, SourceError } from '../lib/validation';
import { profileQuestionIds, questionSetSchema, type QuestionSet } from './assessment-schema';

/** Catalog facts the question set is checked against. */
export interface AssessmentReferences {
  /** Every ISO/IEC 42001 clause id, top-level and nested ("4", "6.1.2"). */
  clauseIds: readonly string[];
  /** The Annex A control ids, in catalog order. */
  controlIds: readonly string[];
  /** EU AI Act article ids ("Article 26"). */
  articleIds: ReadonlySet<string>;
  /** The dates of each list of EU AI Act key dates (YYYY-MM-DD). */
  keyDates: { adopted: readonly string[]; amended: readonly string[] };
}

/**
 * Validates catalog/assessment/questions.json against its schema and the catalog. It checks that
 * every profile question appears once and that branches and obligations name real options,
 * articles and key dates. It also checks for one question per requirement area of clauses 4–10
 * and one per Annex A control, in catalog order. Throws a SourceError listing every problem.
 */
export function validateQuestionSet(
  { file, data }: { file: string; data: unknown },
  references: AssessmentReferences,
): QuestionSet {
  const questionSet = parseWithSchema(questionSetSchema, data, file);
  const problems = [
    ...checkProfile(questionSet),
    ...checkBranches(questionSet),
    ...checkObligations(questionSet, references),
    ...checkClauseAreas(questionSet, references.clauseIds),
    ...checkControls(questionSet, references.controlIds),
  ];
  if (problems.length > 0) throw new SourceError(file, problems);
  return questionSet;
}

function findDuplicates(ids: string[], kind: string): string[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (seen.has(id)) return [`${kind} ${id} appears more than once; keep one entry.`];
    seen.add(id);
    return [];
  });
}

function checkProfile({ profile, branches }: QuestionSet): string[] {
  const ids = profile.map((question) => question.id);
  const problems = findDuplicates(ids, 'profile question');
  for (const id of profileQuestionIds) {
    if (!ids.includes(id)) problems.push(`profile question ${id} is missing; the results need it.`);
  }
  for (const question of profile) {
    const optionIds = question.options.map((option) => option.id);
    problems.push(...findDuplicates(optionIds, `option of profile question ${question.id}:`));
    if (question.id === 'org-size' || question.id === 'ai-systems') {
      const baselines = question.options.filter((option) => option.effortFactor === 1);
      if (baselines.length !== 1) {
        problems.push(
          `profile question ${question.id}: exactly one option needs effortFactor 1 (the catalog's baseline); found ${baselines.length}.`,
        );
      }
    }
    if (question.askWhen) {
      const branch = branches.find((candidate) => candidate.id === question.askWhen);
      const position = ids.indexOf(question.id);
      if (!branch) {
        problems.push(`profile question ${question.id}: askWhen "${question.askWhen}" is not a branch id.`);
      } else if (ids.indexOf(branch.question) < 0 || ids.indexOf(branch.question) >= position) {
        problems.push(
          `profile question ${question.id}: branch "${branch.id}" depends on ${branch.question}, which must come earlier in the profile.`,
        );
      }
    }
  }
  return problems;
}

function checkBranches({ profile, branches }: QuestionSet): string[] {
  const problems = findDuplicates(
    branches.map((branch) => branch.id),
    'branch',
  );
  for (const branch of branches) {
    const question = profile.find((candidate) => candidate.id === branch.question);
    const optionIds = new Set<string>(question?.options.map((option) => option.id) ?? []);
    for (const option of branch.options) {
      if (!optionIds.has(option)) {
        problems.push(`branch ${branch.id}: "${option}" is not an option of profile question ${branch.question}.`);
      }
    }
  }
  return problems;
}

function checkObligations({ euObligations }: QuestionSet, references: AssessmentReferences): string[] {
  const problems = findDuplicates(
    euObligations.map((obligation) => obligation.id),
    'EU obligation',
  );
  for (const obligation of euObligations) {
    for (const article of obligation.articles) {
      if (!references.articleIds.has(article)) {
        problems.push(`EU obligation ${obligation.id}: ${article} is not in catalog/eu-ai-act/catalog.json.`);
      }
    }
    if (!references.keyDates[obligation.timeline].includes(obligation.date)) {
      problems.push(
        `EU obligation ${obligation.id}: ${obligation.date} is not one of the ${obligation.timeline} keyDates in catalog/eu-ai-act/catalog.json; use a date listed there.`,
      );
    }
  }
  return problems;
}

const isWithin = (id: string, ancestor: string) => id === ancestor || id.startsWith(`${ancestor}.`);

/**
 * Requirement areas: each clause question names a subclause, no question sits inside another, and
 * every subclause without children of its own is covered by exactly one question.
 */
function checkClauseAreas({ clauses }: QuestionSet, clauseIds: readonly string[]): string[] {
  const ids = clauses.map((question) => question.id);
  const problems = findDuplicates(ids, 'clause question');
  for (const id of ids) {
    if (!clauseIds.includes(id)) problems.push(`clause question ${id}: no such clause in catalog/iso42001/clauses.json.`);
    else if (!id.includes('.')) problems.push(`clause question ${id}: name a subclause such as ${id}.1; clause ${id} is a section of the questionnaire.`);
    const outer = ids.find((other) => other !== id && isWithin(id, other));
    if (outer) problems.push(`clause question ${id} lies inside clause question ${outer}; keep one of them.`);
  }
  const leaves = clauseIds.filter(
    (id) => id.includes('.') && !clauseIds.some((other) => other.startsWith(`${id}.`)),
  );
  for (const leaf of leaves) {
    if (!ids.some((id) => isWithin(leaf, id))) {
      problems.push(`clause ${leaf} has no question; add one for it or for the subclause that contains it.`);
    }
  }
  return problems;
}

function checkControls({ controls, branches }: QuestionSet, controlIds: readonly string[]): string[] {
  const ids = controls.map((question) => question.id);
  const problems = findDuplicates(ids, 'control question');
  if (ids.join() !== controlIds.join()) {
    const missing = controlIds.filter((id) => !ids.includes(id));
    const unknown = ids.filter((id) => !controlIds.includes(id));
    problems.push(
      `the controls must list each Annex A control once, in catalog order (missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'}).`,
    );
  }
  const branchIds = new Set(branches.map((branch) => branch.id));
  for (const question of controls) {
    if (question.askWhen && !branchIds.has(question.askWhen)) {
      problems.push(`control question ${question.id}: askWhen "${question.askWhen}" is not a branch id.`);
    }
  }
  return problems;
}
