/**
 * Reduces Markdown to plain text for structured data such as FAQPage answers: links keep their
 * text, emphasis and heading marks go, list items become sentences on their own lines.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_](.+?)[*_](?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*\|.*\|\s*$/gm, (row) =>
      row
        .replace(/\|/g, ' ')
        .replace(/\s*-{3,}\s*/g, ' ')
        .trim(),
    )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
