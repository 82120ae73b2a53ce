import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/lib/assessment/calendar';
import { estimateGapEffort, planWork, roundToHalfDay } from '../../src/lib/assessment/effort';
import {
  applicableObligations,
  listGaps,
  priorityBand,
  scoreDeadline,
} from '../../src/lib/assessment/priority';
import { deriveProfileFacts } from '../../src/lib/assessment/profile';
import { fixtureModel, fixtureToday, scenarioA, scenarioB } from '../support/assessment-fixture';

const summary = (gaps: ReturnType<typeof listGaps>) =>
  gaps.map((gap) => ({
    id: gap.item.id,
    size: gap.size,
    weight: gap.weight,
    deadline: gap.deadline?.date,
    deadlinePoints: gap.deadlinePoints,
    priority: gap.priority,
    band: gap.band,
  }));

describe('addMonths', () => {
  it.each([
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-12-04', 12, '2027-12-04'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
  ])('adds to %s %i months giving %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('rejects a date in another format', () => {
    expect(() => addMonths('04/12/2026', 1)).toThrow(
      '"04/12/2026" is not a date in the form YYYY-MM-DD.',
    );
  });
});

describe('scoreDeadline', () => {
  it.each([
    [undefined, 0],
    ['2025-01-01', 3],
    ['2026-12-04', 3],
    ['2026-12-05', 2],
    ['2027-12-04', 2],
    ['2027-12-05', 1],
  ])('gives %s %i points on 2026-12-04', (date, points) => {
    expect(scoreDeadline(date, fixtureToday)).toBe(points);
  });
});

describe('priorityBand', () => {
  it.each([
    [15, 'high'],
    [9, 'high'],
    [8, 'medium'],
    [5, 'medium'],
    [4, 'low'],
    [1, 'low'],
  ] as const)('puts %i in the %s band', (priority, band) => {
    expect(priorityBand(priority)).toBe(band);
  });
});

describe('applicableObligations', () => {
  it('keeps the obligations of the chosen role', () => {
    const facts = deriveProfileFacts(fixtureModel, scenarioA.profile);
    expect(applicableObligations(fixtureModel, facts).map((obligation) => obligation.id)).toEqual([
      'literacy',
      'hr-deployer',
    ]);
  });

  it('drops high-risk obligations when no system makes high-stakes decisions', () => {
    const facts = deriveProfileFacts(fixtureModel, {
      ...scenarioA.profile,
      'affects-people': 'limited',
    });
    expect(applicableObligations(fixtureModel, facts).map((obligation) => obligation.id)).toEqual([
      'literacy',
    ]);
  });

  it('keeps nothing for a provider outside the EU market', () => {
    const facts = deriveProfileFacts(fixtureModel, { 'eu-market': 'no', 'eu-role': ['provider'] });
    expect(applicableObligations(fixtureModel, facts)).toEqual([]);
  });
});

describe('listGaps', () => {
  it('ranks scenario A by gap, weight and deadline', () => {
    const facts = deriveProfileFacts(fixtureModel, scenarioA.profile);
    // A.5.4: not started, 4 × 3 (protects people, and systems affect people) + 3 (AI literacy
    // applied from 2025-02-02, already past) = 15. 4.1: planned, 3 × 3 + 0 = 9. 4.2: partly in
    // place, 2 × 3 + 2 (deployer duties from 2027-12-02, within 12 months of 2026-12-04) = 8.
    // A.2.2 has evidence, so it is no gap; A.5.5 is not asked.
    expect(summary(listGaps(fixtureModel, scenarioA, facts, fixtureToday))).toEqual([
      {
        id: 'A.5.4',
        size: 4,
        weight: 3,
        deadline: '2025-02-02',
        deadlinePoints: 3,
        priority: 15,
        band: 'high',
      },
      {
        id: '4.1',
        size: 3,
        weight: 3,
        deadline: undefined,
        deadlinePoints: 0,
        priority: 9,
        band: 'high',
      },
      {
        id: '4.2',
        size: 2,
        weight: 3,
        deadline: '2027-12-02',
        deadlinePoints: 2,
        priority: 8,
        band: 'medium',
      },
    ]);
  });

  it('names the obligations behind the earliest deadline', () => {
    const facts = deriveProfileFacts(fixtureModel, scenarioA.profile);
    const [first] = listGaps(fixtureModel, scenarioA, facts, fixtureToday);
    expect(first!.deadline!.obligations.map((obligation) => obligation.id)).toEqual(['literacy']);
  });

  it('ranks scenario B without deadlines, breaking the tie in questionnaire order', () => {
    const facts = deriveProfileFacts(fixtureModel, scenarioB.profile);
    // 4.1 and 4.2: not started, 4 × 3 = 12 each. A.2.2: planned, 3 × 2 = 6. A.5.4: partly in
    // place, 2 × 2 = 4 (no profile says systems affect people). A.5.5 is not applicable.
    expect(summary(listGaps(fixtureModel, scenarioB, facts, fixtureToday))).toEqual([
      {
        id: '4.1',
        size: 4,
        weight: 3,
        deadline: undefined,
        deadlinePoints: 0,
        priority: 12,
        band: 'high',
      },
      {
        id: '4.2',
        size: 4,
        weight: 3,
        deadline: undefined,
        deadlinePoints: 0,
        priority: 12,
        band: 'high',
      },
      {
        id: 'A.2.2',
        size: 3,
        weight: 2,
        deadline: undefined,
        deadlinePoints: 0,
        priority: 6,
        band: 'medium',
      },
      {
        id: 'A.5.4',
        size: 2,
        weight: 2,
        deadline: undefined,
        deadlinePoints: 0,
        priority: 4,
        band: 'low',
      },
    ]);
  });

  it('keeps the answer note on the gap it caused', () => {
    const state = {
      ...scenarioB,
      answers: {
        ...scenarioB.answers,
        '4.1': { level: 'planned' as const, note: 'Draft in review.' },
      },
    };
    const gaps = listGaps(fixtureModel, state, deriveProfileFacts(fixtureModel, {}), fixtureToday);
    expect(gaps.find((gap) => gap.item.id === '4.1')).toMatchObject({
      level: 'planned',
      note: 'Draft in review.',
    });
  });
});

