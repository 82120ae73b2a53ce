import type { AssessmentModel, EuRole, ProfileOptionModel } from './model';
import type { ProfileAnswers } from './state';

/** Facts the results draw from the profile answers; unanswered questions give neutral values. */
export interface ProfileFacts {
  /** Multiplies the catalog's effort estimates: organization size times number of AI systems. */
  effortFactor: number;
  /** Person-days a month the organization can put into closing gaps, for the timeline. */
  capacityDaysPerMonth: number;
  euExposed: boolean;
  /** EU AI Act roles, empty unless the organization is exposed to the EU market. */
  roles: EuRole[];
  /** A system makes high-stakes decisions about people (EU AI Act Annex III areas). */
  highRisk: boolean;
  /** A system influences decisions about people at all. */
  peopleImpact: boolean;
  /** The sector carries the Article 27 fundamental rights duty for deployers. */
  publicService: boolean;
  /** Share of the ISO/IEC 27001 credit that applies: 1 when certified, less when not. */
  creditShare: number;
}

function chosenOptions(
  model: AssessmentModel,
  profile: ProfileAnswers,
  questionId: string,
): ProfileOptionModel[] {
  const question = model.profile.find((candidate) => candidate.id === questionId);
  if (!question || !isAsked(model, profile, question.askWhen)) return [];
  const answer = profile[questionId];
  const values = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
  return question.options.filter((option) => values.includes(option.id));
}

/**
 * Returns whether a question guarded by the branch `askWhen` is asked. A question is asked while
 * the profile answer its branch depends on is still missing, so nothing disappears before the
 * reader has stated that it does not apply.
 */
export function isAsked(
  model: AssessmentModel,
  profile: ProfileAnswers,
  askWhen: string | undefined,
): boolean {
  if (!askWhen) return true;
  const branch = model.branches.find((candidate) => candidate.id === askWhen);
  if (!branch) return true;
  const chosen = chosenOptions(model, profile, branch.question);
  if (chosen.length === 0) return true;
  return chosen.some((option) => branch.options.includes(option.id));
}

/** Returns the reason shown for a question that the profile has made not applicable. */
export function hiddenReason(model: AssessmentModel, askWhen: string | undefined): string {
  return model.branches.find((branch) => branch.id === askWhen)?.reason ?? '';
}

function baselineOption(
  model: AssessmentModel,
  questionId: string,
): ProfileOptionModel | undefined {
  const question = model.profile.find((candidate) => candidate.id === questionId);
  return question?.options.find((option) => option.effortFactor === 1);
}

/** Reads the facts the scoring needs from the profile answers. */
export function deriveProfileFacts(model: AssessmentModel, profile: ProfileAnswers): ProfileFacts {
  const one = (questionId: string) => chosenOptions(model, profile, questionId)[0];
  const size = one('org-size') ?? baselineOption(model, 'org-size');
  const systems = one('ai-systems') ?? baselineOption(model, 'ai-systems');
  const euExposed = one('eu-market')?.euExposure ?? false;
  const people = one('affects-people');

  return {
    effortFactor: (size?.effortFactor ?? 1) * (systems?.effortFactor ?? 1),
    capacityDaysPerMonth: size?.capacityDaysPerMonth ?? 30,
    euExposed,
    roles: euExposed
      ? chosenOptions(model, profile, 'eu-role').map((option) => option.id as EuRole)
      : [],
    highRisk: people?.highRisk ?? false,
    peopleImpact: people?.peopleImpact ?? false,
    publicService: one('sector')?.publicService ?? false,
    creditShare: one('iso27001')?.creditShare ?? 0,
  };
}
