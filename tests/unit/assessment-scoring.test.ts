import { describe, expect, it } from 'vitest';
import { deriveProfileFacts, isAsked } from '../../src/lib/assessment/profile';
import { computeProgress } from '../../src/lib/assessment/progress';
import { computeReadiness, isAnswerComplete } from '../../src/lib/assessment/scoring';
import { fixtureModel, fixtureState, scenarioA, scenarioB } from '../support/assessment-fixture';

describe('deriveProfileFacts', () => {
  it('reads every fact of a complete profile', () => {
    // Small (0.6) times one system (0.6) is 0.36; small organizations have 15 days a month.
    expect(deriveProfileFacts(fixtureModel, scenarioA.profile)).toEqual({
      effortFactor: 0.36,
      capacityDaysPerMonth: 15,
      euExposed: true,
      roles: ['deployer'],
      highRisk: true,
      peopleImpact: true,
      publicService: false,
      creditShare: 1,
    });
  });

  it('falls back to the baseline options and neutral flags', () => {
    expect(deriveProfileFacts(fixtureModel, {})).toEqual({
      effortFactor: 1,
      capacityDaysPerMonth: 30,
      euExposed: false,
      roles: [],
      highRisk: false,
      peopleImpact: false,
      publicService: false,
      creditShare: 0,
    });
  });

  it('ignores EU roles once the EU market is ruled out', () => {
    const facts = deriveProfileFacts(fixtureModel, { 'eu-market': 'no', 'eu-role': ['provider'] });
    expect(facts.euExposed).toBe(false);
    expect(facts.roles).toEqual([]);
  });
});

describe('isAsked', () => {
  it('asks a guarded question while its profile answer is missing', () => {
    expect(isAsked(fixtureModel, {}, 'develops')).toBe(true);
  });

  it('follows the branch once the profile answer is given', () => {
    expect(isAsked(fixtureModel, { development: 'builds' }, 'develops')).toBe(true);
    expect(isAsked(fixtureModel, { development: 'uses' }, 'develops')).toBe(false);
  });

  it('asks questions without a branch', () => {
    expect(isAsked(fixtureModel, { development: 'uses' }, undefined)).toBe(true);
  });
});

describe('isAnswerComplete', () => {
  it('needs a justification for not applicable', () => {
    expect(isAnswerComplete({ level: 'not-applicable' })).toBe(false);
    expect(isAnswerComplete({ level: 'not-applicable', note: '   ' })).toBe(false);
    expect(isAnswerComplete({ level: 'not-applicable', note: 'No such systems.' })).toBe(true);
  });

  it('accepts any maturity level without a note', () => {
    expect(isAnswerComplete({ level: 'not-started' })).toBe(true);
    expect(isAnswerComplete(undefined)).toBe(false);
  });
});

describe('computeReadiness', () => {
  it('scores scenario A per area and overall', () => {
    const readiness = computeReadiness(fixtureModel, scenarioA);
    // Clause 4: planned (1) + partial (2) = 3 of 8 points = 37.5 %, rounded to 38.
    // A.2: evidenced, 4 of 4. A.5: A.5.4 not started (0 of 4); A.5.5 is not asked.
    // Overall: 1 + 2 + 4 + 0 = 7 of 16 points = 43.75 %, rounded to 44.
    expect(readiness.areas).toEqual([
      { id: '4', applicable: 2, answered: 2, percent: 38 },
      { id: 'A.2', applicable: 1, answered: 1, percent: 100 },
      { id: 'A.5', applicable: 1, answered: 1, percent: 0 },
    ]);
    expect(readiness.overall).toEqual({ id: 'overall', applicable: 4, answered: 4, percent: 44 });
    expect(readiness.hidden).toBe(1);
    expect(readiness.notApplicable).toBe(0);
    expect(readiness.unanswered).toBe(0);
  });

  it('leaves not applicable items out of scenario B', () => {
    const readiness = computeReadiness(fixtureModel, scenarioB);
    // Clause 4: 0 of 8. A.2: planned, 1 of 4 = 25 %. A.5: only A.5.4, partial, 2 of 4 = 50 %.
    // Overall: 0 + 0 + 1 + 2 = 3 of 16 points = 18.75 %, rounded to 19.
    expect(readiness.areas.map((area) => area.percent)).toEqual([0, 25, 50]);
    expect(readiness.overall.percent).toBe(19);
    expect(readiness.areas[2]).toEqual({ id: 'A.5', applicable: 1, answered: 1, percent: 50 });
    expect(readiness.notApplicable).toBe(1);
  });

  it('reports no percentage for an area without answers', () => {
    const readiness = computeReadiness(
      fixtureModel,
      fixtureState({}, { '4.1': { level: 'in-place' } }),
    );
    expect(readiness.areas[0]).toEqual({ id: '4', applicable: 2, answered: 1, percent: 75 });
    expect(readiness.areas[1]).toEqual({ id: 'A.2', applicable: 1, answered: 0, percent: null });
    expect(readiness.unanswered).toBe(4);
  });

  it('counts a justification-less not applicable as unanswered', () => {
    const readiness = computeReadiness(
      fixtureModel,
      fixtureState({}, { 'A.2.2': { level: 'not-applicable' } }),
    );
    expect(readiness.notApplicable).toBe(0);
    expect(readiness.unanswered).toBe(5);
  });
});

describe('computeProgress', () => {
  it('counts answered and skipped questions per step', () => {
    const state = {
      ...fixtureState(
        { 'org-size': 'base', 'eu-market': 'no', 'eu-role': ['provider'] },
        {
          '4.1': { level: 'planned' },
          'A.5.5': { level: 'not-applicable', note: 'None.' },
        },
      ),
      skipped: ['sector', '4.2'],
    };
    const progress = computeProgress(fixtureModel, state);
    // Profile: 8 questions less eu-role (not asked without the EU market) = 7; org-size and
    // eu-market answered; sector skipped. Clause 4: 4.1 answered, 4.2 skipped. A.2: 1 open.
    // A.5: A.5.4 open, A.5.5 answered (asked: development is unanswered).
    expect(progress.steps).toEqual([
      { id: 'profile', total: 7, answered: 2, skipped: 1 },
      { id: '4', total: 2, answered: 1, skipped: 1 },
      { id: 'A.2', total: 1, answered: 0, skipped: 0 },
      { id: 'A.5', total: 2, answered: 1, skipped: 0 },
    ]);
    expect(progress.total).toBe(12);
    expect(progress.answered).toBe(4);
    expect(progress.skipped).toBe(2);
    expect(progress.nextOpen).toBe('ai-systems');
    expect(progress.nextSkipped).toBe('sector');
  });

  it('drops questions the profile rules out from the totals', () => {
    const progress = computeProgress(fixtureModel, fixtureState({ development: 'uses' }, {}));
    expect(progress.steps.find((step) => step.id === 'A.5')).toEqual({
      id: 'A.5',
      total: 1,
      answered: 0,
      skipped: 0,
    });
  });

  it('has no open question once everything is answered', () => {
    const progress = computeProgress(fixtureModel, { ...scenarioA, skipped: [] });
    expect(progress.answered).toBe(progress.total);
    expect(progress.nextOpen).toBeUndefined();
    expect(progress.nextSkipped).toBeUndefined();
  });
});
