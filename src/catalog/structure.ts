/**
 * The fixed structure of ISO/IEC 42001:2023 Annex A (Table A.1): every control id, by group.
 * Titles and prose live in catalog/iso42001/*.json; these ids are checked against them so that a
 * mistyped or invented id (A.6.2.1, A.6.10.2) fails the build.
 */
export const ANNEX_A_CONTROL_IDS: Readonly<Record<string, readonly string[]>> = {
  'A.2': ['A.2.2', 'A.2.3', 'A.2.4'],
  'A.3': ['A.3.2', 'A.3.3'],
  'A.4': ['A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6'],
  'A.5': ['A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'],
  'A.6': ['A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6', 'A.6.2.7', 'A.6.2.8'],
  'A.7': ['A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'],
  'A.8': ['A.8.2', 'A.8.3', 'A.8.4', 'A.8.5'],
  'A.9': ['A.9.2', 'A.9.3', 'A.9.4'],
  'A.10': ['A.10.2', 'A.10.3', 'A.10.4'],
};

export const ANNEX_A_CONTROL_COUNT = 38;

/** Clauses 4-10 of ISO/IEC 42001:2023 with every numbered subclause. */
export const CLAUSE_IDS: readonly string[] = [
  '4', '4.1', '4.2', '4.3', '4.4',
  '5', '5.1', '5.2', '5.3',
  '6', '6.1', '6.1.1', '6.1.2', '6.1.3', '6.1.4', '6.2', '6.3',
  '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.5.1', '7.5.2', '7.5.3',
  '8', '8.1', '8.2', '8.3', '8.4',
  '9', '9.1', '9.2', '9.2.1', '9.2.2', '9.3', '9.3.1', '9.3.2', '9.3.3',
  '10', '10.1', '10.2',
];

/** ISO/IEC 27001:2022 Annex A control ids by theme: 5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34. */
export const ISO27001_CONTROL_COUNTS: Readonly<Record<string, number>> = { '5': 37, '6': 8, '7': 14, '8': 34 };

/** Returns true for an ISO/IEC 27001:2022 Annex A id such as "A.5.23" or "5.23". */
export function isIso27001ControlId(id: string): boolean {
  const match = /^(?:A\.)?([5-8])\.(\d+)$/.exec(id);
  if (!match) return false;
  const number = Number(match[2]);
  return number >= 1 && number <= (ISO27001_CONTROL_COUNTS[match[1]!] ?? 0);
}

/** Number of articles in the final text of Regulation (EU) 2024/1689 (the EU AI Act). */
export const EU_AI_ACT_ARTICLE_COUNT = 113;

/** NIST AI RMF 1.0 subcategory counts per category, e.g. GOVERN 1 has 7 subcategories (GOVERN 1.1-1.7). */
export const NIST_AI_RMF_SUBCATEGORY_COUNTS: Readonly<Record<string, readonly number[]>> = {
  GOVERN: [7, 3, 2, 3, 2, 2],
  MAP: [6, 3, 5, 2, 2],
  MEASURE: [3, 13, 3, 3],
  MANAGE: [4, 4, 2, 3],
};
