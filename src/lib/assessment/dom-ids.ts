/** Element ids of the assessment page, shared by the page's markup and its island. */

/** Turns a question, clause or group id into an id fragment: "A.6.2.4" becomes "a-6-2-4". */
export function idSlug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export const questionDomId = (questionId: string) => `aa-q-${idSlug(questionId)}`;
export const stepDomId = (stepId: string) => `aa-step-${idSlug(stepId)}`;
export const resultsDomId = 'aa-results';
