import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validateAll } from '../catalog/validate-all';
import { findLocaleProblems, type LocaleFiles, type LocaleTree } from '../i18n/parity';
import { languages } from '../lib/languages';
import { SourceError } from '../lib/validation';
import { checkContent } from './content-checks';

/** Reads locales/<lang>/*.json for every site language. */
export function readLocaleFiles(localesDir: string): LocaleFiles {
  const files: LocaleFiles = {};
  for (const lang of languages) {
    files[lang] = {};
    for (const name of readdirSync(join(localesDir, lang)).filter((file) =>
      file.endsWith('.json'),
    )) {
      const path = join(localesDir, lang, name);
      try {
        files[lang][name] = JSON.parse(readFileSync(path, 'utf8')) as LocaleTree;
      } catch (error) {
        throw new Error(`locales/${lang}/${name} is not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  return files;
}

/** Reads one catalog file; invalid JSON becomes a SourceError that names the file. */
function readCatalogJson(projectDir: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(projectDir, file), 'utf8'));
  } catch (error) {
    throw new SourceError(file, [`the file is not valid JSON: ${(error as Error).message}.`]);
  }
}

/** Runs every source check and returns the problems found, each naming its file. */
export function checkSources(projectDir: string): string[] {
  const problems: string[] = [];
  try {
    validateAll((file) => readCatalogJson(projectDir, file));
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    problems.push(...error.problems);
  }
  problems.push(...findLocaleProblems(readLocaleFiles(join(projectDir, 'locales'))));
  problems.push(...checkContent(join(projectDir, 'content'), projectDir));
  return problems;
}

/**
 * Checks the catalog, the locale files and the content before Astro builds anything, so that a
 * mistake fails the build with every problem listed at once instead of one cryptic error.
 */
export default function aimsAtlas(): AstroIntegration {
  return {
    name: 'aims-atlas',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const projectDir = fileURLToPath(config.root);
        const problems = checkSources(projectDir);
        if (problems.length > 0) {
          throw new Error(
            `AIMS Atlas found ${problems.length} problem(s) in the sources. Fix each one and build again:\n` +
              problems.map((problem) => `  - ${problem}`).join('\n'),
          );
        }
        logger.info(
          `catalog, locales and content are valid (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
