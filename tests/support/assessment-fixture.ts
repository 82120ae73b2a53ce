import type { AssessmentModel } from '../../src/lib/assessment/model';
import { emptyState, type AssessmentState } from '../../src/lib/assessment/state';

/**
 * A small assessment, small enough to work out every result by hand: two clause questions in
 * clause 4, control A.2.2, and controls A.5.4 and A.5.5 (A.5.5 only asked of organizations that
 * build AI systems). A.5.4 has a large effort range so that the timeline spans several months.
 */
export const fixtureModel: AssessmentModel = {
  version: '2026.12.1',
  mappingVersion: '2026.12.1',
  lang: 'en',
  profile: [
    {
      id: 'org-size',
      kind: 'single',
      prompt: 'Size',
      options: [
        { id: 'small', label: 'Small', effortFactor: 0.6, capacityDaysPerMonth: 15 },
        { id: 'base', label: 'Base', effortFactor: 1, capacityDaysPerMonth: 30 },
      ],
    },
    {
      id: 'ai-systems',
      kind: 'single',
      prompt: 'Systems',
      options: [
        { id: 'one', label: 'One', effortFactor: 0.6 },
        { id: 'base', label: 'Base', effortFactor: 1 },
      ],
    },
    {
      id: 'sector',
      kind: 'single',
      prompt: 'Sector',
      options: [
        { id: 'public', label: 'Public', publicService: true },
        { id: 'other', label: 'Other', publicService: false },
      ],
    },
    {
      id: 'eu-market',
      kind: 'single',
      prompt: 'EU',
      options: [
        { id: 'yes', label: 'Yes', euExposure: true },
        { id: 'no', label: 'No', euExposure: false },
      ],
    },
    {
      id: 'eu-role',
      kind: 'multiple',
      prompt: 'Roles',
      askWhen: 'eu-exposed',
      options: [
        { id: 'provider', label: 'Provider' },
        { id: 'deployer', label: 'Deployer' },
      ],
    },
    {
      id: 'development',
      kind: 'single',
      prompt: 'Builds',
      options: [
        { id: 'builds', label: 'Builds' },
        { id: 'uses', label: 'Uses' },
      ],
    },
    {
      id: 'iso27001',
      kind: 'single',
      prompt: '27001',
      options: [
        { id: 'certified', label: 'Certified', creditShare: 1 },
        { id: 'implemented', label: 'Implemented', creditShare: 0.5 },
        { id: 'none', label: 'None', creditShare: 0 },
      ],
    },
    {
      id: 'affects-people',
      kind: 'single',
      prompt: 'People',
      options: [
        { id: 'high', label: 'High', highRisk: true, peopleImpact: true },
        { id: 'limited', label: 'Limited', highRisk: false, peopleImpact: true },
        { id: 'no', label: 'No', highRisk: false, peopleImpact: false },
      ],
    },
  ],
  branches: [
    { id: 'eu-exposed', question: 'eu-market', options: ['yes'], reason: 'Only for the EU.' },
    { id: 'develops', question: 'development', options: ['builds'], reason: 'You build no AI.' },
  ],
  obligations: [
    {
      id: 'literacy',
      articles: ['Article 4'],
      roles: ['provider', 'deployer'],
      highRiskOnly: false,
      publicServiceOnly: false,
      timeline: 'adopted',
      date: '2025-02-02',
      summary: 'AI literacy',
    },
    {
      id: 'hr-deployer',
      articles: ['Article 26'],
      roles: ['deployer'],
      highRiskOnly: true,
      publicServiceOnly: false,
      timeline: 'amended',
      date: '2027-12-02',
      summary: 'Deployers of high-risk systems',
    },
  ],
  areas: [
    { id: '4', kind: 'clause', title: 'Context' },
    { id: 'A.2', kind: 'group', title: 'Policies' },
    { id: 'A.5', kind: 'group', title: 'Impact' },
  ],
  items: [
    {
      id: '4.1',
      kind: 'clause',
      area: '4',
      title: 'Understanding the organization',
      href: '/en/clauses/4/#clause-4-1',
      effort: { minDays: 2, maxDays: 6 },
      peopleImpact: false,
      obligations: [],
      iso27001Credit: 'partial',
      tags: {
        iso27001: [{ id: '4.1', href: '/en/iso27001/clauses/4/#clause-4-1', credit: 'partial' }],
        euAiAct: [],
        nistAiRmf: [],
      },
    },
    {
      id: '4.2',
      kind: 'clause',
      area: '4',
      title: 'Interested parties',
      href: '/en/clauses/4/#clause-4-2',
      effort: { minDays: 1, maxDays: 3 },
      peopleImpact: false,
      obligations: ['hr-deployer'],
      tags: {
        iso27001: [],
        euAiAct: [{ id: 'Article 26', href: '/en/eu-ai-act/article-26/' }],
        nistAiRmf: [],
      },
    },
    {
      id: 'A.2.2',
      kind: 'control',
      area: 'A.2',
      title: 'AI policy',
      href: '/en/controls/a-2-2/',
      effort: { minDays: 4, maxDays: 10 },
      peopleImpact: false,
      obligations: ['literacy'],
      iso27001Credit: 'full',
      tags: {
        iso27001: [{ id: 'A.5.1', href: '/en/iso27001/a-5-1/', credit: 'full' }],
        euAiAct: [],
        nistAiRmf: [],
      },
    },
    {
      id: 'A.5.4',
      kind: 'control',
      area: 'A.5',
      title: 'Impact on individuals',
      href: '/en/controls/a-5-4/',
      effort: { minDays: 40, maxDays: 100 },
      peopleImpact: true,
      obligations: ['hr-deployer', 'literacy'],
      tags: {
        iso27001: [],
        euAiAct: [],
        nistAiRmf: [{ id: 'MAP 1.1', href: '/en/nist-ai-rmf/map-1-1/' }],
      },
    },
    {
      id: 'A.5.5',
      kind: 'control',
      area: 'A.5',
      title: 'Societal impacts',
      href: '/en/controls/a-5-5/',
      effort: { minDays: 3, maxDays: 10 },
      peopleImpact: true,
      askWhen: 'develops',
      obligations: [],
      tags: { iso27001: [], euAiAct: [], nistAiRmf: [] },
    },
  ],
};

