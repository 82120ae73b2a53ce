import { addMonths } from './calendar';
import {
  levelPoints,
  maxLevelPoints,
  type AssessmentItemModel,
  type AssessmentModel,
  type MaturityLevel,
  type ObligationModel,
} from './model';
import type { ProfileFacts } from './profile';
import { getItemStatus } from './scoring';
import type { AssessmentState } from './state';

/**
 * Weights of an item's importance. Clause requirements are all mandatory for certification, so
 * they weigh most. A control weighs as much when it protects people and the profile states that
 * AI systems influence decisions about people.
 */
export const weights = { clause: 3, control: 2, peopleControl: 3 } as const;

/** Lowest priority score of each band; anything below the medium floor is low. */
export const bandFloors = { high: 9, medium: 5 } as const;
export type PriorityBand = 'high' | 'medium' | 'low';

/** The earliest EU AI Act date that applies to an item, with the obligations that set it. */
export interface Deadline {
  date: string;
  obligations: ObligationModel[];
}

export interface Gap {
  item: AssessmentItemModel;
  level: MaturityLevel;
  note: string;
  /** Levels missing to "in place with evidence": 1 to 4. */
  size: number;
  weight: number;
  deadline?: Deadline;
  /** 3 when the deadline has passed, 2 when it is at most 12 months away, 1 when later, 0 without one. */
  deadlinePoints: number;
  /** size × weight + deadlinePoints */
  priority: number;
  band: PriorityBand;
}

/** Returns the obligations that bind the organization, given its EU exposure, roles and systems. */
export function applicableObligations(
  model: AssessmentModel,
  facts: ProfileFacts,
): ObligationModel[] {
  if (!facts.euExposed) return [];
  return model.obligations.filter(
    (obligation) =>
      obligation.roles.some((role) => facts.roles.includes(role)) &&
      (!obligation.highRiskOnly || facts.highRisk) &&
      (!obligation.publicServiceOnly || facts.publicService),
  );
}

export function findDeadline(
  item: AssessmentItemModel,
  obligations: ObligationModel[],
): Deadline | undefined {
  const relevant = obligations.filter((obligation) => item.obligations.includes(obligation.id));
  if (relevant.length === 0) return undefined;
  const date = relevant.map((obligation) => obligation.date).sort()[0]!;
  return { date, obligations: relevant.filter((obligation) => obligation.date === date) };
}

export function scoreDeadline(date: string | undefined, today: string): number {
  if (date === undefined) return 0;
  if (date <= today) return 3;
  if (date <= addMonths(today, 12)) return 2;
  return 1;
}

export function itemWeight(item: AssessmentItemModel, facts: ProfileFacts): number {
  if (item.kind === 'clause') return weights.clause;
  return item.peopleImpact && facts.peopleImpact ? weights.peopleControl : weights.control;
}

export function priorityBand(priority: number): PriorityBand {
  if (priority >= bandFloors.high) return 'high';
  if (priority >= bandFloors.medium) return 'medium';
  return 'low';
}

/**
 * Lists every answered item below "in place with evidence" as a gap, highest priority first. Ties
 * go to the earlier deadline, then the larger gap, then questionnaire order.
 */
export function listGaps(
  model: AssessmentModel,
  state: AssessmentState,
  facts: ProfileFacts,
  today: string,
): Gap[] {
  const obligations = applicableObligations(model, facts);
  const gaps: Gap[] = [];
  for (const item of model.items) {
    const status = getItemStatus(model, state, item);
    if (status.kind !== 'answered' || levelPoints[status.level] === maxLevelPoints) continue;
    const size = maxLevelPoints - levelPoints[status.level];
    const weight = itemWeight(item, facts);
    const deadline = findDeadline(item, obligations);
    const deadlinePoints = scoreDeadline(deadline?.date, today);
    const priority = size * weight + deadlinePoints;
    gaps.push({
      item,
      level: status.level,
      note: status.note,
      size,
      weight,
      ...(deadline ? { deadline } : {}),
      deadlinePoints,
      priority,
      band: priorityBand(priority),
    });
  }

  const order = new Map(model.items.map((item, index) => [item.id, index]));
  const noDeadline = '9999-12-31';
  return gaps.sort(
    (a, b) =>
      b.priority - a.priority ||
      (a.deadline?.date ?? noDeadline).localeCompare(b.deadline?.date ?? noDeadline) ||
      b.size - a.size ||
      order.get(a.item.id)! - order.get(b.item.id)!,
  );
}
