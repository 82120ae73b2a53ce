import type { ZodError, ZodTypeAny, z } from 'zod';

/** A user-caused problem in a source file, reported with the file and what to change. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SourceError';
  }
}

/** Formats a zod error as one line per issue: the path inside the file, the value and the fix. */
export function formatZodIssues(error: ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    const value = readPath(data, issue.path);
    const shown = value === undefined ? 'missing' : `got ${JSON.stringify(value)?.slice(0, 80)}`;
    return `${describeEntry(data, issue.path)}${path}: ${issue.message} (${shown}).`;
  });
}

/**
 * Parses data with a schema, or throws a SourceError naming the file and every issue.
 * All catalog and frontmatter validation goes through here so that errors read the same.
 */
export function parseWithSchema<Schema extends ZodTypeAny>(
  schema: Schema,
  data: unknown,
  file: string,
): z.infer<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) throw new SourceError(file, formatZodIssues(result.error, data));
  return result.data;
}

function readPath(data: unknown, path: (string | number)[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Names the catalog entry an issue sits in ("entry A.6.2.4, "), when the path passes one with an id. */
function describeEntry(data: unknown, path: (string | number)[]): string {
  for (let depth = path.length; depth > 0; depth--) {
    const entry = readPath(data, path.slice(0, depth));
    if (entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string') {
      return `entry ${entry.id}, `;
    }
  }
  return '';
}
