import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { ANNEX_A_CONTROL_IDS } from '../catalog/structure';
import { findInvalidCitations } from '../lib/cited-ids';
import {
  collectionNames,
  frontmatterSchemas,
  type CollectionName,
} from '../lib/frontmatter-schema';
import { languages } from '../lib/languages';
import { formatZodIssues } from '../lib/validation';

/** One content file split into its parts, with the line its body starts on. */
interface ContentFile {
  path: string;
  frontmatterText: string;
  body: string;
  bodyStartLine: number;
}

const controlIds = new Set(Object.values(ANNEX_A_CONTROL_IDS).flat());

/**
 * Checks every MDX file under contentDir: frontmatter syntax and schema, ids that must exist,
 * cited ids in the body, and a twin at the same path in every other language.
 * Returns one message per problem, each starting with the file path (and line where known).
 */
export function checkContent(contentDir: string, projectDir: string): string[] {
  const problems: string[] = [];
  const display = (path: string) => relative(projectDir, path);
  const relativePaths = new Map<string, Set<string>>();

  for (const lang of languages) {
    for (const collection of collectionNames) {
      const folder = join(contentDir, lang, collection);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter(
        (file) => file.endsWith('.mdx') || file.endsWith('.md'),
      )) {
        const path = join(folder, name);
        const key = `${collection}/${name}`;
        if (!relativePaths.has(key)) relativePaths.set(key, new Set());
        relativePaths.get(key)!.add(lang);
        problems.push(...checkFile(path, display(path), collection, name));
      }
    }
  }

  for (const [key, present] of relativePaths) {
    for (const lang of languages) {
      if (present.has(lang)) continue;
      const from = [...present][0]!;
      problems.push(
        `${display(join(contentDir, from, key))}: the page has no ${lang} twin; add ${display(join(contentDir, lang, key))}.`,
      );
    }
  }
  return problems;
}

function checkFile(
  path: string,
  shown: string,
  collection: CollectionName,
  name: string,
): string[] {
  const file = splitFrontmatter(readFileSync(path, 'utf8'), path);
  if (typeof file === 'string') return [`${shown}: ${file}`];

  let frontmatter: unknown;
  try {
    frontmatter = yaml.load(file.frontmatterText, { filename: shown, schema: yaml.JSON_SCHEMA });
  } catch (error) {
    return [describeYamlError(shown, error)];
  }

  const result = frontmatterSchemas[collection].safeParse(frontmatter);
  if (!result.success) {
    return formatZodIssues(result.error, frontmatter).map(
      (issue) => `${shown}: frontmatter ${issue}`,
    );
  }

  const problems = checkFrontmatterIds(shown, collection, name, result.data);
  for (const citation of findInvalidCitations(file.body)) {
    problems.push(`${shown}:${file.bodyStartLine + citation.line - 1}: ${citation.message}`);
  }
  return problems;
}

function checkFrontmatterIds(
  shown: string,
  collection: CollectionName,
  name: string,
  data: Record<string, unknown>,
): string[] {
  const problems: string[] = [];
  const slug = name.replace(/\.mdx?$/, '');
  if (collection === 'controls') {
    const id = String(data.control);
    if (!controlIds.has(id)) {
      problems.push(
        `${shown}: frontmatter control "${id}" is not an ISO/IEC 42001 Annex A control.`,
      );
    } else if (id.toLowerCase().replaceAll('.', '-') !== slug) {
      problems.push(
        `${shown}: frontmatter control "${id}" does not match the file name; rename the file to ${id.toLowerCase().replaceAll('.', '-')}.mdx.`,
      );
    }
  }
  if (collection === 'clauses' && String(data.clause) !== slug) {
    problems.push(
      `${shown}: frontmatter clause "${String(data.clause)}" does not match the file name ${name}.`,
    );
  }
  for (const id of (data.related as string[] | undefined) ?? []) {
    if (!controlIds.has(id)) {
      problems.push(
        `${shown}: frontmatter related id "${id}" is not an ISO/IEC 42001 Annex A control.`,
      );
    }
  }
  return problems;
}

function splitFrontmatter(source: string, path: string): ContentFile | string {
  const normalized = source.replace(/^\ufeff/, '').replaceAll('\r\n', '\n');
  if (!normalized.startsWith('---\n'))
    return 'the file must start with a frontmatter block between two "---" lines.';
  const end = normalized.indexOf('\n---', 4);
  if (end === -1) return 'the frontmatter block is not closed; add a line "---" after it.';
  const frontmatterText = normalized.slice(4, end + 1);
  const afterFence = normalized.indexOf('\n', end + 1);
  const body = afterFence === -1 ? '' : normalized.slice(afterFence + 1);
  return { path, frontmatterText, body, bodyStartLine: frontmatterText.split('\n').length + 2 };
}

function describeYamlError(shown: string, error: unknown): string {
  if (!(error instanceof yaml.YAMLException)) throw error;
  // js-yaml counts lines from 0 within the frontmatter, which starts on line 2 of the file.
  const line = error.mark ? error.mark.line + 2 : undefined;
  const reason = error.reason || error.message;
  return (
    `${shown}${line ? `:${line}` : ''}: the frontmatter is not valid YAML (${reason}). ` +
    'Put the value in double quotes, escape a " inside it as \\", or write Hebrew acronyms with ״ (U+05F4) instead of a quote mark.'
  );
}
