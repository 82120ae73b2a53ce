import type { Lang } from './languages';

/** Formats an ISO date (YYYY-MM-DD) for reading: "2 August 2026" or "2 באוגוסט 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  const locale = lang === 'he' ? 'he-IL' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
