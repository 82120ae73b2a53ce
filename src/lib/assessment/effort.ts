import { addMonths } from './calendar';
import { maxLevelPoints } from './model';
import type { Gap } from './priority';
import type { ProfileFacts } from './profile';

/** Share of a gap's effort that an ISO/IEC 27001 programme saves, by how much of the item it covers. */
export const creditReduction = { full: 0.5, partial: 0.25 } as const;

export interface GapEffort {
  minDays: number;
  maxDays: number;
  /** Multiplier from ISO/IEC 27001 credit; 1 when no credit applies. */
  creditFactor: number;
}

/** Rounds person-days to the nearest half day, and never below half a day. */
export function roundToHalfDay(days: number): number {
  // The small offset keeps exact halves such as 1.25 from rounding down through float error.
  return Math.max(0.5, Math.round(days * 2 + 1e-9) / 2);
}

/**
 * Estimates the person-days left to close a gap: the catalog estimate, times the share of the
 * maturity scale still missing, times the profile's size factor, less any ISO/IEC 27001 credit.
 */
export function estimateGapEffort(gap: Pick<Gap, 'item' | 'size'>, facts: ProfileFacts): GapEffort {
  const credit = gap.item.iso27001Credit;
  const creditFactor = 1 - (credit ? creditReduction[credit] * facts.creditShare : 0);
  const scale = (gap.size / maxLevelPoints) * facts.effortFactor * creditFactor;
  return {
    minDays: roundToHalfDay(gap.item.effort.minDays * scale),
    maxDays: roundToHalfDay(gap.item.effort.maxDays * scale),
    creditFactor,
  };
}

export interface ScheduledGap {
  gap: Gap;
  effort: GapEffort;
  /** Month, counted from today, in which the gap closes if gaps are worked in priority order. */
  finishMonth: number;
  finishDate: string;
  /** The gap would close after its EU AI Act deadline. */
  late: boolean;
}

export interface WorkPlan {
  totalMinDays: number;
  totalMaxDays: number;
  /** Whole months to close every gap at the profile's capacity, for the low and high estimate. */
  monthsMin: number;
  monthsMax: number;
  capacityDaysPerMonth: number;
  schedule: ScheduledGap[];
}

/** Whole months needed for `days`; the offset keeps float error from adding a month, and max() turns -0 into 0. */
const monthsFor = (days: number, capacity: number) =>
  Math.max(0, Math.ceil(days / capacity - 1e-9));

/**
 * Plans the work on the gaps in the order given (priority order), at the capacity the profile
 * sets, using the middle of each effort range to place each gap in a month.
 */
export function planWork(gaps: Gap[], facts: ProfileFacts, today: string): WorkPlan {
  const capacity = facts.capacityDaysPerMonth;
  let elapsedDays = 0;
  const schedule = gaps.map((gap): ScheduledGap => {
    const effort = estimateGapEffort(gap, facts);
    elapsedDays += (effort.minDays + effort.maxDays) / 2;
    const finishMonth = Math.max(1, monthsFor(elapsedDays, capacity));
    const finishDate = addMonths(today, finishMonth);
    return {
      gap,
      effort,
      finishMonth,
      finishDate,
      late: gap.deadline !== undefined && finishDate > gap.deadline.date,
    };
  });
  const totalMinDays = schedule.reduce((sum, entry) => sum + entry.effort.minDays, 0);
  const totalMaxDays = schedule.reduce((sum, entry) => sum + entry.effort.maxDays, 0);
  return {
    totalMinDays,
    totalMaxDays,
    monthsMin: monthsFor(totalMinDays, capacity),
    monthsMax: monthsFor(totalMaxDays, capacity),
    capacityDaysPerMonth: capacity,
    schedule,
  };
}
