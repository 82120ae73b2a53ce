import i18next, { type TOptions } from 'i18next';
import { languages, type Lang } from '../lib/languages';
import type { LocaleTree } from './parity';

/**
 * Locale files bundled at build time. Nothing reads locales/ when the site runs: every string is
 * resolved into the HTML, or into a data-* attribute for the islands that need it.
 */
const modules = import.meta.glob<{ default: LocaleTree }>('../../locales/*/*.json', {
  eager: true,
});

/** Which locale file defines each top-level area ("search" → "ui.json"), for error messages. */
const areaFiles = new Map<string, string>();
const resources: Record<string, { translation: LocaleTree }> = {};

for (const [path, module] of Object.entries(modules)) {
  const [, lang, fileName] = /locales\/([^/]+)\/([^/]+\.json)$/.exec(path) ?? [];
  if (!lang || !fileName) continue;
  resources[lang] ??= { translation: {} };
  for (const [area, tree] of Object.entries(module.default)) {
    const owner = areaFiles.get(area);
    if (owner && owner !== fileName) {
      throw new Error(
        `Translation area "${area}" is defined in both ${owner} and ${fileName}; keep it in one file.`,
      );
    }
    areaFiles.set(area, fileName);
    resources[lang].translation[area] = tree;
  }
}

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: 'en',
  fallbackLng: false,
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const plainStrings = Object.fromEntries(
  languages.map((lang) => [lang, new Map<string, string>()]),
) as Record<Lang, Map<string, string>>;

/**
 * Translates a key for one language, at build time. An unknown key throws, naming the key, the
 * language and the locale file that should define it, so no key ever reaches a reader.
 */
export function translate(lang: Lang, key: string, options?: TOptions): string {
  // A build looks up the same plain strings tens of thousands of times, and i18next's lookup
  // shows in the build time, so a string without options is kept once found.
  const plain = !options || Object.keys(options).length === 0;
  const cached = plain ? plainStrings[lang].get(key) : undefined;
  if (cached !== undefined) return cached;
  if (!instance.exists(key, { lng: lang, ...options })) {
    const file = areaFiles.get(key.split('.')[0]!) ?? 'a locale file';
    throw new Error(
      `Translation key "${key}" is missing in language "${lang}" (locales/${lang}/${file}).`,
    );
  }
  const text = instance.t(key, { lng: lang, ...options }) as string;
  if (plain) plainStrings[lang].set(key, text);
  return text;
}

/** Returns a translator bound to one language: `const t = useTranslations(lang)`. */
export function useTranslations(lang: Lang) {
  return (key: string, options?: TOptions) => translate(lang, key, options);
}
