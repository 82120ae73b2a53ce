import {
  levelPoints,
  maxLevelPoints,
  type AssessmentItemModel,
  type AssessmentModel,
  type MaturityLevel,
} from './model';
import { isAsked } from './profile';
import type { Answer, AssessmentState } from './state';

/** Status of one clause or control in the results. */
export type ItemStatus =
  | { kind: 'hidden' }
  | { kind: 'unanswered'; skipped: boolean }
  | { kind: 'not-applicable'; note: string }
  | { kind: 'answered'; level: MaturityLevel; note: string };

/** An answer counts once it has a level; "not applicable" also needs a justification. */
export function isAnswerComplete(answer: Answer | undefined): answer is Answer {
  if (!answer) return false;
  return answer.level !== 'not-applicable' || (answer.note ?? '').trim() !== '';
}

export function getItemStatus(
  model: AssessmentModel,
  state: AssessmentState,
  item: AssessmentItemModel,
): ItemStatus {
  if (!isAsked(model, state.profile, item.askWhen)) return { kind: 'hidden' };
  const answer = state.answers[item.id];
  if (!isAnswerComplete(answer)) {
    return { kind: 'unanswered', skipped: (state.skipped ?? []).includes(item.id) };
  }
  const note = answer.note?.trim() ?? '';
  if (answer.level === 'not-applicable') return { kind: 'not-applicable', note };
  return { kind: 'answered', level: answer.level, note };
}

/** Readiness of a set of items: the points of the answered ones as a share of full marks. */
export interface AreaReadiness {
  id: string;
  /** Items that apply: asked by the profile and not answered "not applicable". */
  applicable: number;
  answered: number;
  /** Whole percent, or null while nothing in the area is answered. */
  percent: number | null;
}

export interface Readiness {
  overall: AreaReadiness;
  /** Clauses 4–10, then Annex A groups A.2–A.10, in model order. */
  areas: AreaReadiness[];
  notApplicable: number;
  hidden: number;
  unanswered: number;
}

function summarize(id: string, statuses: ItemStatus[]): AreaReadiness {
  const applicable = statuses.filter(
    (status) => status.kind === 'answered' || status.kind === 'unanswered',
  );
  const answered = statuses.flatMap((status) => (status.kind === 'answered' ? [status.level] : []));
  const points = answered.reduce((sum, level) => sum + levelPoints[level], 0);
  const percent =
    answered.length === 0 ? null : Math.round((100 * points) / (answered.length * maxLevelPoints));
  return { id, applicable: applicable.length, answered: answered.length, percent };
}

/**
 * Computes readiness overall, per clause and per Annex A group. Each answered item weighs the same;
 * unanswered items are left out of the percentage and counted separately.
 */
export function computeReadiness(model: AssessmentModel, state: AssessmentState): Readiness {
  const statuses = new Map(model.items.map((item) => [item.id, getItemStatus(model, state, item)]));
  const all = [...statuses.values()];
  return {
    overall: summarize('overall', all),
    areas: model.areas.map((area) =>
      summarize(
        area.id,
        model.items.filter((item) => item.area === area.id).map((item) => statuses.get(item.id)!),
      ),
    ),
    notApplicable: all.filter((status) => status.kind === 'not-applicable').length,
    hidden: all.filter((status) => status.kind === 'hidden').length,
    unanswered: all.filter((status) => status.kind === 'unanswered').length,
  };
}
