import type { PluralStrings } from '../../lib/assessment/strings';

/** Replaces each {{name}} in a translated template with its value. Values are inserted as text by callers. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/** Picks the plural form for `count` in the page's language and fills it. */
export function plural(
  forms: PluralStrings,
  lang: string,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(lang).select(count);
  return fill(forms[category] ?? forms.other, { count: formatNumber(lang, count), ...values });
}

const localeOf = (lang: string) => (lang === 'he' ? 'he-IL' : 'en-GB');

export function formatNumber(lang: string, value: number): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(lang: string, percent: number): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent' }).format(percent / 100);
}

/** Formats an ISO date (YYYY-MM-DD) for reading, in UTC so it never moves a day. */
export function formatDate(lang: string, isoDate: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function formatDateTime(lang: string, date: Date): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeStyle: 'short' }).format(
    date,
  );
}

/** Creates a left-to-right island for a Latin id inside text of either direction. */
export function ltrSpan(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.dir = 'ltr';
  span.className = 'aa-ltr';
  span.textContent = text;
  return span;
}
