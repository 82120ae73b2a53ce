/** Translation strings of one locale file, as nested objects of strings. */
export type LocaleTree = { [key: string]: string | LocaleTree };

/** Locale files per language and file name ("ui.json"), as loaded from locales/<lang>/. */
export type LocaleFiles = Record<string, Record<string, LocaleTree>>;

/** i18next plural suffixes; each language has its own set, so parity compares the base key. */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Lists the dotted keys of a tree, with plural forms folded to their base key. */
export function listKeys(tree: LocaleTree, prefix = ''): string[] {
  const keys = new Set<string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') keys.add(key.replace(pluralSuffix, ''));
    else for (const child of listKeys(value, key)) keys.add(child);
  }
  return [...keys].sort();
}

/**
 * Compares every locale file with its twin in the other languages and returns one message per
 * missing file, missing key or empty string, naming the key, the language and the file.
 */
export function findLocaleProblems(files: LocaleFiles, localesDir = 'locales'): string[] {
  const problems: string[] = [];
  const langs = Object.keys(files);
  const fileNames = new Set(langs.flatMap((lang) => Object.keys(files[lang]!)));

  for (const fileName of [...fileNames].sort()) {
    const keysByLang = new Map<string, Set<string>>();
    for (const lang of langs) {
      const tree = files[lang]![fileName];
      if (tree) keysByLang.set(lang, new Set(listKeys(tree)));
      else
        problems.push(
          `${localesDir}/${lang}/${fileName} is missing; every language needs the same locale files.`,
        );
    }
    const allKeys = new Set([...keysByLang.values()].flatMap((keys) => [...keys]));
    for (const [lang, keys] of keysByLang) {
      for (const key of [...allKeys].sort()) {
        if (!keys.has(key)) {
          problems.push(
            `Translation key "${key}" is missing in language "${lang}" (${localesDir}/${lang}/${fileName}).`,
          );
        }
      }
    }
    for (const lang of langs) {
      const tree = files[lang]![fileName];
      if (tree) problems.push(...findEmptyStrings(tree, `${localesDir}/${lang}/${fileName}`, lang));
    }
  }
  return problems;
}

function findEmptyStrings(tree: LocaleTree, file: string, lang: string, prefix = ''): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') {
      if (value.trim() === '')
        problems.push(`Translation key "${key}" is empty in language "${lang}" (${file}).`);
    } else {
      problems.push(...findEmptyStrings(value, file, lang, key));
    }
  }
  return problems;
}