/** Builds a state for the fixture model from profile answers and levels ("4.1": "planned"). */
export function fixtureState(
  profile: AssessmentState['profile'],
  answers: AssessmentState['answers'],
): AssessmentState {
  return { ...emptyState(fixtureModel.version), profile, answers };
}

/**
 * Scenario A: a small deployer in the EU with one AI system that makes high-stakes decisions,
 * certified to ISO/IEC 27001, building no AI itself. A.5.5 is therefore not asked.
 */
export const scenarioA = fixtureState(
  {
    'org-size': 'small',
    'ai-systems': 'one',
    sector: 'other',
    'eu-market': 'yes',
    'eu-role': ['deployer'],
    development: 'uses',
    iso27001: 'certified',
    'affects-people': 'high',
  },
  {
    '4.1': { level: 'planned' },
    '4.2': { level: 'partial' },
    'A.2.2': { level: 'evidenced' },
    'A.5.4': { level: 'not-started' },
    'A.5.5': { level: 'partial' },
  },
);

/** Scenario B: no profile answers at all, so every neutral default applies; A.5.5 is excluded. */
export const scenarioB = fixtureState(
  {},
  {
    '4.1': { level: 'not-started' },
    '4.2': { level: 'not-started' },
    'A.2.2': { level: 'planned' },
    'A.5.4': { level: 'partial' },
    'A.5.5': { level: 'not-applicable', note: 'We run no public-facing systems.' },
  },
);

/** The date the fixtures are assessed on. */
export const fixtureToday = '2026-12-04';