describe('roundToHalfDay', () => {
  it.each([
    [1.8, 2],
    [1.215, 1],
    [1.25, 1.5],
    [0.18, 0.5],
    [5.4, 5.5],
  ])('rounds %f to %f', (days, rounded) => {
    expect(roundToHalfDay(days)).toBe(rounded);
  });
});

describe('estimateGapEffort', () => {
  const facts = deriveProfileFacts(fixtureModel, scenarioA.profile);
  const item = (id: string) => fixtureModel.items.find((candidate) => candidate.id === id)!;

  it('scales the catalog estimate by the gap and the profile', () => {
    // A.5.4, 40–100 days, whole gap (4 of 4), times 0.36: 14.4 → 14.5 and 36.
    expect(estimateGapEffort({ item: item('A.5.4'), size: 4 }, facts)).toEqual({
      minDays: 14.5,
      maxDays: 36,
      creditFactor: 1,
    });
  });

  it('takes off the ISO/IEC 27001 credit', () => {
    // 4.1, 2–6 days, 3 of 4 missing, times 0.36, partial credit with a certificate: × 0.75.
    // 2 × 0.75 × 0.36 × 0.75 = 0.405 → 0.5; 6 × 0.75 × 0.36 × 0.75 = 1.215 → 1.
    expect(estimateGapEffort({ item: item('4.1'), size: 3 }, facts)).toEqual({
      minDays: 0.5,
      maxDays: 1,
      creditFactor: 0.75,
    });
  });

  it('halves the credit without a certificate', () => {
    const implemented = deriveProfileFacts(fixtureModel, { iso27001: 'implemented' });
    // A.2.2, 4–10 days, full credit (0.5) at half share: × 0.75; 3 of 4 missing: 2.25 → 2.5, 5.625 → 5.5.
    expect(estimateGapEffort({ item: item('A.2.2'), size: 3 }, implemented)).toEqual({
      minDays: 2.5,
      maxDays: 5.5,
      creditFactor: 0.75,
    });
  });
});

describe('planWork', () => {
  it('plans scenario A at 15 days a month', () => {
    const facts = deriveProfileFacts(fixtureModel, scenarioA.profile);
    const plan = planWork(
      listGaps(fixtureModel, scenarioA, facts, fixtureToday),
      facts,
      fixtureToday,
    );
    // A.5.4: 14.5–36; 4.1: 0.5–1; 4.2: 2 of 4 × 0.36 of 1–3 days = 0.18 → 0.5 and 0.54 → 0.5.
    expect(plan.totalMinDays).toBe(15.5);
    expect(plan.totalMaxDays).toBe(37.5);
    // 15.5 / 15 → 2 months; 37.5 / 15 → 3 months.
    expect(plan.monthsMin).toBe(2);
    expect(plan.monthsMax).toBe(3);
    // Midpoints 25.25, then 26, then 26.5 days: all close in month 2, on 2027-02-04. A.5.4 was
    // due on 2025-02-02, so it is late; 4.2 is due on 2027-12-02, so it is on time.
    expect(
      plan.schedule.map((entry) => [
        entry.gap.item.id,
        entry.finishMonth,
        entry.finishDate,
        entry.late,
      ]),
    ).toEqual([
      ['A.5.4', 2, '2027-02-04', true],
      ['4.1', 2, '2027-02-04', false],
      ['4.2', 2, '2027-02-04', false],
    ]);
  });

  it('plans scenario B at the baseline of 30 days a month', () => {
    const facts = deriveProfileFacts(fixtureModel, scenarioB.profile);
    const plan = planWork(
      listGaps(fixtureModel, scenarioB, facts, fixtureToday),
      facts,
      fixtureToday,
    );
    // 4.1: 2–6; 4.2: 1–3; A.2.2: 3 of 4 of 4–10 = 3–7.5; A.5.4: 2 of 4 of 40–100 = 20–50.
    expect(plan.schedule.map((entry) => [entry.effort.minDays, entry.effort.maxDays])).toEqual([
      [2, 6],
      [1, 3],
      [3, 7.5],
      [20, 50],
    ]);
    expect([plan.totalMinDays, plan.totalMaxDays]).toEqual([26, 66.5]);
    expect([plan.monthsMin, plan.monthsMax]).toEqual([1, 3]);
    // Running midpoints 4, 6, 11.25 and 46.25 days: months 1, 1, 1 and 2.
    expect(plan.schedule.map((entry) => entry.finishMonth)).toEqual([1, 1, 1, 2]);
    expect(plan.schedule.every((entry) => !entry.late)).toBe(true);
  });

  it('plans nothing when there is no gap', () => {
    const facts = deriveProfileFacts(fixtureModel, {});
    expect(planWork([], facts, fixtureToday)).toEqual({
      totalMinDays: 0,
      totalMaxDays: 0,
      monthsMin: 0,
      monthsMax: 0,
      capacityDaysPerMonth: 30,
      schedule: [],
    });
  });
});
