import type { AssessmentModel } from './model';
import { migrateState, parseState, type AssessmentState, type Migration } from './state';

/** Largest answers file accepted for import, in bytes; a full set of answers with notes is far smaller. */
export const maxImportBytes = 1024 * 1024;

export type ImportProblem = 'too-large' | 'invalid-json' | 'invalid-schema';
export type ImportResult =
  { ok: false; reason: ImportProblem; path: string } | ({ ok: true } & Migration);

/** Formats the answers as the JSON file that export writes and import reads. */
export function exportDocument(state: AssessmentState, now: Date): string {
  const { format, kind, questionSet, profile, answers, skipped } = state;
  const document = {
    format,
    kind,
    questionSet,
    updatedAt: now.toISOString(),
    profile,
    answers,
    skipped,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Names downloaded files by content and date: "aims-atlas-assessment-2026-12-04.json". */
export function exportFileName(content: 'assessment' | 'soa-draft', today: string): string {
  return `aims-atlas-${content}-${today}.${content === 'assessment' ? 'json' : 'csv'}`;
}

/**
 * Reads an imported answers file. Text that is too large, not JSON or not exactly the state schema
 * is rejected with the reason; valid answers are fitted to the current question set.
 */
export function parseImportedText(text: string, model: AssessmentModel): ImportResult {
  if (text.length > maxImportBytes) return { ok: false, reason: 'too-large', path: '' };
  let value: unknown;
  try {
    // Editors on Windows often save JSON with a byte-order mark, which JSON.parse rejects.
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, reason: 'invalid-json', path: '' };
  }
  const parsed = parseState(value);
  if (!parsed.ok) return { ok: false, reason: 'invalid-schema', path: parsed.path };
  return { ok: true, ...migrateState(parsed.state, model) };
}
