/** The site's languages; English is the default and the x-default alternate. */
export const languages = ['en', 'he'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';

export const languageInfo: Record<
  Lang,
  { dir: 'ltr' | 'rtl'; nativeName: string; htmlLang: string }
> = {
  en: { dir: 'ltr', nativeName: 'English', htmlLang: 'en' },
  he: { dir: 'rtl', nativeName: 'עברית', htmlLang: 'he' },
};

export function isLang(value: string | undefined): value is Lang {
  return (languages as readonly string[]).includes(value ?? '');
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'he' : 'en';
}
