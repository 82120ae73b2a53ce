import { hiddenReason } from './profile';
import type { AnswerLevel, AssessmentModel } from './model';
import { getItemStatus } from './scoring';
import type { AssessmentState } from './state';

/** Labels for the Statement of Applicability, in the page's language. */
export interface SoaLabels {
  /** Column headings: control, title, applicable, justification, status. */
  header: [string, string, string, string, string];
  yes: string;
  no: string;
  levels: Record<AnswerLevel | 'unanswered', string>;
}

const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A cell starting with one of these runs as a formula in spreadsheet programs (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Formats one CSV cell (RFC 4180). Text that a spreadsheet would run as a formula gets a leading
 * apostrophe, so a justification such as "=HYPERLINK(…)" stays text when the file is opened.
 */
export function csvCell(value: string): string {
  let text = value.replace(bidiControls, '');
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Builds the rows of a draft Statement of Applicability: one per Annex A control, in catalog order. */
export function soaRows(
  model: AssessmentModel,
  state: AssessmentState,
  labels: SoaLabels,
): string[][] {
  return model.items
    .filter((item) => item.kind === 'control')
    .map((item) => {
      const status = getItemStatus(model, state, item);
      switch (status.kind) {
        case 'hidden':
          return [
            item.id,
            item.title,
            labels.no,
            hiddenReason(model, item.askWhen),
            labels.levels['not-applicable'],
          ];
        case 'not-applicable':
          return [item.id, item.title, labels.no, status.note, labels.levels['not-applicable']];
        case 'answered':
          return [item.id, item.title, labels.yes, status.note, labels.levels[status.level]];
        case 'unanswered':
          return [item.id, item.title, labels.yes, '', labels.levels.unanswered];
      }
    });
}

/** Formats the draft Statement of Applicability as CSV, with a byte-order mark so spreadsheets read Hebrew as UTF-8. */
export function soaCsv(model: AssessmentModel, state: AssessmentState, labels: SoaLabels): string {
  const rows = [labels.header, ...soaRows(model, state, labels)];
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Orders strings by UTF-16 code units, so the order never depends on the browser's locale. */
function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Serializes a value as JSON with every object's keys sorted, so equal answers give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => compareCodeUnits(a, b));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Returns the SHA-256 (hex) of the canonical JSON of the question-set version, the profile and the
 * answers, so a printed report can be matched to the answers it came from. Returns undefined where
 * crypto.subtle is missing: browsers offer it only on HTTPS and localhost.
 */
export async function answersDigest(state: AssessmentState): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const { questionSet, profile, answers } = state;
  const bytes = new TextEncoder().encode(canonicalJson({ questionSet, profile, answers }));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
