import type { Lang } from './languages';

/** Builds a root-relative URL for a page in one language: pageUrl('he', 'controls', 'a-6-2-4'). */
export function pageUrl(lang: Lang, ...segments: string[]): string {
  const path = segments.filter(Boolean).join('/');
  return path ? `/${lang}/${path}/` : `/${lang}/`;
}

/** Returns the same page in another language: every page has its twin at the same path. */
export function translatePath(pathname: string, lang: Lang): string {
  if (!/^\/(en|he)(?=\/|$)/.test(pathname)) return `/${lang}/`;
  return pathname.replace(/^\/(en|he)(?=\/|$)/, `/${lang}`);
}

/** Removes the language prefix: "/he/controls/a-7-4/" becomes "controls/a-7-4/". */
export function stripLang(pathname: string): string {
  return pathname.replace(/^\/(en|he)\/?/, '');
}
