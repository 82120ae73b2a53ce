import {
  ANNEX_A_CONTROL_IDS,
  CLAUSE_IDS,
  EU_AI_ACT_ARTICLE_COUNT,
  NIST_AI_RMF_SUBCATEGORY_COUNTS,
  isIso27001ControlId,
} from '../catalog/structure';

/** An id cited in prose that does not exist in the framework it belongs to. */
export interface CitationProblem {
  id: string;
  line: number;
  message: string;
}

const controlIds = new Set(Object.values(ANNEX_A_CONTROL_IDS).flat());
const groupIds = new Set(Object.keys(ANNEX_A_CONTROL_IDS));
/** Control objective ids of Table A.1 (A.2.1 … A.10.1, and A.6.1, A.6.2 for the two A.6 objectives). */
const objectiveIds = new Set([
  ...[...groupIds].filter((id) => id !== 'A.6').map((id) => `${id}.1`),
  'A.6.1',
  'A.6.2',
]);
const iso27001Nearby = /27001/;
/** How far before an id to look for "27001", which marks it as an ISO/IEC 27001 control. */
const contextChars = 60;

const annexPattern = /(?<![\w.])([ABC])\.(\d+)\.(\d+)(?:\.(\d+))?(?![\w]|\.\d)/g;
const clausePattern =
  /(?:\b[Cc]lauses?|(?<![\u05d0-\u05ea])[ובלמשה]{0,2}סעיפים?|(?<![\u05d0-\u05ea])[ובלמשה]{0,2}סעיף)\s+(\d+(?:\.\d+)+)(?![\w]|\.\d)/g;
const articlePattern = /\b(?:Articles?|Art\.)\s+(\d+)/g;
const hebrewArticlePattern = /סעיפים?\s+(\d+)(?:\(\d+\))?\s+(?:ל|ב)חוק/g;
const nistPattern = /\b(GOVERN|MAP|MEASURE|MANAGE)\s+(\d+)\.(\d+)\b/g;

/**
 * Finds ids cited in text (ISO/IEC 42001 Annex A and clauses, ISO/IEC 27001:2022 Annex A, EU AI Act
 * articles, NIST AI RMF subcategories) that do not exist, with the line each one is on.
 */
export function findInvalidCitations(text: string): CitationProblem[] {
  const problems: CitationProblem[] = [];
  const report = (index: number, id: string, message: string) =>
    problems.push({ id, line: lineOf(text, index), message });

  for (const match of text.matchAll(annexPattern)) {
    const id = match[0];
    const before = text.slice(Math.max(0, match.index - contextChars), match.index);
    const message = checkAnnexId(id, match[1]!);
    // Near a mention of 27001 a two-level A.x.y id may be an ISO/IEC 27001:2022 control instead,
    // so it is wrong only when it exists in neither standard.
    if (message && match[1] === 'A' && !match[4] && iso27001Nearby.test(before)) {
      if (!isIso27001ControlId(id)) {
        report(
          match.index,
          id,
          `${id} is neither an ISO/IEC 42001 control nor an ISO/IEC 27001:2022 control (5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34).`,
        );
      }
      continue;
    }
    if (message) report(match.index, id, message);
  }

  for (const match of text.matchAll(clausePattern)) {
    const id = match[1]!;
    const before = text.slice(Math.max(0, match.index - contextChars), match.index);
    if (iso27001Nearby.test(before) || iso27001Nearby.test(match[0])) continue;
    if (!CLAUSE_IDS.includes(id)) {
      report(
        match.index,
        id,
        `clause ${id} does not exist in ISO/IEC 42001:2023 (clauses 4–10.2).`,
      );
    }
  }

  for (const pattern of [articlePattern, hebrewArticlePattern]) {
    for (const match of text.matchAll(pattern)) {
      const number = Number(match[1]);
      if (number < 1 || number > EU_AI_ACT_ARTICLE_COUNT) {
        report(
          match.index,
          match[0],
          `the EU AI Act has Articles 1–${EU_AI_ACT_ARTICLE_COUNT}; Article ${number} does not exist.`,
        );
      }
    }
  }

  for (const match of text.matchAll(nistPattern)) {
    const counts = NIST_AI_RMF_SUBCATEGORY_COUNTS[match[1]!]!;
    const category = Number(match[2]);
    const subcategory = Number(match[3]);
    const available = counts[category - 1];
    if (available === undefined || subcategory < 1 || subcategory > available) {
      report(match.index, match[0], `${match[0]} is not a NIST AI RMF 1.0 subcategory.`);
    }
  }

  return problems.sort((a, b) => a.line - b.line);
}

function checkAnnexId(id: string, annex: string): string | undefined {
  if (annex === 'A') {
    if (controlIds.has(id) || objectiveIds.has(id)) return undefined;
    return `${id} is not an ISO/IEC 42001 Annex A control; check the id in catalog/iso42001/annex-a.json.`;
  }
  if (annex === 'B') {
    if (controlIds.has(`A${id.slice(1)}`)) return undefined;
    return `${id} has no Annex A control to mirror; Annex B guidance B.x.y exists only for control A.x.y.`;
  }
  const [, section, item] = id.split('.').map(Number);
  const itemCounts: Record<number, number> = { 2: 11, 3: 7 };
  const limit = section === undefined ? undefined : itemCounts[section];
  if (limit !== undefined && item !== undefined && item >= 1 && item <= limit) return undefined;
  return `${id} is not an item of ISO/IEC 42001 Annex C (C.2.1–C.2.11, C.3.1–C.3.7).`;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
