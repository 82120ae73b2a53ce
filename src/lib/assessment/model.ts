/**
 * The self-assessment data that the page embeds for its script: the question set resolved into
 * one language, with each question's guide link, effort estimate, EU AI Act obligations and
 * framework tags. The page builds it at build time, and the scoring modules read only this shape.
 */

/** Maturity levels, worst to best; "not applicable" is an answer but not a level. */
export const maturityLevels = [
  'not-started',
  'planned',
  'partial',
  'in-place',
  'evidenced',
] as const;
export type MaturityLevel = (typeof maturityLevels)[number];

export const notApplicable = 'not-applicable';
export const answerLevels = [...maturityLevels, notApplicable] as const;
export type AnswerLevel = (typeof answerLevels)[number];

/** Points per level: a gap is the distance to "in place with evidence" (4 points). */
export const levelPoints: Record<MaturityLevel, number> = {
  'not-started': 0,
  planned: 1,
  partial: 2,
  'in-place': 3,
  evidenced: 4,
};
export const maxLevelPoints = 4;

export type EuRole = 'provider' | 'deployer' | 'importer' | 'distributor';
export type CoverageCredit = 'full' | 'partial';

export interface ProfileOptionModel {
  id: string;
  label: string;
  effortFactor?: number;
  capacityDaysPerMonth?: number;
  publicService?: boolean;
  euExposure?: boolean;
  creditShare?: number;
  highRisk?: boolean;
  peopleImpact?: boolean;
}

export interface ProfileQuestionModel {
  id: string;
  kind: 'single' | 'multiple';
  prompt: string;
  askWhen?: string;
  options: ProfileOptionModel[];
}

export interface BranchModel {
  id: string;
  question: string;
  options: string[];
  reason: string;
}

export interface ObligationModel {
  id: string;
  articles: string[];
  roles: EuRole[];
  highRiskOnly: boolean;
  publicServiceOnly: boolean;
  timeline: 'adopted' | 'amended';
  /** YYYY-MM-DD */
  date: string;
  summary: string;
}

/** An item of another framework linked to an assessment item. */
export interface FrameworkTag {
  id: string;
  href: string;
  /** For ISO/IEC 27001 items: how much of the assessment item they cover, when the link type rates it. */
  credit?: CoverageCredit;
}

export interface AssessmentItemModel {
  /** Clause or control id: "6.1.2", "A.6.2.4". */
  id: string;
  kind: 'clause' | 'control';
  /** Section of the questionnaire: the top clause ("6") or the Annex A group ("A.6"). */
  area: string;
  title: string;
  /** The item's guide: its clause page (with the subclause anchor) or its control page. */
  href: string;
  /** Catalog effort estimate in person-days for 50–300 people and 5–15 AI use cases. */
  effort: { minDays: number; maxDays: number };
  peopleImpact: boolean;
  askWhen?: string;
  /** Ids of EU obligations whose articles the item is linked to. */
  obligations: string[];
  /** Best ISO/IEC 27001 coverage of the item, or undefined when no typed link covers it. */
  iso27001Credit?: CoverageCredit;
  tags: { iso27001: FrameworkTag[]; euAiAct: FrameworkTag[]; nistAiRmf: FrameworkTag[] };
}

export interface AreaModel {
  id: string;
  kind: 'clause' | 'group';
  title: string;
}

export interface AssessmentModel {
  /** Question-set version; saved answers record it for migration. */
  version: string;
  mappingVersion: string;
  lang: 'en' | 'he';
  profile: ProfileQuestionModel[];
  branches: BranchModel[];
  obligations: ObligationModel[];
  areas: AreaModel[];
  items: AssessmentItemModel[];
}
