/**
 * Recognizes a query that is an ISO/IEC 42001 id and returns it in catalog form, so that the
 * matching page can be put first: "a.6.2.4", "A 6.2.4" and "A6.2.4" all become "A.6.2.4", and a
 * clause number such as "6.1.2" stays as it is. Returns undefined for any other query.
 */
export function normalizeIdQuery(query: string): string | undefined {
  const trimmed = query.trim();
  const control = /^a\s*\.?\s*(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?$/i.exec(trimmed);
  if (control) return ['A', control[1], control[2], control[3]].filter(Boolean).join('.');
  const clause = /^(?:clause\s+|סעיף\s+)?((?:[4-9]|10)(?:\.\d{1,2}){0,2})$/i.exec(trimmed);
  if (clause) return clause[1];
  return undefined;
}
