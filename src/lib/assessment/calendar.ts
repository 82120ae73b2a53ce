/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that time zones never shift a day. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Adds whole months to an ISO date. A day that does not exist in the target month becomes that
 * month's last day: 2026-01-31 plus one month is 2026-02-28.
 */
export function addMonths(isoDate: string, months: number): string {
  const match = isoDatePattern.exec(isoDate);
  if (!match) throw new Error(`"${isoDate}" is not a date in the form YYYY-MM-DD.`);
  const monthIndex = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Returns today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
