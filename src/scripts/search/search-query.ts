/**
 * Recognizes a query that is an id in one of the four frameworks and returns every item id it may
 * mean, so those pages can be put first: "a.6.2.4" → A.6.2.4, "5.23" → clause 5.23 does not exist,
 * so ISO/IEC 27001 A.5.23; "Art. 9", "Article 9" → Article 9; "סעיף 9" → clause 9 and Article 9;
 * "govern 1.1" → GOVERN 1.1. Returns an empty list for any other query.
 */
export function idCandidates(query: string): string[] {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  const control = /^a\s*\.?\s*(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?$/i.exec(trimmed);
  if (control) return [['A', control[1], control[2], control[3]].filter(Boolean).join('.')];

  const nist = /^(govern|map|measure|manage)\s*(\d)\.(\d{1,2})$/i.exec(trimmed);
  if (nist) return [`${nist[1]!.toUpperCase()} ${nist[2]}.${nist[3]}`];

  const article =
    /^(?:art(?:icle)?\.?|סעיף)\s*(\d{1,3})(?:\(\d+\))?(?:\s*(?:לחוק|של החוק)(?:\s+ה-?AI)?)?$/i.exec(
      trimmed,
    );
  const annex = /^(?:annex|נספח)\s+([ivxl]+)$/i.exec(trimmed);
  if (annex) return [`Annex ${annex[1]!.toUpperCase()}`];

  const clause = /^(?:clause\s+|סעיף\s*)?((?:[4-9]|10)(?:\.\d{1,2}){0,2})$/i.exec(trimmed);
  const candidates: string[] = [];
  if (clause) candidates.push(clause[1]!);
  if (
    article &&
    Number(article[1]) >= 1 &&
    Number(article[1]) <= 113 &&
    !/^clause/i.test(trimmed)
  ) {
    if (/^(?:art|סעיף)/i.test(trimmed)) candidates.push(`Article ${Number(article[1])}`);
  }
  const iso27001 = /^([5-8])\.(\d{1,2})$/.exec(trimmed);
  if (iso27001) candidates.push(`A.${iso27001[1]}.${iso27001[2]}`);
  return candidates;
}
